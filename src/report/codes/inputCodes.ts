import type { CodeDefinition } from './CodeDefinition.js';

/** Codes raised at the input boundary (`parse*`). @internal */
export const inputCodes = {
  /**
   * Untrusted input does not fit the schema at `path`: a missing or extra field, a wrong type, a
   * malformed date, an unknown kind or role.
   *
   * Fix: Correct the input at the path named; the message says what was expected and what was
   * received.
   */
  input_invalid: {
    severity: 'error',
    vi: 'Dữ liệu không hợp lệ tại {field}: cần {expected}, nhận được {received}',
    en: 'Invalid input at {field}: expected {expected}, received {received}',
  },
  /**
   * Two records of one list (units, people, rules, instruments…) share an id. Identity is the id,
   * so a second record with the same id is ambiguous.
   *
   * Fix: Give each record its own id; a unit that changes over time keeps its id and gets a new
   * record only when it is a new unit.
   */
  duplicate_id: {
    severity: 'error',
    vi: 'Mã {id} bị trùng (xuất hiện lần đầu tại {firstPath})',
    en: 'Id {id} is used more than once (first at {firstPath})',
  },
} as const satisfies Record<string, CodeDefinition>;
