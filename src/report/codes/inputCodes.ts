import type { CodeDefinition } from './CodeDefinition.js';

/** Codes raised at the input boundary (`parse*`). @internal */
export const inputCodes = {
  input_invalid: {
    severity: 'error',
    vi: 'Dữ liệu không hợp lệ tại {field}: cần {expected}, nhận được {received}',
    en: 'Invalid input at {field}: expected {expected}, received {received}',
  },
  duplicate_id: {
    severity: 'error',
    vi: 'Mã {id} bị trùng (xuất hiện lần đầu tại {firstPath})',
    en: 'Id {id} is used more than once (first at {firstPath})',
  },
} as const satisfies Record<string, CodeDefinition>;
