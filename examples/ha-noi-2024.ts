/**
 * Hà Nội, April 2024: Ban Quản lý các công trình nhà ở và công sở renamed Trung tâm quản lý nhà
 * thành phố Hà Nội and moved under Sở Xây dựng, in one plan; then two residential groups and two
 * wards rearranged, measured against the law of the date (Hà Nội's own 450-household line for
 * residential groups; ward standards after NQ 27/2022 not found). Dates and figures are
 * illustrative; the names are the city's.
 *
 *   npx tsx examples/ha-noi-2024.ts             (Vietnamese)
 *   npx tsx examples/ha-noi-2024.ts --lang en   (English)
 */
import { formatReport } from '../src/index.js';
import { applyPlan, validatePlan } from '../src/plan/index.js';
import { haNoi2024, haNoiHousingPlan, haNoiWardsPlan } from '../tests/scenarios/fixtures/haNoi2024.js';
import { heading, readLang, t } from './lib/cli.js';

const lang = readLang();

heading(t(lang, 'Hà Nội 2024: đổi tên và chuyển Ban Quản lý về Sở Xây dựng trong một đề án', 'Hà Nội 2024: the board renamed and moved under the Department of Construction in one plan'));
const housing = haNoiHousingPlan('2024-07-01');
const report = validatePlan(haNoi2024, housing);
console.log(report.ok ? t(lang, 'Đề án hợp lệ, không có vấn đề.', 'The plan is valid, with no issue.') : formatReport(report, { locale: lang }));
const applied = applyPlan(haNoi2024, housing);
if (!applied.ok) process.exit(1);
const board = applied.value.structure.units.find((unit) => unit.id === 'ban-ql-nha-cong-so');
const parent = applied.value.structure.units.find((unit) => unit.id === board?.parentId);
console.log(`  ${haNoi2024.units.find((unit) => unit.id === 'ban-ql-nha-cong-so')?.name.vi} → ${board?.name.vi} (${t(lang, 'trực thuộc', 'under')} ${parent?.name.vi})`);

heading(t(lang, 'Sắp xếp tổ dân phố và phường (số liệu minh họa)', 'Residential groups and wards rearranged (illustrative figures)'));
for (const on of ['2019-01-19', '2019-01-20', '2024-07-01']) {
  console.log(`${on}:`);
  console.log(formatReport(validatePlan(haNoi2024, haNoiWardsPlan(on)), { locale: lang }));
}
