/**
 * Kỳ Anh town (Hà Tĩnh) reorganises in 2019, as its report of late 2018 describes: the plan is
 * checked against the law of its date (with and without the province's own Kết luận 92-KL/TU),
 * the merge candidates the law of the date points to are listed, and the structure after it is
 * summarised.
 *
 *   npx tsx examples/reorganisation-2019.ts             (Vietnamese)
 *   npx tsx examples/reorganisation-2019.ts --lang en   (English)
 */
import { defaultRulebook, extendRulebook, findUnitsInForce, formatCitation, formatReport, isoDate, type Unit } from '../src/index.js';
import { applyPlan, findMergeCandidates, validatePlan } from '../src/plan/index.js';
import { kyAnhLocalRules, kyAnhPlan2019, kyAnhTown2018 } from '../src/samples/index.js';
import { heading, readLang, t } from './lib/cli.js';

const lang = readLang();
const plan = kyAnhPlan2019;
const { operations, effectiveOn } = plan;
const localRulebook = extendRulebook(defaultRulebook, kyAnhLocalRules);

heading(t(lang, 'Đề án sắp xếp thị xã Kỳ Anh, hiệu lực 01/3/2019', 'Kỳ Anh town reorganisation plan, effective 2019-03-01'));
console.log(t(lang, `${operations.length} thao tác. Số liệu hộ, biên chế là minh họa.`, `${operations.length} operations. Households and staffing are illustrative.`));

heading(t(lang, '1. Chỉ với quy định trung ương', '1. With the central rules only'));
console.log(formatReport(validatePlan(kyAnhTown2018, plan), { locale: lang, minSeverity: 'warning' }));

heading(t(lang, '2. Thêm Kết luận 92-KL/TU của Tỉnh ủy Hà Tĩnh', '2. With Hà Tĩnh’s Conclusion 92-KL/TU added'));
const report = validatePlan(kyAnhTown2018, plan, { rulebook: localRulebook });
console.log(formatReport(report, { locale: lang, minSeverity: 'warning' }));
const permitted = report.issues.filter((issue) => issue.code === 'plan_cross_family_permitted');
console.log(t(lang, `Hợp nhất khác khối được phép: ${permitted.length}`, `Cross-bloc consolidations allowed: ${permitted.length}`));

heading(t(lang, 'Đơn vị thuộc diện sắp xếp (ngày 01/3/2019)', 'Merge candidates (2019-03-01)'));
const found = findMergeCandidates(kyAnhTown2018, { asOf: effectiveOn });
if (!found.ok) {
  console.log(formatReport(found, { locale: lang }));
  process.exit(1);
}
for (const candidate of found.value.candidates) {
  const basis = candidate.citation === undefined ? '' : ` [${formatCitation(candidate.citation, lang)}]`;
  console.log(`  • ${candidate.message[lang]}${basis}`);
}
for (const issue of found.issues) console.log(`  ! ${issue.message[lang]}`);

heading(t(lang, 'Cơ cấu sau đề án', 'The structure after the plan'));
const result = applyPlan(kyAnhTown2018, plan, { rulebook: localRulebook });
if (!result.ok) {
  console.log(formatReport(result, { locale: lang }));
  process.exit(1);
}
const { structure: afterPlan, events } = result.value;
const count = (units: readonly Unit[], test: (unit: Unit) => boolean) => units.filter(test).length;
const before = findUnitsInForce(kyAnhTown2018, isoDate('2019-02-28'));
const after = findUnitsInForce(afterPlan, effectiveOn);
const isVillage = (unit: Unit) => unit.kind === 'village' || unit.kind === 'residential-group';
const isOrganisation = (unit: Unit) => !('households' in unit) && 'areaId' in unit;
console.log(t(lang, `Thôn, tổ dân phố: ${count(before, isVillage)} → ${count(after, isVillage)}`, `Villages and residential groups: ${count(before, isVillage)} → ${count(after, isVillage)}`));
console.log(t(lang, `Tổ chức (đầu mối): ${count(before, isOrganisation)} → ${count(after, isOrganisation)}`, `Organisations: ${count(before, isOrganisation)} → ${count(after, isOrganisation)}`));
const nameOf = (id: string) => {
  const name = after.find((unit) => unit.id === id)?.name;
  return name === undefined ? id : lang === 'en' ? (name.en ?? name.vi) : name.vi;
};
const started = events.filter((event) => event.change === 'started').map((event) => nameOf(event.unitId));
console.log(t(lang, 'Đơn vị mới:', 'New units:'));
for (const name of started.slice(0, 6)) console.log(`  + ${name}`);
if (started.length > 6) console.log(t(lang, `  … và ${started.length - 6} văn phòng cấp xã`, `  … and ${started.length - 6} commune offices`));
