import { applyPlan } from '../../plan/index.js';
import type { Command } from '../Command.js';
import { loadPlanInputs, REFORM_OPTION } from './planInputs.js';
import { formatInteger, loadRulebook, plural, RULES_OPTION } from './shared.js';
import { planHeading } from './validate.js';

/** `tinh-gon apply`: applyPlan; the structure after the plan in `--format json`. */
export const applyCommand: Command = {
  name: 'apply',
  summary: { vi: 'áp dụng một đề án: cơ cấu sau sắp xếp', en: 'apply a plan: the structure it leaves' },
  usage: 'apply <structure.json> <plan.json> [--format json] | apply --reform-2025',
  description: {
    vi: 'Kiểm tra rồi áp dụng đề án. Dạng text đếm các đơn vị kết thúc, bắt đầu, tiếp tục; --format json cho\n{ structure, events }: cơ cấu sau sắp xếp (đọc lại được bằng check, validate) và các thay đổi. Có lỗi → mã thoát 1, không có cơ cấu.',
    en: 'Validates, then applies the plan. Text counts the units ended, started and continued; --format json gives\n{ structure, events }: the structure after the plan (readable again by check and validate) and the changes. Errors → exit 1, no structure.',
  },
  options: [REFORM_OPTION, RULES_OPTION],
  usesAsOf: false,
  positionals: [0, 2],
  examples: [
    {
      command: "tinh-gon apply examples/data/structure.json examples/data/merge-plan.json --format json | jq '.structure' > after.json",
      note: { vi: 'ghi cơ cấu sau sắp xếp vào after.json', en: 'writes the structure after the plan to after.json' },
    },
  ],
  run: async (context) => {
    const inputs = await loadPlanInputs(context);
    const rulebook = await loadRulebook(context);
    context.progress({ vi: 'Đang áp dụng đề án…', en: 'Applying the plan…' });
    const result = applyPlan(inputs.structure, inputs.plan, { rulebook });
    const heading = planHeading(inputs, context, { vi: 'Áp dụng', en: 'Applying' });
    if (!result.ok) return { failed: true, report: result, data: {}, blocks: [...heading, { kind: 'report', report: result }] };
    const { structure, events } = result.value;
    const count = (change: string) => formatInteger(events.filter((event) => event.change === change).length, context);
    const ended = events.filter((event) => event.change === 'ended').length;
    const units = structure.units.length;
    return {
      failed: false,
      report: result,
      data: { structure, events },
      blocks: [
        ...heading,
        {
          kind: 'text',
          text: context.t(
            `${count('ended')} đơn vị kết thúc, ${count('started')} bắt đầu, ${count('continued')} tiếp tục; cơ cấu mới có ${formatInteger(structure.units.length, context)} đơn vị (--format json để lấy cơ cấu).`,
            `${count('ended')} ${plural(ended, 'unit', 'units')} ended, ${count('started')} started, ${count('continued')} continued; the new structure has ${formatInteger(units, context)} ${plural(units, 'unit', 'units')} (--format json for the structure).`,
          ),
        },
        { kind: 'report', report: result },
      ],
    };
  },
};
