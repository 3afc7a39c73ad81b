/**
 * The flagship example: what tinh-gon says about a real district-level town, Kỳ Anh (Hà Tĩnh), as
 * it stood in late 2018 — its structure checked against the law of two dates, its 2019
 * reorganisation plan, its concurrent roles, and its staffing-reduction arithmetic.
 *
 *   npm run demo               (Vietnamese)
 *   npm run demo -- --lang en  (English)
 */
import {
  UNIT_KINDS,
  defaultRulebook,
  findUnitsInForce,
  formatReport,
  getLevel,
  isArea,
  isoDate,
  validateRulebook,
  validateStructure,
} from '../src/index.js';
import { KY_ANH_REPORTED_FIGURES, kyAnhTown2018 } from '../src/samples/index.js';
import { heading, readLang, t } from './lib/cli.js';

const lang = readLang();
const asOf = isoDate('2018-10-01');
const town = kyAnhTown2018;

heading(t(lang, 'tinh-gon — Thị xã Kỳ Anh (Hà Tĩnh), cuối năm 2018', 'tinh-gon — Kỳ Anh town (Hà Tĩnh), late 2018'));
const inForce = findUnitsInForce(town, asOf);
const count = (predicate: (unit: (typeof inForce)[number]) => boolean) => inForce.filter(predicate).length;
const communes = count((unit) => isArea(unit) && getLevel(town, unit) === 'commune');
const villages = count((unit) => isArea(unit) && getLevel(town, unit) === 'village');
const bodies = count((unit) => !isArea(unit));
console.log(
  t(
    lang,
    `${communes} xã, phường; ${villages} thôn, tổ dân phố; ${bodies} cơ quan, tổ chức; ${town.people.length} người giữ ${town.assignments.length} chức vụ.`,
    `${communes} communes and wards; ${villages} villages and residential groups; ${bodies} bodies; ${town.people.length} people holding ${town.assignments.length} posts.`,
  ),
);
console.log(
  t(
    lang,
    `Báo cáo của địa phương: ${KY_ANH_REPORTED_FIGURES.villagesAndGroups2018} thôn, tổ dân phố (dữ liệu mẫu: số hộ, biên chế và tên người là minh họa).`,
    `As reported: ${KY_ANH_REPORTED_FIGURES.villagesAndGroups2018} villages and residential groups (sample data: households, staffing and names are illustrative).`,
  ),
);

heading(t(lang, 'Bộ quy định', 'The rulebook'));
const byVerification = new Map<string, number>();
for (const instrument of defaultRulebook.instruments) {
  byVerification.set(instrument.verification, (byVerification.get(instrument.verification) ?? 0) + 1);
}
console.log(
  t(
    lang,
    `${defaultRulebook.instruments.length} văn bản, ${defaultRulebook.rules.length} quy định; mức kiểm chứng: ${[...byVerification].map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    `${defaultRulebook.instruments.length} instruments, ${defaultRulebook.rules.length} rules; verification: ${[...byVerification].map(([k, v]) => `${k} ${v}`).join(', ')}.`,
  ),
);
console.log(formatReport(validateRulebook(defaultRulebook), { locale: lang }));

heading(t(lang, `Cơ cấu theo pháp luật ngày ${asOf}`, `The structure under the law of ${asOf}`));
console.log(formatReport(validateStructure(town, { asOf }), { locale: lang }));

const reform = isoDate('2025-07-01');
heading(t(lang, `Cùng cơ cấu đó, theo pháp luật ngày ${reform}`, `The same structure under the law of ${reform}`));
const after = validateStructure(town, { asOf: reform });
const districtUnits = after.issues.filter((issue) => issue.code === 'kind_not_in_force').length;
console.log(
  t(
    lang,
    `${districtUnits} đơn vị cấp huyện không còn tồn tại từ ${reform} (${UNIT_KINDS.town.label.vi} và các cơ quan của nó). Ví dụ:`,
    `${districtUnits} district-level units no longer exist from ${reform} (the ${UNIT_KINDS.town.label.en} and its bodies). For example:`,
  ),
);
console.log(formatReport({ ok: after.ok, issues: after.issues.slice(0, 3) }, { locale: lang }));
