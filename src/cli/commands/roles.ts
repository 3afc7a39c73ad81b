import { checkConcurrentRoles } from '../../roles/index.js';
import type { Command } from '../Command.js';
import { loadRulebook, loadStructure, plural, reportAnswer, RULES_OPTION } from './shared.js';

/** `tinh-gon roles`: checkConcurrentRoles on a date. */
export const rolesCommand: Command = {
  name: 'roles',
  summary: { vi: 'kiểm tra kiêm nhiệm (một người giữ nhiều chức vụ) theo quy định', en: 'audit concurrent roles (kiêm nhiệm) against the rules' },
  usage: 'roles <structure.json|-> [--as-of YYYY-MM-DD] [--min-severity error|warning|info]',
  description: {
    vi: 'Với mỗi người giữ nhiều chức vụ vào ngày đó: tổ hợp bị cấm → lỗi; vượt số chức vụ chủ chốt → lỗi;\ntổ hợp chưa có quy định → cảnh báo; tổ hợp được khuyến khích, thí điểm, cho phép → thông tin, kèm căn cứ.',
    en: 'For everyone holding several posts on the date: a forbidden combination → error; a cap exceeded → error;\na combination no rule mentions → warning; encouraged, pilot, permitted ones → info, with the basis.',
  },
  options: [
    {
      name: 'min-severity',
      type: 'string',
      value: 'error|warning|info',
      choices: ['error', 'warning', 'info'],
      help: { vi: 'chỉ báo từ mức này trở lên (mặc định info)', en: 'report only this severity and above (default info)' },
    },
    RULES_OPTION,
  ],
  usesAsOf: true,
  positionals: [1, 1],
  examples: [
    {
      command: 'tinh-gon roles examples/data/structure.json --as-of 2020-07-23 --min-severity warning',
      note: { vi: 'chỉ các cảnh báo và lỗi kiêm nhiệm', en: 'only the warnings and errors' },
    },
  ],
  run: async (context) => {
    const structure = await loadStructure(context, context.positionals[0] as string);
    const rulebook = await loadRulebook(context);
    const minSeverity = context.options['min-severity'] as 'error' | 'warning' | 'info' | undefined;
    context.progress({ vi: 'Đang kiểm tra kiêm nhiệm…', en: 'Checking concurrent roles…' });
    // Stryker disable next-line ConditionalExpression: checkConcurrentRoles defaults `minSeverity` by destructuring, which replaces an explicit undefined too
    const report = checkConcurrentRoles(structure, { asOf: context.asOf, rulebook, ...(minSeverity === undefined ? {} : { minSeverity }) });
    // Stryker disable next-line ArrayDeclaration: parseStructure defaults `assignments` to [], so the fallback is never used
    const holders = new Set((structure.assignments ?? []).map((assignment) => assignment.personId)).size;
    return reportAnswer(report, [{ kind: 'heading', text: context.t(`Kiêm nhiệm: ${holders} người giữ chức vụ`, `Concurrent roles: ${holders} ${plural(holders, 'person', 'people')} holding posts`) }]);
  },
};
