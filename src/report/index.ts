export type { Severity, IssueParamValue, Issue } from './Issue.js';
export { type Result, type Success, type Failure, type ToResultOptions, hasErrors, toResult, mergeResults } from './Result.js';
export { issueCatalogue, type IssueCode, isIssueCode } from './catalogue.js';
export type { CodeDefinition } from './codes/CodeDefinition.js';
export { createIssue, type CreateIssueOptions, renderTemplate } from './createIssue.js';
export { formatIssuePath } from './describeSchemaIssue.js';
export { formatReport, type FormatReportOptions } from './formatReport.js';
export { ISSUE_LIMIT, type OmittedCounts, capIssues, createTruncationIssue, getOmittedCounts } from './capIssues.js';
export { type IssueCollector, type CreateIssueCollectorOptions, createIssueCollector } from './createIssueCollector.js';
