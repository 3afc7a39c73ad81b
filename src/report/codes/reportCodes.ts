import type { CodeDefinition } from './CodeDefinition.js';

/** Codes about reports themselves (the cap on their length). @internal */
export const reportCodes = {
  issues_truncated: {
    severity: 'info',
    vi: 'Báo cáo chỉ giữ {limit, plural, other {# vấn đề}} đầu tiên; đã lược bỏ {omitted, plural, other {# vấn đề}} khác (lỗi: {errors}, cảnh báo: {warnings}, thông tin: {infos})',
    en: 'The report keeps the first {limit, plural, one {# issue} other {# issues}}; {omitted, plural, one {# more was} other {# more were}} left out (errors: {errors}, warnings: {warnings}, info: {infos})',
  },
} as const satisfies Record<string, CodeDefinition>;
