/**
 * One real province through the 2025 reform, from the national lists shipped in `tinh-gon/vn`:
 * the whole reform is checked and applied as one plan effective 2025-07-01, then the chosen
 * province's communes are shown before and after. The area-standard warnings are counted twice:
 * under the law without its modifiers (a rulebook with the exemption of units formed from three or
 * more, the caller's exemptions, the reductions, the provinces' own minimums and the wards' lines by
 * parent taken out) and under the law as it applies them, with the count and the reason of each
 * kind that remains. Quảng Trị (Quảng Bình + Quảng Trị, code 44) by
 * default; pass `--province 42` for Hà Tĩnh, which was not merged. Exits 1 when the plan is refused
 * or has an error, 2 when the province does not exist.
 *
 *   npx tsx examples/reform-2025-province.ts                      (Vietnamese, Quảng Trị)
 *   npx tsx examples/reform-2025-province.ts --lang en --province 42
 */
import { type AreaUnit, defaultRulebook, findUnitsInForce, getAreaLevel, type Issue, isAreaKind, isoDate, type Rule, type Rulebook, type Unit } from '../src/index.js';
import { applyPlan, validatePlan } from '../src/plan/index.js';
import { findVietnamUnit, getReform2025Plan, getVietnam } from '../src/vn/index.js';
import { heading, readLang, t } from './lib/cli.js';

const lang = readLang();
const argv = process.argv.slice(2);
const provinceAt = argv.indexOf('--province');
const newCode = provinceAt >= 0 ? (argv[provinceAt + 1] ?? '44') : '44';

const before = getVietnam('2025-03-01');
const plan = getReform2025Plan();
/**
 * The law without the modifiers of its area standards: the same rules, with the exemption of a unit
 * formed from three or more communes (NQ 76/2025 Art. 5(2)), the exemptions a caller may name, the
 * reductions of NQ 112/2025, the provinces' own household minimums and the ward lines by parent
 * taken out. Nothing is added: what it finds beyond the law is what the modifiers take away.
 */
function withoutModifiers(rulebook: Rulebook): Rulebook {
  const strip = (rule: Rule): Rule => {
    const versions = rule.versions.map((version) => {
      const { wardByParent: _ward, reductions: _reductions, exemptions: _exemptions, provinceOverrides: _overrides, ...params } = version.params as Record<string, unknown>;
      return { ...version, params: rule.type === 'merged-unit-directions' ? { ...params, exemptFromSourceCount: Number.MAX_SAFE_INTEGER } : params };
    });
    return { ...rule, versions } as unknown as Rule;
  };
  return { ...rulebook, rules: rulebook.rules.map(strip) };
}

/** Warnings and infos of the area standards by kind: code, rule and measure. */
function kindsOf(issues: readonly Issue[], severity: Issue['severity']): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const issue of issues) {
    if (issue.severity !== severity || !issue.code.startsWith('plan_area_')) continue;
    const key = [issue.code, issue.ruleId, issue.params?.['measure']].filter((part) => part !== undefined).join(' · ');
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  }
  return kinds;
}
const total = (kinds: Map<string, number>) => [...kinds.values()].reduce((sum, count) => sum + count, 0);

/** Why a kind of warning remains, by code and rule. */
const REASONS: Record<string, [string, string]> = {
  'plan_area_below_standard · merge.merged-unit-directions': [
    'đơn vị hình thành từ 2 đơn vị, chưa đạt định hướng Điều 5 NQ 76/2025; luật giao UBTVQH xem xét (Điều 5 khoản 3)',
    'formed from two units and short of the NQ 76/2025 Art. 5 directions; the law sends these to the Standing Committee (Art. 5(3))',
  ],
  'plan_area_below_standard · merge.admin-unit-merge-criteria': [
    'giữ nguyên (một đơn vị) mà chưa đạt tiêu chuẩn NQ 1211: có thể thuộc diện không sắp xếp theo Điều 3 NQ 76 (vị trí biệt lập, quốc phòng), cần nêu qua `exemptions`',
    'kept whole (one unit) yet short of the NQ 1211 standard: an NQ 76 Art. 3 exemption (isolated, defence) may apply; name it with `exemptions`',
  ],
  'plan_area_below_standard · merge.admin-unit-standard': [
    'tỉnh sau sắp xếp chưa đạt tiêu chuẩn tỉnh (Điều 4 NQ 76/2025)',
    'a merged province short of the province standard (NQ 76/2025 Art. 4)',
  ],
  'plan_area_figure_doubtful · merge.merged-unit-directions': ['số liệu nguồn bị đánh dấu đáng ngờ (data/vn-admin): kiểm tra số liệu', 'a source figure flagged doubtful (data/vn-admin): check the input'],
  'plan_area_figure_doubtful · merge.admin-unit-merge-criteria': ['số liệu nguồn bị đánh dấu đáng ngờ (data/vn-admin): kiểm tra số liệu', 'a source figure flagged doubtful (data/vn-admin): check the input'],
};

heading(t(lang, 'Cải cách 2025: 63 tỉnh → 34, 10.035 xã → 3.321 (hiệu lực 01/7/2025)', 'The 2025 reform: 63 provinces → 34, 10,035 communes → 3,321 (effective 2025-07-01)'));
const everything = { issueLimit: Number.MAX_SAFE_INTEGER };
const unmodified = validatePlan(before, plan, { ...everything, rulebook: withoutModifiers(defaultRulebook) });
const report = validatePlan(before, plan, everything);
const errors = report.issues.filter((issue) => issue.severity === 'error').length;
const warnings = report.issues.filter((issue) => issue.severity === 'warning');
const beforeKinds = kindsOf(unmodified.issues, 'warning');
const afterKinds = kindsOf(report.issues, 'warning');
console.log(t(lang, `${plan.operations.length} thao tác; ${errors} lỗi.`, `${plan.operations.length} operations; ${errors} errors.`));
console.log(t(lang, `Cảnh báo tiêu chuẩn diện tích, dân số khi bỏ các ngoại lệ và mức giảm của luật: ${total(beforeKinds)}`, `Area-standard warnings under the law without its exemptions and reductions: ${total(beforeKinds)}`));
for (const [kind, count] of [...beforeKinds].sort()) console.log(`  ${String(count).padStart(5)}  ${kind}`);
console.log(t(lang, `Cảnh báo khi luật được áp dụng đầy đủ: ${total(afterKinds)}`, `Area-standard warnings under the law as it applies them: ${total(afterKinds)}`));
for (const [kind, count] of [...afterKinds].sort()) {
  const reason = REASONS[kind.split(' · ').slice(0, 2).join(' · ')];
  console.log(`  ${String(count).padStart(5)}  ${kind}${reason === undefined ? '' : `\n         ${t(lang, reason[0], reason[1])}`}`);
}
const infos = kindsOf(report.issues, 'info');
console.log(t(lang, 'Không còn là cảnh báo (thông tin):', 'No longer warnings (infos):'));
for (const issue of report.issues.filter((item) => item.code === 'plan_area_exempt')) {
  console.log(t(lang, `  ${issue.params?.['count']} đơn vị hình thành từ 3 đơn vị cấp xã trở lên: không xét định hướng (Điều 5 khoản 2 NQ 76/2025)`, `  ${issue.params?.['count']} units formed from three or more commune-level units: not measured against the directions (NQ 76/2025 Art. 5(2))`));
}
const openTerrain = [...infos].filter(([kind]) => kind.startsWith('plan_area_terrain_unknown')).reduce((sum, [, count]) => sum + count, 0);
console.log(t(lang, `  ${openTerrain} đơn vị chưa ghi địa hình, chỉ thiếu nếu không phải miền núi, vùng cao: cần số liệu địa hình để kết luận`, `  ${openTerrain} units with no terrain recorded, short only if they are not mountainous or highland: the terrain decides`));

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
const KIND_NAMES: Record<string, readonly [string, string, string]> = { commune: ['xã', 'commune', 'communes'], ward: ['phường', 'ward', 'wards'], 'special-zone': ['đặc khu', 'special zone', 'special zones'] };
const byKind = (english: boolean) =>
  [...kinds].map(([kind, count]) => `${count} ${KIND_NAMES[kind]?.[english ? (count === 1 ? 1 : 2) : 0] ?? kind}`).join(', ');
console.log(t(lang, `  ${newCommunes.length} đơn vị cấp xã (${byKind(false)}), không còn cấp huyện`, `  ${newCommunes.length} commune-level units (${byKind(true)}), no district level`));
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
