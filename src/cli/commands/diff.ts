import type { Unit } from '../../model/index.js';
import { applyPlan, type PlanEvent } from '../../plan/index.js';
import type { Command } from '../Command.js';
import { issuesInScope, loadPlanInputs, PROVINCE_OPTION, REFORM_OPTION, truncationNote } from './planInputs.js';
import { formatInteger, loadRulebook, plural, RULES_OPTION, unitName } from './shared.js';
import { planHeading } from './validate.js';

const CHANGE = {
  ended: { vi: 'kết thúc', en: 'ends' },
  started: { vi: 'bắt đầu', en: 'starts' },
  continued: { vi: 'thay đổi', en: 'changes' },
} as const;

/** `tinh-gon diff`: what a plan ends, starts and changes. */
export const diffCommand: Command = {
  name: 'diff',
  summary: { vi: 'đề án làm gì: đơn vị nào kết thúc, bắt đầu, thay đổi', en: 'what a plan ends, starts and changes' },
  usage: 'diff <structure.json> <plan.json> | diff --reform-2025 [--province <code|name>]',
  description: {
    vi: 'Áp dụng đề án và liệt kê từng thay đổi: đơn vị kết thúc (và đi vào đâu), bắt đầu (và hình thành từ đâu),\nthay đổi (đổi tên, chuyển, tiếp nhận). Có lỗi → chỉ in các lỗi, mã thoát 1.',
    en: 'Applies the plan and lists each change: units that end (and where they go), start (and what they are formed\nfrom), change (renamed, transferred, absorbing others). Errors → only the errors, exit code 1.',
  },
  options: [REFORM_OPTION, PROVINCE_OPTION, RULES_OPTION],
  usesAsOf: false,
  positionals: [0, 2],
  examples: [
    {
      command: 'tinh-gon diff --reform-2025 --province "ha tinh" --format md > ha-tinh.md',
      note: { vi: 'các xã của Hà Tĩnh trước và sau 01/7/2025, dạng Markdown', en: "Hà Tĩnh's communes before and after 2025-07-01, as Markdown" },
    },
  ],
  run: async (context) => {
    const inputs = await loadPlanInputs(context);
    const rulebook = await loadRulebook(context);
    context.progress({ vi: 'Đang áp dụng đề án…', en: 'Applying the plan…' });
    const result = applyPlan(inputs.structure, inputs.plan, { rulebook });
    const heading = planHeading(inputs, context, { vi: 'Thay đổi của', en: 'Changes of' });
    if (!result.ok) {
      const shown = { ok: false, issues: issuesInScope(result.issues, inputs.scope) };
      return { failed: true, report: shown, data: {}, blocks: [...heading, ...truncationNote(result.issues, inputs.scope, context), { kind: 'report', report: shown }] };
    }
    const units = new Map<string, Unit>();
    for (const unit of inputs.structure.units) units.set(unit.id, unit);
    for (const unit of result.value.structure.units) if (!units.has(unit.id)) units.set(unit.id, unit);
    const scope = inputs.scope;
    const events = result.value.events.filter((event: PlanEvent) => scope === undefined || scope.unitIds.has(event.unitId));
    const name = (id: string) => unitName(units.get(id), context);
    const { t } = context;
    const number = (change: PlanEvent['change']) => events.filter((event) => event.change === change).length;
    const count = (change: PlanEvent['change']) => formatInteger(number(change), context);
    // English verbs agree with the count: 1 unit ends, 2 units end
    const [ended, started, continued] = [number('ended'), number('started'), number('continued')];
    const en = `${count('ended')} ${plural(ended, 'unit ends', 'units end')}, ${count('started')} ${plural(started, 'unit starts', 'units start')}, ${count('continued')} ${plural(continued, 'unit changes', 'units change')}.`;
    return {
      failed: false,
      report: result,
      data: { events },
      blocks: [
        ...heading,
        { kind: 'text', text: t(`${count('ended')} đơn vị kết thúc, ${count('started')} bắt đầu, ${count('continued')} thay đổi.`, en) },
        {
          kind: 'table',
          header: [t('Thay đổi', 'Change'), t('Đơn vị', 'Unit'), t('Thao tác', 'Operation'), t('Từ / vào', 'From / into')],
          rows: events.map((event) => [
            CHANGE[event.change][context.lang],
            `${name(event.unitId)} (${event.unitId})`,
            event.operation,
            [...(event.from ?? []).map((id) => `← ${name(id)}`), ...(event.into ?? []).map((id) => `→ ${name(id)}`)].join(', '),
          ]),
        },
        ...truncationNote(result.issues, scope, context),
        { kind: 'report', report: { ok: true, issues: issuesInScope(result.issues, scope) } },
      ],
    };
  },
};
