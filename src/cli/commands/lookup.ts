import type { AreaUnit } from '../../model/index.js';
import { findReformPredecessors, findReformSuccessors, findVietnamUnit, findVietnamUnitsByName, getVietnam } from '../../vn/index.js';
import type { Block, Command, CommandContext } from '../Command.js';
import { formatNumber, kindLabel } from './shared.js';

function parentOf(unit: AreaUnit): AreaUnit | undefined {
  if (unit.parentId === undefined || unit.parentId === 'vn') return undefined;
  const edition = unit.id.startsWith('vn-2025-03:') ? '2025-03-01' : '2025-07-01';
  return getVietnam(edition).units.find((candidate) => candidate.id === unit.parentId) as AreaUnit | undefined;
}

function describe(unit: AreaUnit, context: CommandContext): { blocks: Block[]; data: Record<string, unknown> } {
  const { t } = context;
  const before = unit.id.startsWith('vn-2025-03:');
  const parents: AreaUnit[] = [];
  for (let parent = parentOf(unit); parent !== undefined; parent = parentOf(parent)) parents.push(parent);
  const transfers = before ? findReformSuccessors(unit.id) : findReformPredecessors(unit.id);
  const other = (transfer: (typeof transfers)[number]) => (before ? transfer.after : transfer.before);
  const partial = t(' (một phần)', ' (in part)');
  // the country is the root of both lists, and the reform did not move it
  const country = unit.kind === 'country';
  const list = country
    ? t('cả hai danh sách (01/3/2025 và 01/7/2025)', 'both lists (2025-03-01 and 2025-07-01)')
    : before
      ? t('danh sách 01/3/2025 (đến 30/6/2025)', 'the 2025-03-01 list (until 2025-06-30)')
      : t('danh sách 01/7/2025', 'the 2025-07-01 list');
  const reformLine = before
    ? transfers.length === 0
      ? t('Cải cách 2025: giải thể (không còn cấp huyện).', 'The 2025 reform: dissolved (no district level).')
      : t('Cải cách 2025: sáp nhập vào ', 'The 2025 reform: went into ') + transfers.map((transfer) => `${other(transfer).name.vi} (${other(transfer).code})${transfer.transfer === 'partial' ? partial : ''}`).join(', ')
    : /* v8 ignore next 2 -- every unit of 2025-07-01 has a predecessor in the shipped mapping */
      transfers.length === 0
      ? t('Cải cách 2025: không có đơn vị tiền thân trong dữ liệu.', 'The 2025 reform: no predecessor in the data.')
      : t('Cải cách 2025: hình thành từ ', 'The 2025 reform: formed from ') + transfers.map((transfer) => `${other(transfer).name.vi} (${other(transfer).code})${transfer.transfer === 'partial' ? partial : ''}`).join(', ');
  return {
    blocks: [
      { kind: 'heading', text: unit.code === undefined ? unit.name.vi : `${unit.name.vi} (${unit.code})` },
      {
        kind: 'table',
        header: [t('Trường', 'Field'), t('Giá trị', 'Value')],
        rows: [
          ['id', unit.id],
          [t('Loại', 'Kind'), kindLabel(unit.kind, context)],
          [t('Thuộc', 'Within'), parents.map((parent) => parent.name.vi).join(', ') || '—'],
          [t('Nguồn', 'List'), list],
          ...(unit.population === undefined ? [] : [[t('Dân số', 'Population'), formatNumber(unit.population, context)]]),
          ...(unit.areaKm2 === undefined ? [] : [[t('Diện tích (km²)', 'Area (km²)'), formatNumber(unit.areaKm2, context)]]),
        ],
      },
      ...(country ? [] : [{ kind: 'text', text: reformLine } as const]),
    ],
    data: {
      unit,
      within: parents.map((parent) => parent.id),
      [before ? 'successors' : 'predecessors']: transfers.map((transfer) => ({ id: other(transfer).id, code: other(transfer).code, name: other(transfer).name.vi, transfer: transfer.transfer })),
    },
  };
}

/** `tinh-gon lookup`: a real unit by code or name, with its reform predecessors or successors. */
export const lookupCommand: Command = {
  name: 'lookup',
  summary: { vi: 'tra cứu đơn vị hành chính thật theo mã hoặc tên (không dấu cũng được)', en: 'look up a real unit by code or by name (diacritics optional)' },
  usage: 'lookup <code|name> [--as-of YYYY-MM-DD]',
  description: {
    vi: 'Tìm tỉnh, huyện, xã trong danh sách quốc gia đi kèm (01/3/2025 và 01/7/2025) theo mã thống kê (2, 3 hoặc 5 chữ số,\nđọc vào --as-of, mặc định hôm nay) hoặc theo tên (không phân biệt hoa thường, dấu; theo tên thì tìm cả hai danh sách\ntrừ khi có --as-of), cùng với nơi nó đi vào hoặc được hình thành từ trong cải cách 2025. Không tìm thấy → mã thoát 1.',
    en: 'Finds a province, district or commune in the shipped national lists (2025-03-01 and 2025-07-01) by statistics code\n(2, 3 or 5 digits, read on --as-of, default today) or by name (case and diacritics ignored; a name searches both lists\nunless --as-of is given), with where it went or what it was formed from in the 2025 reform. Nothing found → exit code 1.',
  },
  options: [],
  usesAsOf: true,
  positionals: [1, 1],
  examples: [
    { command: 'tinh-gon lookup "ky anh"', note: { vi: 'Huyện Kỳ Anh, Thị xã Kỳ Anh (2025-03-01) và Xã Kỳ Anh (2025-07-01)', en: 'Huyện Kỳ Anh, Thị xã Kỳ Anh (2025-03-01) and Xã Kỳ Anh (2025-07-01)' } },
    { command: 'tinh-gon lookup 44 --as-of 2025-06-30', note: { vi: 'mã 44 trước cải cách: Tỉnh Quảng Bình', en: 'code 44 before the reform: Tỉnh Quảng Bình' } },
  ],
  run: async (context) => {
    const query = (context.positionals[0] as string).trim();
    const byCode = /^\d+$/.test(query);
    const found = byCode
      ? [findVietnamUnit(query, context.asOf)].filter((unit) => unit !== undefined)
      : findVietnamUnitsByName(query, context.asOfIsToday ? {} : { asOf: context.asOf });
    // a unit in both lists (the country) is shown once
    const units = [...new Map(found.map((unit) => [unit.id, unit])).values()];
    const described = units.map((unit) => describe(unit, context));
    const notFound = context.t(
      `Không tìm thấy "${query}"${/^\d+$/.test(query) ? ` vào ${context.asOf} (danh sách có từ 2025-03-01)` : ''}. Tên cần đầy đủ (ví dụ "ky anh", "thi xa ky anh").`,
      `Nothing found for "${query}"${/^\d+$/.test(query) ? ` on ${context.asOf} (the lists start on 2025-03-01)` : ''}. Names are whole names (e.g. "ky anh", "thi xa ky anh").`,
    );
    return {
      failed: units.length === 0,
      statesAsOf: byCode || !context.asOfIsToday,
      data: { query, units: described.map((entry) => entry.data) },
      blocks: units.length === 0 ? [{ kind: 'text', text: notFound }] : described.flatMap((entry) => entry.blocks),
    };
  },
};
