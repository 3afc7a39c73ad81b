import { apportion, type ApportionMethod, type TiePolicy } from '../../staffing/index.js';
import { readCells } from '../cells.js';
import { usageError } from '../CliError.js';
import type { Command } from '../Command.js';
import { formatInteger, plural, stringOption } from './shared.js';

const METHODS: readonly ApportionMethod[] = ['hamilton', 'dhondt', 'sainte-lague', 'huntington-hill'];

/** `tinh-gon apportion`: apportion a cut among units from a CSV. */
export const apportionCommand: Command = {
  name: 'apportion',
  summary: { vi: 'phân bổ chỉ tiêu cắt giảm cho các đơn vị (từ CSV)', en: 'apportion a cut among units (from a CSV)' },
  usage: 'apportion <units.csv|units.json|-> --total <N> [--method hamilton] [--weight headcount]',
  description: {
    vi: 'Chia đúng --total suất (người cần giảm) theo trọng số của từng đơn vị: tổng luôn đúng bằng --total.\nCột: id (bắt buộc), name (tùy chọn), headcount (trọng số; đổi bằng --weight), floor và cap (tùy chọn: tối thiểu, tối đa).\nHòa đúng ở suất cuối → lỗi, mã thoát 1, trừ khi có --tie-policy.',
    en: 'Shares exactly --total (people to cut) by each unit\'s weight: the shares always sum to --total.\nColumns: id (required), name (optional), headcount (the weight; another with --weight), floor and cap (optional bounds).\nAn exact tie for the last share → error, exit code 1, unless --tie-policy is given.',
  },
  options: [
    { name: 'total', type: 'string', value: '<N>', help: { vi: 'tổng số cần phân bổ', en: 'the whole number to share out' } },
    { name: 'method', type: 'string', value: METHODS.join('|'), choices: METHODS, help: { vi: 'phương pháp (mặc định hamilton: số dư lớn nhất)', en: 'method (default hamilton: largest remainder)' } },
    { name: 'weight', type: 'string', value: '<column>', help: { vi: 'cột trọng số (mặc định headcount)', en: 'the weight column (default headcount)' } },
    { name: 'tie-policy', type: 'string', value: 'by-order|by-id', choices: ['by-order', 'by-id'], help: { vi: 'giải hòa theo thứ tự dòng hoặc theo id', en: 'resolve exact ties by row order or by id' } },
  ],
  usesAsOf: false,
  positionals: [1, 1],
  examples: [
    {
      command: 'tinh-gon apportion examples/data/units.csv --total 10 --method sainte-lague',
      note: { vi: 'chia 10 suất giảm biên chế cho các đơn vị trong tệp', en: 'shares a cut of 10 among the units of the file' },
    },
  ],
  run: async (context) => {
    const { t } = context;
    const totalText = stringOption(context, 'total');
    // Stryker disable next-line ConditionalExpression: without this test, `/^\d+$/.test(undefined)` tests the string "undefined", which fails, so the same error is thrown
    if (totalText === undefined || !/^\d+$/.test(totalText) || !Number.isSafeInteger(Number(totalText))) {
      throw usageError(`Cần --total là một số nguyên không âm${totalText === undefined ? '' : `, không phải "${totalText}"`}.`, `--total must be a non-negative whole number${totalText === undefined ? '' : `, not "${totalText}"`}.`);
    }
    const source = context.positionals[0] as string;
    const table = await context.inputs.table(source);
    const weightColumn = stringOption(context, 'weight') ?? 'headcount';
    const units = table.rows.map((row) => {
      const cells = readCells(source, table, row);
      cells.required(weightColumn);
      return {
        id: cells.required('id'),
        name: cells.text('name') ?? '',
        weight: cells.count(weightColumn) as number,
        floor: cells.count('floor') ?? 0,
        cap: cells.count('cap') ?? null,
      };
    });
    const method = (stringOption(context, 'method') ?? 'hamilton') as ApportionMethod;
    const tiePolicy = stringOption(context, 'tie-policy') as TiePolicy | undefined;
    const result = apportion(Number(totalText), units.map((unit) => unit.weight), {
      method,
      ids: units.map((unit) => unit.id),
      floors: units.map((unit) => unit.floor),
      caps: units.map((unit) => unit.cap),
      // Stryker disable next-line ConditionalExpression: apportion reads `tiePolicy` only by `=== undefined` checks, so an explicit undefined is the same as none
      ...(tiePolicy === undefined ? {} : { tiePolicy }),
    });
    const heading = { kind: 'heading' as const, text: t(`Phân bổ ${formatInteger(Number(totalText), context)} cho ${units.length} đơn vị (${method})`, `Apportioning ${formatInteger(Number(totalText), context)} among ${units.length} ${plural(units.length, 'unit', 'units')} (${method})`) };
    if (!result.ok) return { failed: true, report: result, data: {}, blocks: [heading, { kind: 'report', report: result }] };
    const { shares } = result.value;
    return {
      failed: false,
      report: result,
      data: { apportionment: result.value, units: units.map((unit, index) => ({ id: unit.id, weight: unit.weight, share: shares[index] })) },
      blocks: [
        heading,
        {
          kind: 'table',
          header: ['id', t('Tên', 'Name'), t('Trọng số', 'Weight'), t('Phân bổ', 'Share')],
          rows: [
            ...units.map((unit, index) => [unit.id, unit.name, formatInteger(unit.weight, context), formatInteger(shares[index] as number, context)]),
            [t('Tổng', 'Total'), '', formatInteger(units.reduce((sum, unit) => sum + unit.weight, 0), context), formatInteger(result.value.total, context)],
          ],
        },
        { kind: 'report', report: result },
      ],
    };
  },
};
