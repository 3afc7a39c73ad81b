/**
 * Staffing reduction in Kỳ Anh town (Hà Tĩnh), as its 2018 report states the targets: 92 fewer
 * cadres, civil servants and public employees and 450 fewer non-professional workers by 2025.
 * The targets are apportioned to the town's units and spread over the years, checked against the
 * law of the time, and the leaving benefits of a sample list of leavers are budgeted.
 * Unit staffing comes from the illustrative sample `kyAnhTown2018`; the leavers are invented.
 *
 *   npx tsx examples/staffing-plan.ts             (Vietnamese)
 *   npx tsx examples/staffing-plan.ts --lang en   (English)
 */
import { findUnitsInForce, formatCitation, formatMoney, isoDate } from '../src/index.js';
import { KY_ANH_REPORTED_FIGURES, kyAnhTown2018 } from '../src/samples/index.js';
import { apportion, applyReductionTargets, type Leaver, reductionProgress, reductionSchedule, totalLeavingBenefits } from '../src/staffing/index.js';
import type { Result } from '../src/report/index.js';
import { heading, readLang, t } from './lib/cli.js';

/** The value of a success; a failure stops the example loudly, with its issues. */
function valueOrExit<T>(what: string, result: Result<T>): T {
  if (result.ok) return result.value;
  throw new Error(`${what} failed: ${result.issues.map((issue) => `[${issue.code}] ${issue.message.en}`).join('; ')}`);
}

const lang = readLang();
const asOf = isoDate('2018-12-31');
const money = (dong: number): string => formatMoney(dong, { locale: lang });
const { staffReductionBy2025, nonProfessionalReductionBy2025 } = KY_ANH_REPORTED_FIGURES;

heading(t(lang, 'Tinh giản biên chế — Thị xã Kỳ Anh (Hà Tĩnh), kế hoạch đến 2025', 'Staffing reduction — Kỳ Anh town (Hà Tĩnh), plan to 2025'));
console.log(
  t(
    lang,
    `Mục tiêu báo cáo năm 2018: giảm ${staffReductionBy2025} cán bộ, công chức, viên chức và ${nonProfessionalReductionBy2025} người hoạt động không chuyên trách. Biên chế từng đơn vị là số liệu minh họa.`,
    `Targets of the 2018 report: ${staffReductionBy2025} fewer cadres, civil servants and public employees, ${nonProfessionalReductionBy2025} fewer non-professional workers. Unit staffing is illustrative.`,
  ),
);

// ── the units and their staff on the date ─────────────────────────────────────────────────────
const staffed = findUnitsInForce(kyAnhTown2018, asOf).flatMap((unit) => {
  if (!('staffing' in unit) || unit.staffing?.actual === undefined) return [];
  const actual = unit.staffing.actual;
  const budgetStaff = (actual.cadre ?? 0) + (actual.civilServant ?? 0) + (actual.publicEmployee ?? 0);
  const name = lang === 'vi' ? unit.name.vi : (unit.name.en ?? unit.name.vi);
  return [{ id: unit.id, name, budgetStaff, nonProfessional: actual.nonProfessional ?? 0 }];
});

// ── 92: apportioned to units (largest remainder), capped at each unit's staff ───────────────────
heading(t(lang, `Phân bổ ${staffReductionBy2025} người cho các đơn vị (phương pháp số dư lớn nhất)`, `${staffReductionBy2025} people apportioned to units (largest remainder)`));
const units = staffed.filter((unit) => unit.budgetStaff > 0);
const weights = units.map((unit) => unit.budgetStaff);
const byUnit = valueOrExit('apportion', apportion(staffReductionBy2025, weights, { caps: weights, ids: units.map((unit) => unit.id), tiePolicy: 'by-id' }));
const rows = units.map((unit, index) => ({ unit, cut: byUnit.shares[index] ?? 0 })).sort((a, b) => b.cut - a.cut || a.unit.id.localeCompare(b.unit.id));
for (const { unit, cut } of rows.slice(0, 12)) {
  console.log(`  ${String(cut).padStart(3)}  / ${String(unit.budgetStaff).padStart(3)}  ${unit.name}`);
}
if (rows.length > 12) console.log(t(lang, `  … và ${rows.length - 12} đơn vị khác`, `  … and ${rows.length - 12} more units`));
const assigned = byUnit.shares.reduce((sum, share) => sum + share, 0);
console.log(t(lang, `  Tổng: ${assigned} / ${staffReductionBy2025}`, `  Total: ${assigned} / ${staffReductionBy2025}`));
if (byUnit.tie !== undefined) {
  console.log(
    t(
      lang,
      `  Hòa ở ${byUnit.tie.seats} suất cuối giữa ${byUnit.tie.units.length} đơn vị; giao theo mã đơn vị (by-id).`,
      `  ${byUnit.tie.seats} last share(s) tied between ${byUnit.tie.units.length} units; given by unit id (by-id).`,
    ),
  );
}

// ── 450: the commune non-professional staff alone cannot carry it ───────────────────────────────
heading(t(lang, `${nonProfessionalReductionBy2025} người hoạt động không chuyên trách`, `${nonProfessionalReductionBy2025} non-professional workers`));
const communes = staffed.filter((unit) => unit.nonProfessional > 0);
const communeWeights = communes.map((unit) => unit.nonProfessional);
const capped = apportion(nonProfessionalReductionBy2025, communeWeights, { caps: communeWeights });
if (capped.ok) throw new Error('expected the 450 to be infeasible for the commune staff alone');
for (const issue of capped.issues) console.log(`  [${issue.code}] ${issue.message[lang]}`);
console.log(
  t(
    lang,
    '  → Con số 450 gồm cả người hoạt động không chuyên trách ở thôn, tổ dân phố, mà mẫu dữ liệu không có.',
    '  → The 450 includes village and residential-group workers, whom the sample does not list.',
  ),
);

// ── year by year ────────────────────────────────────────────────────────────────────────────────
heading(t(lang, 'Lộ trình theo năm (dồn số lẻ vào các năm đầu)', 'Year by year (odd people in the early years)'));
const staffYears = reductionSchedule(staffReductionBy2025, 2019, 2025).value;
const workerYears = reductionSchedule(nonProfessionalReductionBy2025, 2019, 2025).value;
console.log(`  ${t(lang, 'Năm ', 'Year')}  CB,CC,VC  KCT`);
staffYears.years.forEach((year, index) => {
  console.log(`  ${year.year}  ${String(year.cut).padStart(8)}  ${String(workerYears.years[index]?.cut ?? 0).padStart(3)}`);
});
const progress = reductionProgress({ target: staffReductionBy2025, start: isoDate('2019-01-01'), deadline: isoDate('2026-01-01'), achieved: 30 }, isoDate('2021-12-31')).value;
console.log(
  t(
    lang,
    `  Ví dụ: đến 31/12/2021 đã giảm 30 (minh họa); lộ trình tuyến tính yêu cầu ${progress.required}, còn thiếu ${progress.gap}.`,
    `  For instance: 30 gone by 2021-12-31 (illustrative); the linear path requires ${progress.required}, ${progress.gap} short.`,
  ),
);

// ── the targets of the law applied to the town's staffing ───────────────────────────────────────
heading(t(lang, 'Chỉ tiêu của Trung ương áp vào biên chế thị xã (năm 2023)', 'Central targets applied to the town’s staffing (2023)'));
const totals = staffed.reduce(
  (sum, unit) => ({ ...sum, total: sum.total + unit.budgetStaff }),
  { total: 0 },
);
const byCategory = findUnitsInForce(kyAnhTown2018, asOf).reduce(
  (sum, unit) => {
    const actual = 'staffing' in unit ? unit.staffing?.actual : undefined;
    return {
      cadre: sum.cadre + (actual?.cadre ?? 0),
      civilServant: sum.civilServant + (actual?.civilServant ?? 0),
      publicEmployee: sum.publicEmployee + (actual?.publicEmployee ?? 0),
    };
  },
  { cadre: 0, civilServant: 0, publicEmployee: 0 },
);
console.log(
  t(
    lang,
    `  Biên chế (minh họa, coi là mức năm 2021): ${byCategory.cadre} cán bộ, ${byCategory.civilServant} công chức, ${byCategory.publicEmployee} viên chức (${totals.total}).`,
    `  Staffing (illustrative, taken as the 2021 level): ${byCategory.cadre} cadres, ${byCategory.civilServant} civil servants, ${byCategory.publicEmployee} public employees (${totals.total}).`,
  ),
);
for (const target of valueOrExit('applyReductionTargets', applyReductionTargets(byCategory, { asOf: isoDate('2023-01-01') }))) {
  console.log(
    `  ${target.title[lang]}: ${target.percent}% × ${target.baseline} → ${target.cut} (${t(lang, 'còn', 'leaving')} ${target.ceiling}) — ${formatCitation(target.citation, lang)}`,
  );
}

// ── the cost of leaving ─────────────────────────────────────────────────────────────────────────
heading(t(lang, 'Chi phí chế độ cho danh sách người nghỉ (minh họa, năm 2025)', 'Benefits for a sample list of leavers (illustrative, 2025)'));
const decisionDate = isoDate('2025-07-01');
const leavers: Leaver[] = [
  { personId: 'A', kind: 'early-retirement', category: 'civilServant', monthlySalary: 12_420_000, leavingDate: isoDate('2025-08-01'), decisionDate, monthsToRetirement: 36, insuranceMonths: 300 },
  { personId: 'B', kind: 'early-retirement', category: 'cadre', monthlySalary: 15_660_000, leavingDate: isoDate('2025-09-01'), decisionDate, monthsToRetirement: 84, insuranceMonths: 360 },
  { personId: 'C', kind: 'resignation', category: 'civilServant', monthlySalary: 8_100_000, leavingDate: isoDate('2025-08-01'), decisionDate, insuranceMonths: 144 },
  { personId: 'D', kind: 'early-retirement', category: 'publicEmployee', monthlySalary: 9_936_000, leavingDate: isoDate('2026-08-01'), decisionDate, monthsToRetirement: 47, insuranceMonths: 245 },
  { personId: 'E', kind: 'resignation', group: 'streamlining', category: 'nonProfessional', monthlySalary: 3_510_000, leavingDate: isoDate('2025-07-15'), insuranceMonths: 70 },
];
const budgeted = totalLeavingBenefits(leavers);
const budget = valueOrExit('totalLeavingBenefits', budgeted);
for (const person of budget.people) {
  console.log(`  ${person.personId}: ${person.salaryMonths} ${t(lang, 'tháng lương', 'months of salary')} × ${money(person.salary)} = ${money(person.total)}`);
  for (const line of person.lines) {
    console.log(`      ${line.salaryMonths.padStart(5)}  ${line.label[lang]} — ${formatCitation(line.citation, lang)}`);
  }
}
for (const issue of budgeted.issues) console.log(`  [${issue.code}] ${issue.path?.[0] === undefined ? '' : `${leavers[issue.path[0] as number]?.personId}: `}${issue.message[lang]}`);
console.log(t(lang, `  Tổng: ${budget.salaryMonths} tháng lương, ${money(budget.total)}`, `  Total: ${budget.salaryMonths} salary-months, ${money(budget.total)}`));
