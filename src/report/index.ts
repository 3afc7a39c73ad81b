export type { Severity, Bilingual, IssueParamValue, Issue, Report } from './Issue.js';
export { issueCatalogue, type IssueCode, isIssueCode } from './catalogue.js';
export type { CodeDefinition } from './codes/CodeDefinition.js';
export {
  createIssue,
  type CreateIssueOptions,
  renderTemplate,
  toReport,
  mergeReports,
} from './createIssue.js';
export { formatReport, type FormatReportOptions } from './formatReport.js';
