/**
 * How one issue code is written for people: a default severity and a message template per locale.
 * Templates name their parameters in braces, e.g. `Unit {unitId} is not in force on {asOf}`.
 *
 * @example
 * ```ts
 * const definition: CodeDefinition = {
 *   severity: 'error',
 *   vi: 'Đơn vị {unitId} không tồn tại',
 *   en: 'Unit {unitId} does not exist',
 * };
 * ```
 * @category Reports
 */
export interface CodeDefinition {
  /** Severity used when the caller of `createIssue` does not choose one. */
  readonly severity: 'error' | 'warning' | 'info';
  /** Vietnamese template. */
  readonly vi: string;
  /** English template. */
  readonly en: string;
}
