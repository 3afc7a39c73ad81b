import type { IsoDate } from '../../core/index.js';
import type { AreaUnit, Structure } from '../../model/index.js';
import type { Plan } from '../../plan/index.js';
import { getOmittedCounts, ISSUE_LIMIT, type Issue } from '../../report/index.js';
import { findReformPredecessors, findReformSuccessors, findVietnamUnit, findVietnamUnitsByName, getReform2025Plan, getVietnam } from '../../vn/index.js';
import { usageError } from '../CliError.js';
import type { Block, CommandContext, OptionSpec } from '../Command.js';
import { loadPlan, loadStructure, plural, stringOption } from './shared.js';

/** `--reform-2025`: the real 2025 reform of tinh-gon/vn instead of two files. */
export const REFORM_OPTION: OptionSpec = {
  name: 'reform-2025',
  type: 'boolean',
  help: { vi: 'dùng đề án cải cách 2025 thật (63→34 tỉnh) trên danh sách 01/3/2025, thay cho hai tệp', en: 'use the real 2025 reform (63→34 provinces) on the 2025-03-01 list instead of two files' },
};

/** `--province`: one province of the reform, by its 2025-07-01 code or name. */
export const PROVINCE_OPTION: OptionSpec = {
  name: 'province',
  type: 'string',
  value: '<code|name>',
  help: { vi: 'với --reform-2025: chỉ hiện một tỉnh (mã hoặc tên từ 01/7/2025, ví dụ 42 hoặc "ha tinh")', en: 'with --reform-2025: show one province only (code or name from 2025-07-01, e.g. 42 or "ha tinh")' },
};

/** A province of the reform and every unit of it, before and after. */
export interface ProvinceScope {
  readonly province: AreaUnit;
  readonly predecessors: readonly AreaUnit[];
  readonly unitIds: ReadonlySet<string>;
}

/** The structure and plan a plan command works on, and the province it is narrowed to. */
export interface PlanInputs {
  readonly structure: Structure;
  readonly plan: Plan;
  readonly scope?: ProvinceScope;
}

const REFORM_DAY = '2025-07-01' as IsoDate;
const isProvince = (unit: AreaUnit) => unit.kind === 'province' || unit.kind === 'centrally-run-city';

/** The 2025-07-01 province a `--province` value names: a code, or a name of either list (an old province gives its successor). */
export function findReformProvince(text: string): AreaUnit {
  const byCode = /^\d{1,2}$/.test(text) ? findVietnamUnit(text.padStart(2, '0'), REFORM_DAY) : undefined;
  if (byCode !== undefined) return byCode;
  const byName = findVietnamUnitsByName(text).filter(isProvince);
  // Stryker disable next-line ArrowFunction,MethodExpression,OptionalChaining: each 2025-07-01 province has a namesake of its kind in the 2025-03-01 list, found first, that merges into it, and every old province has a successor
  const current = byName.find((unit) => unit.id.startsWith('vn-2025-07:')) ?? (byName[0] === undefined ? undefined : findReformSuccessors(byName[0].id)[0]?.after);
  if (current === undefined) {
    throw usageError(
      `Không có tỉnh "${text}" sau 01/7/2025: dùng mã (ví dụ 42) hoặc tên không dấu (ví dụ "ha tinh"); tra cứu bằng: tinh-gon lookup "<tên>".`,
      `No province "${text}" after 2025-07-01: use its code (e.g. 42) or its name without diacritics (e.g. "ha tinh"); look it up with: tinh-gon lookup "<name>".`,
    );
  }
  return current;
}

function provinceScope(province: AreaUnit, before: Structure): ProvinceScope {
  const predecessors = findReformPredecessors(province.id).map((transfer) => transfer.before);
  const unitIds = new Set<string>([province.id, ...predecessors.map((unit) => unit.id)]);
  // two levels below each old province (districts, then communes); one below the new one
  // Stryker disable next-line EqualityOperator,ConditionalExpression: the 2025-03-01 list is two levels deep below a province, so a third pass adds nothing, and `Set.has(undefined)` is false
  for (let pass = 0; pass < 2; pass += 1) for (const unit of before.units) if (unit.parentId !== undefined && unitIds.has(unit.parentId)) unitIds.add(unit.id);
  for (const unit of getVietnam('2025-07-01').units) if (unit.parentId === province.id) unitIds.add(unit.id);
  return { province, predecessors, unitIds };
}

/** Reads the structure and plan: two files, or `--reform-2025` (with `--province`). */
export async function loadPlanInputs(context: CommandContext): Promise<PlanInputs> {
  const provinceText = stringOption(context, 'province');
  if (context.options['reform-2025'] === true) {
    if (context.positionals.length > 0) throw usageError('--reform-2025 thay cho hai tệp: bỏ các tệp đi.', '--reform-2025 replaces the two files: leave them out.');
    context.progress({ vi: 'Đang đọc danh sách đơn vị hành chính 01/3/2025 và đề án cải cách 2025…', en: 'Reading the 2025-03-01 national list and the 2025 reform plan…' });
    const structure = getVietnam('2025-03-01');
    const plan = getReform2025Plan();
    const scope = provinceText === undefined ? undefined : provinceScope(findReformProvince(provinceText), structure);
    return { structure, plan, ...(scope === undefined ? {} : { scope }) };
  }
  if (provinceText !== undefined) throw usageError('--province chỉ dùng với --reform-2025.', '--province works only with --reform-2025.');
  if (context.positionals.length !== 2) {
    throw usageError('Cần hai tệp: <structure.json> <plan.json> (hoặc --reform-2025).', 'Two files are needed: <structure.json> <plan.json> (or --reform-2025).');
  }
  const [structureSource, planSource] = context.positionals as [string, string];
  const structure = await loadStructure(context, structureSource);
  const plan = await loadPlan(context, planSource);
  return { structure, plan };
}

/**
 * The issues about the scope's units (and those about no unit), or all of them without a scope.
 * Narrowed to a province, the closing `issues_truncated` of a capped national report is left out
 * (its counts are the whole country's): {@link truncationNote} says it instead.
 */
export function issuesInScope(issues: readonly Issue[], scope: ProvinceScope | undefined): readonly Issue[] {
  if (scope === undefined) return issues;
  return issues.filter(
    (issue) =>
      getOmittedCounts(issue) === undefined &&
      (issue.unitIds === undefined || issue.unitIds.length === 0 || issue.unitIds.some((id) => scope.unitIds.has(id))),
  );
}

/** A line saying that a national report was capped, so a province's list may be incomplete. */
export function truncationNote(issues: readonly Issue[], scope: ProvinceScope | undefined, context: CommandContext): Block[] {
  if (scope === undefined) return [];
  const omitted = issues.map(getOmittedCounts).find((counts) => counts !== undefined);
  // the 2025 reform's report is under the cap today: no note
  if (omitted === undefined) return [];
  const total = omitted.error + omitted.warning + omitted.info;
  return [
    {
      kind: 'text',
      text: context.t(
        `Lưu ý: báo cáo toàn quốc giữ ${ISSUE_LIMIT} vấn đề đầu tiên; ${total} vấn đề khác (${omitted.error} lỗi, ${omitted.warning} cảnh báo, ${omitted.info} thông tin) không được liệt kê, nên danh sách của tỉnh có thể thiếu.`,
        `Note: the national report keeps the first ${ISSUE_LIMIT} issues; ${total} more (${omitted.error} ${plural(omitted.error, 'error', 'errors')}, ${omitted.warning} ${plural(omitted.warning, 'warning', 'warnings')}, ${omitted.info} ${plural(omitted.info, 'info', 'infos')}) ${plural(total, 'was', 'were')} left out, so this province's list may be incomplete.`,
      ),
    },
  ];
}
