export type { Severity, IssueParamValue, Issue } from './Issue.js';
export { type Result, type Success, type Failure, hasErrors, toResult, mergeResults } from './Result.js';
export { issueCatalogue, type IssueCode, isIssueCode } from './catalogue.js';
export type { CodeDefinition } from './codes/CodeDefinition.js';
export { createIssue, type CreateIssueOptions, renderTemplate } from './createIssue.js';
export { formatReport, type FormatReportOptions } from './formatReport.js';
