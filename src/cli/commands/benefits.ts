import { STAFF_CATEGORY_LIST } from '../../model/index.js';
import { type Leaver, type LeavingGroup, totalLeavingBenefits } from '../../staffing/index.js';
import { readCells } from '../cells.js';
import type { Command } from '../Command.js';
import { formatInteger, loadRulebook, RULES_OPTION } from './shared.js';

const GROUPS: readonly LeavingGroup[] = ['reorganisation', 'restructuring', 'not-reelected', 'streamlining'];

/** `tinh-gon benefits`: the cost of leavers from a CSV. */
export const benefitsCommand: Command = {
  name: 'benefits',
  summary: { vi: 'tính chế độ cho người nghỉ (từ CSV)', en: 'cost the benefits of people who leave (from a CSV)' },
  usage: 'benefits <leavers.csv|leavers.json|->',
  description: {
    vi: 'Chế độ nghỉ hưu trước tuổi hoặc thôi việc của từng người theo nghị định có hiệu lực vào ngày nghỉ (NĐ 178/2024, NĐ 67/2025, …),\ntính bằng tháng lương và đồng, và tổng. Một dòng mỗi người; cột (tên trường của Leaver):\n  personId, kind (early-retirement|resignation), group, category, monthlySalary, averageMonthlySalary,\n  leavingDate, decisionDate, monthsToRetirement, annex (I|II), annexIIConditionsMet, insuranceMonths, severanceMonths.\nBắt buộc: kind, category, monthlySalary, leavingDate, insuranceMonths. Tiền là đồng, số nguyên, không dấu phân cách.',
    en: 'The early-retirement or resignation benefits of each person under the decree in force on the day they leave\n(NĐ 178/2024, NĐ 67/2025, …), in salary-months and đồng, and the total. One row per person; columns (Leaver fields):\n  personId, kind (early-retirement|resignation), group, category, monthlySalary, averageMonthlySalary,\n  leavingDate, decisionDate, monthsToRetirement, annex (I|II), annexIIConditionsMet, insuranceMonths, severanceMonths.\nRequired: kind, category, monthlySalary, leavingDate, insuranceMonths. Money is whole đồng, digits only.',
  },
  options: [RULES_OPTION],
  usesAsOf: false,
  positionals: [1, 1],
  examples: [
    {
      command: 'tinh-gon benefits examples/data/leavers.csv --lang en',
      note: { vi: 'chế độ của những người trong tệp', en: 'the benefits of the people in the file' },
    },
  ],
  run: async (context) => {
    const { t } = context;
    const source = context.positionals[0] as string;
    const table = await context.inputs.table(source);
    const leavers = table.rows.map((row): Leaver => {
      const cells = readCells(source, table, row);
      // Stryker disable next-line ConditionalExpression: totalLeavingBenefits reads the optional Leaver fields by value only (no `in`, no key listing), so an explicit undefined is the same as none
      const optional = <K extends keyof Leaver>(key: K, value: Leaver[K] | undefined) => (value === undefined ? {} : { [key]: value });
      cells.required('kind');
      cells.required('category');
      cells.required('monthlySalary');
      cells.required('leavingDate');
      cells.required('insuranceMonths');
      return {
        ...optional('personId', cells.text('personId')),
        kind: cells.choice('kind', ['early-retirement', 'resignation'] as const) as Leaver['kind'],
        ...optional('group', cells.choice('group', GROUPS)),
        category: cells.choice('category', STAFF_CATEGORY_LIST) as Leaver['category'],
        monthlySalary: cells.count('monthlySalary') as number,
        ...optional('averageMonthlySalary', cells.count('averageMonthlySalary')),
        leavingDate: cells.date('leavingDate') as Leaver['leavingDate'],
        ...optional('decisionDate', cells.date('decisionDate')),
        ...optional('monthsToRetirement', cells.count('monthsToRetirement')),
        ...optional('annex', cells.choice('annex', ['I', 'II'] as const)),
        ...optional('annexIIConditionsMet', cells.flag('annexIIConditionsMet')),
        insuranceMonths: cells.count('insuranceMonths') as number,
        ...optional('severanceMonths', cells.count('severanceMonths')),
      } as Leaver;
    });
    const rulebook = await loadRulebook(context);
    const result = totalLeavingBenefits(leavers, { rulebook });
    const heading = { kind: 'heading' as const, text: t(`Chế độ của ${leavers.length} người nghỉ`, `Benefits of ${leavers.length} ${leavers.length === 1 ? 'leaver' : 'leavers'}`) };
    if (!result.ok) return { failed: true, report: result, data: {}, blocks: [heading, { kind: 'report', report: result }] };
    const money = (amount: number) => `${formatInteger(amount, context)} ${t('đ', 'VND')}`;
    const months = (text: string) => (context.lang === 'vi' ? text.replace('.', ',') : text);
    return {
      failed: false,
      report: result,
      data: { benefits: result.value },
      blocks: [
        heading,
        {
          kind: 'table',
          header: [t('Người', 'Person'), t('Hình thức', 'Kind'), t('Căn cứ', 'Rule'), t('Tháng lương', 'Salary-months'), t('Số tiền', 'Amount')],
          rows: [
            ...result.value.people.map((person, index) => [
              person.personId ?? String(index + 1),
              (leavers[index] as Leaver).kind,
              person.ruleId,
              months(person.salaryMonths),
              money(person.total),
            ]),
            [t('Tổng', 'Total'), '', '', months(result.value.salaryMonths), money(result.value.total)],
          ],
        },
        { kind: 'report', report: result },
      ],
    };
  },
};
