import { validatePlan } from '../../plan/index.js';
import type { Block, Command, CommandContext } from '../Command.js';
import { issuesInScope, loadPlanInputs, type PlanInputs, PROVINCE_OPTION, REFORM_OPTION, truncationNote } from './planInputs.js';
import { formatInteger, loadRulebook, plural, RULES_OPTION, unitName } from './shared.js';

/** The heading and lines that say which plan was checked (and for which province). */
export function planHeading(inputs: PlanInputs, context: CommandContext, verb: { vi: string; en: string }): Block[] {
  const { plan, scope } = inputs;
  const { t } = context;
  const count = plan.operations.length;
  const operations = formatInteger(count, context);
  const title = plan.id === undefined ? '' : ` ${plan.id}`;
  const blocks: Block[] = [
    { kind: 'heading', text: t(`${verb.vi} đề án${title}`, `${verb.en} plan${title}`) },
    { kind: 'text', text: t(`Hiệu lực ${plan.effectiveOn}; ${operations} thao tác.`, `Effective ${plan.effectiveOn}; ${operations} ${plural(count, 'operation', 'operations')}.`) },
  ];
  if (scope !== undefined) {
    const from = scope.predecessors.map((unit) => unitName(unit, context)).join(', ');
    // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable: every 2025-07-01 province has a code
    /* v8 ignore next -- every province of the national lists has a code */
    const code = scope.province.code === undefined ? '' : ` (${scope.province.code})`;
    blocks.push({ kind: 'text', text: t(`Chỉ hiện ${unitName(scope.province, context)}${code}, hình thành từ: ${from}.`, `Showing ${unitName(scope.province, context)}${code} only, formed from: ${from}.`) });
  }
  return blocks;
}

/** `tinh-gon validate`: validatePlan. */
export const validateCommand: Command = {
  name: 'validate',
  summary: { vi: 'kiểm tra một đề án sắp xếp trên một cơ cấu', en: 'validate a reorganisation plan against a structure' },
  usage: 'validate <structure.json> <plan.json> | validate --reform-2025 [--province <code|name>]',
  description: {
    vi: 'Kiểm tra đề án (sáp nhập, hợp nhất, chia tách, giải thể, …) theo quy định có hiệu lực vào ngày hiệu lực của đề án:\ntham chiếu, bảo toàn, cấp, khối, tiêu chuẩn diện tích và dân số, biên chế, và cơ cấu sau sắp xếp.\n--reform-2025 kiểm tra cải cách 2025 thật của cả nước; --province chỉ hiện các vấn đề của một tỉnh.',
    en: 'Checks a plan (merge, consolidate, split, dissolve, …) against the law in force on its effective date:\nreferences, conservation, levels, families, area and population standards, staffing, and the structure it leaves.\n--reform-2025 checks the real 2025 reform of the whole country; --province shows one province\'s issues only.',
  },
  options: [REFORM_OPTION, PROVINCE_OPTION, RULES_OPTION],
  usesAsOf: false,
  positionals: [0, 2],
  examples: [
    {
      command: 'tinh-gon validate examples/data/structure.json examples/data/plan-with-errors.json --lang en',
      note: { vi: 'một đề án có lỗi: mã thoát 1, các lỗi được liệt kê', en: 'a plan with errors: exit code 1, the errors listed' },
    },
    {
      command: 'tinh-gon validate --reform-2025 --province 42',
      note: { vi: 'cải cách 2025, chỉ tỉnh Hà Tĩnh', en: 'the 2025 reform, Hà Tĩnh only' },
    },
  ],
  run: async (context) => {
    const inputs = await loadPlanInputs(context);
    const rulebook = await loadRulebook(context);
    const operations = inputs.plan.operations.length;
    // Stryker disable next-line ObjectLiteral,StringLiteral: formatInteger uses en-US for any lang but 'vi', so the English line formats the same without it
    context.progress({ vi: `Đang kiểm tra ${formatInteger(operations, { lang: 'vi' })} thao tác…`, en: `Checking ${formatInteger(operations, { lang: 'en' })} ${plural(operations, 'operation', 'operations')}…` });
    const report = validatePlan(inputs.structure, inputs.plan, { rulebook });
    const shown = { ok: report.ok, issues: issuesInScope(report.issues, inputs.scope) };
    const note = truncationNote(report.issues, inputs.scope, context);
    return {
      failed: !report.ok,
      report: shown,
      data: {
        plan: { id: inputs.plan.id ?? null, effectiveOn: inputs.plan.effectiveOn, operations: inputs.plan.operations.length },
        ...(inputs.scope === undefined ? {} : { province: { id: inputs.scope.province.id, code: inputs.scope.province.code ?? null, name: inputs.scope.province.name.vi } }),
      },
      blocks: [...planHeading(inputs, context, { vi: 'Kiểm tra', en: 'Validation of' }), ...note, { kind: 'report', report: shown }],
    };
  },
};
