/**
 * The flagship example: what tinh-gon says about a real district-level town, Kỳ Anh (Hà Tĩnh), as
 * it stood in late 2018 — its structure checked against the law of two dates, its 2019
 * reorganisation plan, its concurrent roles, and its staffing-reduction arithmetic — and, from the
 * real country shipped in tinh-gon/vn, the communes of the two-tier country that took its place.
 *
 *   npm run demo               (Vietnamese)
 *   npm run demo -- --lang en  (English)
 */
import { UNIT_KINDS, defaultRulebook, extendRulebook, findUnitsInForce, formatCitation, formatMoney, formatReport, getLevel, isArea, isoDate, validateRulebook, validateStructure, type Verification } from '../src/index.js';
import { applyPlan, findMergeCandidates, validatePlan } from '../src/plan/index.js';
import { checkConcurrentRoles } from '../src/roles/index.js';
import { KY_ANH_REPORTED_FIGURES, kyAnhLocalRules, kyAnhPlan2019, kyAnhTown2018 } from '../src/samples/index.js';
import { type Leaver, apportion, reductionSchedule, totalLeavingBenefits } from '../src/staffing/index.js';
import { findReformSuccessors, findVietnamUnitsByName, getVietnam } from '../src/vn/index.js';
import { VERIFICATION_VI, heading, readLang, t } from './lib/cli.js';

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
// how well each instrument's text is known (the values are codes; VERIFICATION_VI names them in Vietnamese)
const byVerification = new Map<Verification, number>();
for (const instrument of defaultRulebook.instruments) {
  byVerification.set(instrument.verification, (byVerification.get(instrument.verification) ?? 0) + 1);
}
console.log(
  t(
    lang,
    `${defaultRulebook.instruments.length} văn bản, ${defaultRulebook.rules.length} quy định; độ tin cậy của nguồn: ${[...byVerification].map(([k, v]) => `${VERIFICATION_VI[k]} ${v}`).join(', ')}.`,
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
console.log(formatReport(after, { locale: lang, limit: 3 }));

// ── 1. merge validation: the 2019 plan ─────────────────────────────────────────────────────────
const plan = kyAnhPlan2019;
heading(t(lang, `1. Đề án sắp xếp, hiệu lực ${plan.effectiveOn}`, `1. The reorganisation plan, effective ${plan.effectiveOn}`));
const central = validatePlan(town, plan);
const localRulebook = extendRulebook(defaultRulebook, kyAnhLocalRules);
const local = validatePlan(town, plan, { rulebook: localRulebook });
const errors = (report: typeof central) => report.issues.filter((issue) => issue.severity === 'error').length;
const errorsEn = (report: typeof central) => (errors(report) === 1 ? '1 error' : `${errors(report)} errors`);
console.log(
  t(
    lang,
    `${plan.operations.length} thao tác. Chỉ với quy định trung ương: ${errors(central)} lỗi (hợp nhất văn phòng đảng ủy với văn phòng UBND cấp xã là khác khối). Thêm Kết luận 92-KL/TU của Tỉnh ủy Hà Tĩnh: ${errors(local)} lỗi.`,
    `${plan.operations.length} operations. With the central rules only: ${errorsEn(central)} (merging a commune's party office with its people's committee office crosses blocs). With Hà Tĩnh's Conclusion 92-KL/TU added: ${errorsEn(local)}.`,
  ),
);
console.log(formatReport(central, { locale: lang, minSeverity: 'error', limit: 1 }));

heading(t(lang, 'Đơn vị thuộc diện sắp xếp (theo quy định ngày 01/3/2019)', 'Merge candidates (the law of 2019-03-01)'));
const found = findMergeCandidates(town, { asOf: plan.effectiveOn });
if (!found.ok) {
  console.log(formatReport(found, { locale: lang }));
  process.exit(1);
}
const { candidates } = found.value;
for (const candidate of candidates.slice(0, 6)) {
  const basis = candidate.citation === undefined ? '' : ` [${formatCitation(candidate.citation, lang)}]`;
  console.log(`  • ${candidate.message[lang]}${basis}`);
}
if (candidates.length > 6) console.log(t(lang, `  … và ${candidates.length - 6} đề xuất khác`, `  … and ${candidates.length - 6} more`));

const applied = applyPlan(town, plan, { rulebook: localRulebook });
if (applied.ok) {
  const before = findUnitsInForce(town, isoDate('2019-02-28'));
  const afterPlan = findUnitsInForce(applied.value.structure, plan.effectiveOn);
  const villagesOf = (units: typeof before) => units.filter((unit) => unit.kind === 'village' || unit.kind === 'residential-group').length;
  const bodiesOf = (units: typeof before) => units.filter((unit) => !isArea(unit)).length;
  console.log(
    t(
      lang,
      `Sau đề án: thôn, tổ dân phố ${villagesOf(before)} → ${villagesOf(afterPlan)}; cơ quan, tổ chức ${bodiesOf(before)} → ${bodiesOf(afterPlan)}.`,
      `After the plan: villages and residential groups ${villagesOf(before)} → ${villagesOf(afterPlan)}; bodies ${bodiesOf(before)} → ${bodiesOf(afterPlan)}.`,
    ),
  );
}

// ── 2. concurrent roles ───────────────────────────────────────────────────────────────────────
heading(t(lang, `2. Kiêm nhiệm chức danh ngày ${asOf}`, `2. Concurrent roles on ${asOf}`));
const roles = checkConcurrentRoles(town, { asOf });
const bySeverity = (severity: string) => roles.issues.filter((issue) => issue.severity === severity).length;
console.log(
  t(
    lang,
    `${bySeverity('info')} tổ hợp có quy định cho phép hoặc khuyến khích, ${bySeverity('warning')} tổ hợp không quy định nào nói tới, ${bySeverity('error')} tổ hợp bị cấm.`,
    `${bySeverity('info')} combinations a rule permits or encourages, ${bySeverity('warning')} no rule speaks of, ${bySeverity('error')} forbidden.`,
  ),
);
const propaganda = roles.issues.find((issue) => issue.ruleId === 'roles.propaganda-head-training-centre');
if (propaganda) console.log(formatReport({ ok: true, issues: [propaganda] }, { locale: lang }).split('\n').slice(1).join('\n'));

// ── 3. staffing reduction ─────────────────────────────────────────────────────────────────────
const { staffReductionBy2025 } = KY_ANH_REPORTED_FIGURES;
heading(t(lang, `3. Tinh giản ${staffReductionBy2025} cán bộ, công chức, viên chức đến 2025`, `3. ${staffReductionBy2025} fewer cadres, civil servants and public employees by 2025`));
const schedule = reductionSchedule(staffReductionBy2025, 2019, 2025);
console.log(`  ${schedule.value.years.map((year) => `${year.year}: ${year.cut}`).join('  ')}`);
const staffed = findUnitsInForce(town, asOf).flatMap((unit) => {
  const actual = 'staffing' in unit ? unit.staffing?.actual : undefined;
  const budgetStaff = (actual?.cadre ?? 0) + (actual?.civilServant ?? 0) + (actual?.publicEmployee ?? 0);
  return budgetStaff > 0 ? [{ unit, budgetStaff }] : [];
});
const weights = staffed.map((entry) => entry.budgetStaff);
const apportioned = apportion(staffReductionBy2025, weights, { caps: weights, ids: staffed.map((entry) => entry.unit.id), tiePolicy: 'by-id' });
if (!apportioned.ok) throw new Error(`apportion failed: ${apportioned.issues.map((issue) => issue.message.en).join('; ')}`);
const shares = apportioned.value;
const largest = staffed
  .map((entry, index) => ({ name: entry.unit.name, staff: entry.budgetStaff, cut: shares.shares[index] ?? 0 }))
  .sort((a, b) => b.cut - a.cut)
  .slice(0, 4);
console.log(
  t(
    lang,
    `  Phân bổ cho ${staffed.length} đơn vị theo số dư lớn nhất (tổng đúng ${shares.total}); nhiều nhất:`,
    `  Apportioned to ${staffed.length} units by largest remainder (sums exactly to ${shares.total}); the largest:`,
  ),
);
for (const row of largest) console.log(`    ${String(row.cut).padStart(3)} / ${String(row.staff).padStart(3)}  ${lang === 'vi' ? row.name.vi : (row.name.en ?? row.name.vi)}`);

const decisionDate = isoDate('2025-07-01');
const leavers: Leaver[] = [
  { personId: 'A', kind: 'early-retirement', category: 'civilServant', monthlySalary: 12_420_000, leavingDate: isoDate('2025-08-01'), decisionDate, monthsToRetirement: 36, insuranceMonths: 300 },
  { personId: 'B', kind: 'resignation', category: 'civilServant', monthlySalary: 8_100_000, leavingDate: isoDate('2025-08-01'), decisionDate, insuranceMonths: 144 },
];
const budgeted = totalLeavingBenefits(leavers);
if (!budgeted.ok) throw new Error(`totalLeavingBenefits failed: ${budgeted.issues.map((issue) => issue.message.en).join('; ')}`);
const budget = budgeted.value;
console.log(t(lang, '  Chi phí cho hai người nghỉ (minh họa):', '  The cost of two leavers (illustrative):'));
for (const person of budget.people) {
  const basis = [...new Set(person.lines.map((line) => formatCitation(line.citation, lang)))].join('; ');
  console.log(`    ${person.personId}: ${person.salaryMonths} × ${formatMoney(person.salary, { locale: lang })} = ${formatMoney(person.total, { locale: lang })} [${basis}]`);
}
// Kỳ Anh today: the real country ships in tinh-gon/vn. The town's communes of 2025-03-01 and the
// communes of the two-tier country (from 2025-07-01) that took over their territory.
heading(t(lang, 'Kỳ Anh từ 2025-07-01 (dữ liệu thật, tinh-gon/vn)', 'Kỳ Anh since 2025-07-01 (the real data, tinh-gon/vn)'));
const [oldTown] = findVietnamUnitsByName('ky anh', { asOf: isoDate('2025-03-01') }).filter((unit) => unit.kind === 'town');
if (oldTown === undefined) throw new Error('Kỳ Anh town is missing from the 2025-03-01 list');
const oldCommunes = getVietnam('2025-03-01').units.filter((unit) => unit.parentId === oldTown.id);
const successors = new Map<string, { name: string; full: number; partial: number }>();
for (const commune of oldCommunes) {
  for (const transfer of findReformSuccessors(commune.id)) {
    const entry = successors.get(transfer.after.id) ?? { name: transfer.after.name.vi, full: 0, partial: 0 };
    entry[transfer.transfer] += 1;
    successors.set(transfer.after.id, entry);
  }
}
console.log(
  t(
    lang,
    `${oldTown.name.vi}: ${oldCommunes.length} xã, phường ngày 2025-03-01 → ${successors.size} xã, phường ngày 2025-07-01 (không còn cấp huyện):`,
    `${oldTown.name.vi}: ${oldCommunes.length} communes and wards on 2025-03-01 → ${successors.size} on 2025-07-01 (no district level any more):`,
  ),
);
for (const { name, full, partial } of successors.values()) {
  const parts = t(lang, `${full} đơn vị nhập trọn${partial > 0 ? `, ${partial} một phần` : ''}`, `${full} whole${partial > 0 ? `, ${partial} in part` : ''}`);
  console.log(`  ${name} ← ${parts}`);
}

console.log(
  t(
    lang,
    `\nChạy từng ví dụ chi tiết: npx tsx examples/<tên>.ts --lang vi|en (xem thư mục examples/).`,
    `\nFor each topic in detail: npx tsx examples/<name>.ts --lang vi|en (see examples/).`,
  ),
);
