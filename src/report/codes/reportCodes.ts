import type { CodeDefinition } from './CodeDefinition.js';

/** Codes about reports themselves (the cap on their length). @internal */
export const reportCodes = {
  /**
   * The report reached its cap (`ISSUE_LIMIT`, or the `limit` passed) and the rest of the issues
   * were left out; the counts say how many of each severity. A report is never silently cut.
   *
   * Fix: Fix the issues shown and run again, or pass a larger `limit` where the function takes one;
   * `getOmittedCounts` reads the counts.
   */
  issues_truncated: {
    severity: 'info',
    vi: 'Báo cáo chỉ giữ {limit, plural, other {# vấn đề}} đầu tiên; đã lược bỏ {omitted, plural, other {# vấn đề}} khác (lỗi: {errors}, cảnh báo: {warnings}, thông tin: {infos})',
    en: 'The report keeps the first {limit, plural, one {# issue} other {# issues}}; {omitted, plural, one {# more was} other {# more were}} left out (errors: {errors}, warnings: {warnings}, info: {infos})',
  },
} as const satisfies Record<string, CodeDefinition>;
