/**
 * Concurrent roles in Cẩm Phả city (Quảng Ninh), as its report of 2020-07-23 describes them: who
 * holds which posts together, what the rules of that date say of each combination, and how far
 * the city is from its own target of "more than 75%" of communes where the party secretary chairs
 * the people's committee.
 *
 *   npx tsx examples/concurrency-audit.ts             (Vietnamese)
 *   npx tsx examples/concurrency-audit.ts --lang en   (English)
 */
import { defaultRulebook, extendRulebook, formatCitation, formatPercent, formatReport, isoDate, type Issue } from '../src/index.js';
import { checkAppointment, checkConcurrentRoles, concurrencyCoverage } from '../src/roles/index.js';
import { camPhaCity2020, camPhaCommitteeTarget, quangNinhRolesRules } from '../src/samples/index.js';
import { STRENGTH_VI, VERIFICATION_VI, heading, readLang, t } from './lib/cli.js';

const lang = readLang();
const asOf = isoDate('2020-07-23');
const rulebook = extendRulebook(defaultRulebook, { rules: quangNinhRolesRules });

heading(t(lang, 'Kiêm nhiệm chức danh — Thành phố Cẩm Phả, ngày 23/7/2020', 'Concurrent roles — Cẩm Phả city, 2020-07-23'));
console.log(
  t(
    lang,
    'Bộ quy định: mặc định + Chỉ thị 12-CT/TU của Tỉnh ủy Quảng Ninh. Người và ngày bổ nhiệm là minh họa.',
    'Rulebook: the default one + Quảng Ninh’s Directive 12-CT/TU. People and appointment dates are illustrative.',
  ),
);

const report = checkConcurrentRoles(camPhaCity2020, { asOf, rulebook });
const isVillageLevel = (issue: Issue) =>
  issue.ruleId === 'roles.cell-secretary-village-head' || issue.ruleId === 'roles.quang-ninh.cell-secretary-village-head';
const villageIssues = report.issues.filter(isVillageLevel);
console.log(formatReport({ ok: report.ok, issues: report.issues.filter((issue) => !isVillageLevel(issue)) }, { locale: lang }));

heading(t(lang, 'Thôn, khu', 'Villages and quarters'));
const cellSecretaries = new Set(villageIssues.flatMap((issue) => issue.personIds ?? []));
const basis = [...new Set(villageIssues.flatMap((issue) => (issue.citation ? [formatCitation(issue.citation, lang)] : [])))];
console.log(
  t(
    lang,
    `${cellSecretaries.size}/178 bí thư chi bộ đồng thời là trưởng thôn, khu (khuyến khích) — căn cứ: ${basis.join('; ')}`,
    `${cellSecretaries.size}/178 party cell secretaries are also village or quarter heads (encouraged) — basis: ${basis.join('; ')}`,
  ),
);

heading(t(lang, 'Tỷ lệ xã, phường có bí thư đồng thời là chủ tịch UBND', 'Communes and wards where the secretary chairs the people’s committee'));
const coverage = concurrencyCoverage(camPhaCity2020, {
  rule: 'roles.secretary-chairs-committee',
  level: 'commune',
  asOf,
  within: 'cam-pha',
  target: camPhaCommitteeTarget,
});
if (!coverage.ok) {
  // a rule not in force on the date, or no commune to count: say why, and fail loudly
  console.error(coverage.issues.map((issue) => issue.message[lang]).join('\n'));
  process.exit(1);
}
const { value } = coverage;
// the share in the reader's language (50,00% / 50.00%), rounded down as `value.share` is
const share = formatPercent(value.covered, value.total, { locale: lang, rounding: 'down', fixed: true });
// the rule's strength and how well its source is known, as words (the values themselves are codes)
const strengthVi = value.strength === undefined ? '' : `${STRENGTH_VI[value.strength]}, `;
const strengthEn = value.strength === undefined ? '' : `${value.strength}, `;
const verificationVi = VERIFICATION_VI[value.verification];
console.log(
  t(
    lang,
    `${value.covered}/${value.total} xã, phường (${share}); căn cứ: ${formatCitation(value.citation, 'vi')} (${strengthVi}${verificationVi})`,
    `${value.covered}/${value.total} communes and wards (${share}); basis: ${formatCitation(value.citation, 'en')} (${strengthEn}${value.verification})`,
  ),
);
const target = value.target;
if (target !== undefined) {
  const comparison = target.comparison === 'more-than' ? t(lang, 'trên', 'more than') : t(lang, 'ít nhất', 'at least');
  console.log(
    t(
      lang,
      `Mục tiêu của thành phố 2020–2025: ${comparison} ${formatPercent(target.basisPoints, 10_000, { locale: lang })} → cần ${target.requiredUnits}/${value.total}; còn thiếu ${target.shortfall}.`,
      `The city's 2020–2025 target: ${comparison} ${formatPercent(target.basisPoints, 10_000, { locale: lang })} → ${target.requiredUnits}/${value.total} needed; ${target.shortfall} short.`,
    ),
  );
}
console.log(t(lang, `Chưa có: ${value.uncoveredUnitIds.join(', ')}`, `Not yet: ${value.uncoveredUnitIds.join(', ')}`));

heading(t(lang, 'Nếu bí thư phường Cẩm Tây kiêm luôn chủ tịch HĐND?', 'What if the Cẩm Tây secretary also chaired the people’s council?'));
const appointment = checkAppointment(
  camPhaCity2020,
  { personId: 'cam-tay.secretary', unitId: 'cam-tay.council', role: 'chair', from: isoDate('2020-08-01') },
  { rulebook },
);
console.log(formatReport(appointment, { locale: lang }));
