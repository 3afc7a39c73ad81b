import type { CodeDefinition } from './CodeDefinition.js';

/** Codes about reports themselves (the cap on their length). @internal */
export const reportCodes = {
  issues_truncated: {
    severity: 'info',
    vi: 'Báo cáo chỉ giữ {limit} vấn đề đầu tiên; đã lược bỏ {omitted} vấn đề khác (lỗi: {errors}, cảnh báo: {warnings}, thông tin: {infos})',
    en: 'The report keeps the first {limit} issues; {omitted} more were left out (errors: {errors}, warnings: {warnings}, info: {infos})',
  },
} as const satisfies Record<string, CodeDefinition>;
