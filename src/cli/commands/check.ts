import { validateStructure } from '../../structure/index.js';
import type { Command } from '../Command.js';
import { loadRulebook, loadStructure, plural, reportAnswer, RULES_OPTION } from './shared.js';

/** `tinh-gon check`: validateStructure on a date. */
export const checkCommand: Command = {
  name: 'check',
  summary: { vi: 'kiểm tra một cơ cấu tổ chức theo quy định của một ngày', en: 'check a structure against the law of a date' },
  usage: 'check <structure.json|-> [--as-of YYYY-MM-DD]',
  description: {
    vi: 'Đọc một cơ cấu (JSON theo schemas/structure.schema.json) và kiểm tra: tham chiếu, vòng lặp cấp trên,\nloại đơn vị không còn tồn tại vào ngày đó (không còn cấp huyện từ 01/7/2025), cấp trên sai loại, biên chế vượt định mức.',
    en: 'Reads a structure (JSON, see schemas/structure.schema.json) and checks it: references, parent cycles,\nkinds that do not exist on the date (no district level from 2025-07-01), parents of the wrong kind, staff above quota.',
  },
  options: [RULES_OPTION],
  usesAsOf: true,
  positionals: [1, 1],
  examples: [
    {
      command: 'tinh-gon check examples/data/structure.json --as-of 2025-07-01',
      note: { vi: 'thành phố trong ví dụ sau 01/7/2025: cấp huyện không còn → lỗi, mã thoát 1', en: 'the sample city after 2025-07-01: no district level → errors, exit 1' },
    },
  ],
  run: async (context) => {
    const structure = await loadStructure(context, context.positionals[0] as string);
    const rulebook = await loadRulebook(context);
    const report = validateStructure(structure, { asOf: context.asOf, rulebook });
    return reportAnswer(report, [{ kind: 'heading', text: context.t(`Kiểm tra cơ cấu: ${structure.units.length} đơn vị`, `Structure check: ${structure.units.length} ${plural(structure.units.length, 'unit', 'units')}`) }]);
  },
};
