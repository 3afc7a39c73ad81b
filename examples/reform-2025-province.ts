/**
 * One real province through the 2025 reform, from the national lists shipped in `tinh-gon/vn`:
 * the whole reform is checked and applied as one plan effective 2025-07-01, then the chosen
 * province's communes are shown before and after. Quảng Trị (Quảng Bình + Quảng Trị, code 44) by
 * default; pass `--province 42` for Hà Tĩnh, which was not merged. Exits 1 when the plan is refused
 * or has an error, 2 when the province does not exist.
 *
 *   npx tsx examples/reform-2025-province.ts                      (Vietnamese, Quảng Trị)
 *   npx tsx examples/reform-2025-province.ts --lang en --province 42
 */
import { type AreaUnit, findUnitsInForce, getAreaLevel, isAreaKind, isoDate, type Unit } from '../src/index.js';
import { applyPlan, validatePlan } from '../src/plan/index.js';
import { findVietnamUnit, getReform2025Plan, getVietnam } from '../src/vn/index.js';
import { heading, readLang, t } from './lib/cli.js';

const lang = readLang();
const argv = process.argv.slice(2);
const provinceAt = argv.indexOf('--province');
const newCode = provinceAt >= 0 ? (argv[provinceAt + 1] ?? '44') : '44';

const before = getVietnam('2025-03-01');
const plan = getReform2025Plan();
const report = validatePlan(before, plan);
const errors = report.issues.filter((issue) => issue.severity === 'error').length;
const warnings = report.issues.filter((issue) => issue.severity === 'warning');
heading(t(lang, 'Cải cách 2025: 63 tỉnh → 34, 10.035 xã → 3.321 (hiệu lực 01/7/2025)', 'The 2025 reform: 63 provinces → 34, 10,035 communes → 3,321 (effective 2025-07-01)'));
const doubtfulCount = warnings.filter((issue) => issue.code === 'plan_area_figure_doubtful').length;
console.log(t(lang, `${plan.operations.length} thao tác; ${errors} lỗi, ${warnings.length} cảnh báo: ${warnings.length - doubtfulCount} đơn vị sau sắp xếp còn dưới tiêu chuẩn, ${doubtfulCount} số liệu nguồn đáng ngờ cần kiểm tra.`, `${plan.operations.length} operations; ${errors} errors, ${warnings.length} warnings: ${warnings.length - doubtfulCount} merged units still under a standard, ${doubtfulCount} doubtful source figures to check.`));

const result = applyPlan(before, plan);
if (!result.ok || errors > 0) {
  console.error(t(lang, `Đề án bị từ chối (${errors} lỗi).`, `The plan was refused (${errors} errors).`));
  process.exit(1);
}
const { structure: after, events } = result.value;
const newProvince = findVietnamUnit(newCode, isoDate('2025-07-01'));
if (newProvince === undefined || newProvince.parentId !== 'vn') {
  console.error(t(lang, `Không có tỉnh mã ${newCode} sau cải cách.`, `No province with code ${newCode} after the reform.`));
  process.exit(2);
}
const newProvinceId = newProvince.id;
const sources = events.find((event) => event.unitId === newProvinceId && event.change === 'started')?.from ?? [];
const unitsById = new Map(before.units.map((unit) => [unit.id, unit]));
const name = (unit: Unit | undefined) => unit?.name.vi ?? '?';

heading(t(lang, `${newProvince.name.vi}: trước 01/7/2025`, `${newProvince.name.vi}: before 2025-07-01`));
const commune = (unit: Unit) => isAreaKind(unit.kind) && getAreaLevel(unit.kind) === 'commune';
const inForceBefore = findUnitsInForce(before, isoDate('2025-06-30'));
for (const provinceId of sources) {
  const districts = inForceBefore.filter((unit) => unit.parentId === provinceId);
  const communes = inForceBefore.filter((unit) => commune(unit) && districts.some((district) => district.id === unit.parentId));
  console.log(t(lang, `  ${name(unitsById.get(provinceId))}: ${districts.length} đơn vị cấp huyện, ${communes.length} đơn vị cấp xã`, `  ${name(unitsById.get(provinceId))}: ${districts.length} district-level units, ${communes.length} commune-level units`));
}

heading(t(lang, `${newProvince.name.vi}: từ 01/7/2025`, `${newProvince.name.vi}: from 2025-07-01`));
const newCommunes = findUnitsInForce(after, isoDate('2025-07-01')).filter((unit) => commune(unit) && unit.parentId === newProvinceId);
const kinds = new Map<string, number>();
for (const unit of newCommunes) kinds.set(unit.kind, (kinds.get(unit.kind) ?? 0) + 1);
console.log(t(lang, `  ${newCommunes.length} đơn vị cấp xã, không còn cấp huyện`, `  ${newCommunes.length} commune-level units, no district level`), Object.fromEntries(kinds));
for (const unit of newCommunes.slice(0, 12)) {
  const formed = events.find((event) => event.unitId === unit.id && event.change === 'started')?.from ?? [];
  const partial = events.filter((event) => event.operation === 'partial-transfer' && event.into?.includes(unit.id)).map((event) => event.unitId);
  const parts = [...formed.map((id) => name(unitsById.get(id))), ...partial.map((id) => `${name(unitsById.get(id))} (${t(lang, 'một phần', 'part')})`)];
  const doubtful = (unit as AreaUnit).doubtful;
  const doubt = doubtful === undefined ? '' : ` (${t(lang, 'số liệu đáng ngờ', 'doubtful figures')}: ${doubtful.join(', ')})`;
  console.log(`  ${unit.name.vi}${doubt} ← ${parts.join(', ')}`);
}
if (newCommunes.length > 12) console.log(t(lang, `  … và ${newCommunes.length - 12} đơn vị khác`, `  … and ${newCommunes.length - 12} more`));
const provinceWarnings = warnings.filter((issue) => newCommunes.some((unit) => unit.id === issue.unitIds?.[0]));
console.log(t(lang, `Cảnh báo tiêu chuẩn trong tỉnh: ${provinceWarnings.length}`, `Standard warnings in this province: ${provinceWarnings.length}`));
for (const issue of provinceWarnings.slice(0, 5)) console.log(`  ! ${issue.message[lang]}`);
