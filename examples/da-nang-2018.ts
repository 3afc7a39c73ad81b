/**
 * Đà Nẵng, January 2018: "fewer internal units, fewer deputies, fewer offices, merge the offices"
 * (the city's conference on Nghị quyết 18-NQ/TW). The department, its divisions and their figures
 * are illustrative (the report names none); the law is each date's. The plan is checked, applied,
 * and the deputies it leaves are measured against the limits of 2018 (not in the rulebook: the
 * domain notes give no numbers for NĐ 24/2014 and NĐ 37/2014, so the library says so), of NĐ
 * 107/2020 and of NĐ 150/2025.
 *
 *   npx tsx examples/da-nang-2018.ts             (Vietnamese)
 *   npx tsx examples/da-nang-2018.ts --lang en   (English)
 */
import { formatReport, isoDate } from '../src/index.js';
import { applyPlan, validatePlan } from '../src/plan/index.js';
import { checkDeputies, type DeputyUnit } from '../src/staffing/index.js';
import { daNang2018, daNangPlan2018 } from '../tests/scenarios/fixtures/daNang2018.js';
import { heading, readLang, t } from './lib/cli.js';

const lang = readLang();
const plan = daNangPlan2018('2018-07-01');

heading(t(lang, 'Đà Nẵng 2018: giảm đầu mối bên trong, sáp nhập các văn phòng (số liệu minh họa)', 'Đà Nẵng 2018: fewer internal units, offices merged (illustrative figures)'));
const report = validatePlan(daNang2018, plan);
console.log(formatReport(report, { locale: lang }));
const applied = applyPlan(daNang2018, plan);
if (!applied.ok) {
  console.error(t(lang, 'Đề án bị từ chối.', 'The plan was refused.'));
  process.exit(1);
}
const inForce = (asOf: string) => applied.value.structure.units.filter((unit) => unit.from <= asOf && (unit.to === undefined || asOf < unit.to));
const offices = (asOf: string) => inForce(asOf).filter((unit) => unit.kind === 'government-office').length;
const divisions = (asOf: string) => inForce(asOf).filter((unit) => unit.kind === 'specialised-agency' && unit.id.startsWith('phong-')).length;
console.log(t(lang, `Văn phòng: ${offices('2018-06-30')} → ${offices('2018-07-01')}; phòng thuộc Sở Nội vụ: ${divisions('2018-06-30')} → ${divisions('2018-07-01')}`, `Offices: ${offices('2018-06-30')} → ${offices('2018-07-01')}; divisions of the home-affairs department: ${divisions('2018-06-30')} → ${divisions('2018-07-01')}`));

heading(t(lang, 'Cấp phó so với quy định của từng thời điểm', 'Deputies against the limits of each date'));
const afterPlan: DeputyUnit[] = [
  { unitId: 'phong-xdcq-cchc', staff: 9, deputies: 2 },
  { unitId: 'phong-tccb', staff: 8, deputies: 2 },
];
const department: DeputyUnit[] = [{ unitId: 'so-noi-vu', staff: 17, deputies: 4 }];
for (const [asOf, variant] of [
  ['2018-07-01', 'class-1'],
  ['2020-11-25', 'class-1'],
  ['2025-07-01', 'all'],
] as const) {
  for (const [label, result] of [
    [t(lang, 'phòng', 'divisions'), checkDeputies(afterPlan, { scope: 'department-division', variant, asOf: isoDate(asOf) })],
    [t(lang, 'phó giám đốc sở', 'deputy directors'), checkDeputies(department, { scope: 'department', asOf: isoDate(asOf) })],
  ] as const) {
    if (!result.ok) {
      console.log(`  ${asOf} ${label}: ${t(lang, 'không có quy định trong bộ quy tắc (NĐ 24/2014, NĐ 37/2014 chưa có số liệu)', 'no limit in the rulebook (NĐ 24/2014, NĐ 37/2014: no numbers in the sources)')}`);
      continue;
    }
    const excess = result.issues.filter((issue) => issue.code === 'deputies_above_limit');
    const cited = result.value.citation.instrumentId;
    if (excess.length === 0) console.log(`  ${asOf} ${label} (${cited}): ${t(lang, 'trong giới hạn', 'within the limit')}`);
    for (const issue of excess) console.log(`  ${asOf} ${label} (${cited}): ${issue.message[lang]}`);
  }
}
