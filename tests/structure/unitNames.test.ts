import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import type { Structure, UnitName } from '../../src/model/index.js';
import { createIssue, createIssueCollector } from '../../src/report/index.js';
import { validateStructure } from '../../src/structure/index.js';
import { STRUCTURE_UNIT_PARAMS, namingCollector, unitNameLabels } from '../../src/structure/unitNames.js';

const NAMES: Readonly<Record<string, UnitName>> = {
  tp: { vi: 'Thành phố Cẩm Phả', en: 'Cam Pha City' },
  x: { vi: 'Xã Cộng Hòa' },
};
const nameOf = (id: string): UnitName | undefined => NAMES[id];

describe('unitNameLabels: the units a message names by id, shown by name and id', () => {
  it('labels each id param it is given whose unit is known, in English by the English name where there is one', () => {
    expect(unitNameLabels({ unitId: 'x', parentId: 'tp', areaId: 'nowhere', kind: 'commune' }, STRUCTURE_UNIT_PARAMS, nameOf)).toEqual({
      unitId: { vi: 'Xã Cộng Hòa (x)', en: 'Xã Cộng Hòa (x)' },
      parentId: { vi: 'Thành phố Cẩm Phả (tp)', en: 'Cam Pha City (tp)' },
    });
    expect(unitNameLabels({ parentAreaId: 'tp' }, STRUCTURE_UNIT_PARAMS, nameOf)).toEqual({ parentAreaId: { vi: 'Thành phố Cẩm Phả (tp)', en: 'Cam Pha City (tp)' } });
  });

  it('reads only the keys it is given', () => {
    expect(unitNameLabels({ unitId: 'x', otherId: 'tp' }, ['otherId'], nameOf)).toEqual({ otherId: { vi: 'Thành phố Cẩm Phả (tp)', en: 'Cam Pha City (tp)' } });
  });

  it('leaves alone a key the issue labels itself, a unitId the issue names itself, a value that is not a string, and unknown ids', () => {
    expect(unitNameLabels({ unitId: 'x', parentId: 'tp' }, STRUCTURE_UNIT_PARAMS, nameOf, { unitId: 'x' })).toEqual({
      parentId: { vi: 'Thành phố Cẩm Phả (tp)', en: 'Cam Pha City (tp)' },
    });
    expect(unitNameLabels({ unitId: 'x', unitName: { vi: 'Xã Cộng Hòa', en: 'Cong Hoa' } }, STRUCTURE_UNIT_PARAMS, nameOf)).toBeUndefined();
    // the name the issue gives is the unitId's: another unit of the same issue is still named
    expect(unitNameLabels({ unitId: 'x', unitName: { vi: 'Xã Cộng Hòa', en: 'Cong Hoa' }, parentId: 'tp' }, STRUCTURE_UNIT_PARAMS, nameOf)).toEqual({
      parentId: { vi: 'Thành phố Cẩm Phả (tp)', en: 'Cam Pha City (tp)' },
    });
    expect(unitNameLabels({ unitId: 7, areaId: ['x'] }, STRUCTURE_UNIT_PARAMS, () => NAMES.x)).toBeUndefined();
    expect(unitNameLabels({ unitId: 'nowhere' }, STRUCTURE_UNIT_PARAMS, nameOf)).toBeUndefined();
    expect(unitNameLabels({}, STRUCTURE_UNIT_PARAMS, nameOf)).toBeUndefined();
  });
});

describe('namingCollector: the first issues named, the rest passed on as they are', () => {
  it('names the units of the first `limit` issues it adds, then passes the others unlabelled', () => {
    const inner = createIssueCollector();
    const collector = namingCollector(inner, 2, nameOf);
    for (let count = 0; count < 3; count += 1) collector.add('parent_not_in_force', { params: { unitId: 'x', asOf: '2025-07-01', parentId: 'tp' } });
    expect(collector.issues().map((issue) => issue.message.en)).toEqual([
      'Xã Cộng Hòa (x) is in force on 2025-07-01 but its parent Cam Pha City (tp) is not',
      'Xã Cộng Hòa (x) is in force on 2025-07-01 but its parent Cam Pha City (tp) is not',
      'x is in force on 2025-07-01 but its parent tp is not',
    ]);
    // the params keep the ids
    expect(collector.issues().map((issue) => issue.params?.unitId)).toEqual(['x', 'x', 'x']);
  });

  it('keeps the labels an issue brings, and adds an issue without params or options as it is', () => {
    const collector = namingCollector(createIssueCollector(), 5, nameOf);
    collector.add('staffing_actual_above_quota', { params: { unitId: 'x', actual: 3, quota: 2, category: 'civilServant' }, labels: { category: { vi: 'công chức', en: 'civil servant' } } });
    collector.add('issues_truncated', { params: { count: 0, limit: 0, errors: 0, warnings: 0, infos: 0 } });
    collector.add('structure_body_missing');
    const [quota, truncated, missing] = collector.issues();
    expect(quota?.message.en).toBe('Xã Cộng Hòa (x): actual headcount 3 exceeds the assigned quota 2 (civil servant)');
    expect(Object.getOwnPropertySymbols(truncated ?? {})).toEqual([]);
    expect(missing?.params).toBeUndefined();
  });

  it('passes pushes, the error flag and the result through to the collector it wraps', () => {
    const inner = createIssueCollector({ limit: 1 });
    const collector = namingCollector(inner, 1, nameOf);
    expect(collector.hasErrors()).toBe(false);
    collector.push(createIssue('rule_not_in_force', { params: { ruleId: 'r', asOf: '2025-07-01' }, severity: 'error' }));
    collector.add('parent_not_in_force', { params: { unitId: 'x', asOf: '2025-07-01', parentId: 'tp' } });
    expect(collector.hasErrors()).toBe(true);
    expect(inner.issues().map((issue) => issue.code)).toEqual(['rule_not_in_force', 'issues_truncated']);
    expect(collector.issues()).toEqual(inner.issues());
    expect(collector.toResult().ok).toBe(false);
    expect(collector.toResult(42)).toEqual(inner.toResult(42));
  });
});

describe('validateStructure names the units of the issues it keeps', () => {
  const structure: Structure = {
    units: [
      { id: 'vn', kind: 'country', name: { vi: 'Việt Nam', en: 'Viet Nam' }, from: isoDate('1976-07-02') },
      { id: 'p', kind: 'province', name: { vi: 'Tỉnh Quảng Ninh', en: 'Quang Ninh Province' }, parentId: 'vn', from: isoDate('1991-01-01') },
      { id: 'h', kind: 'district', name: { vi: 'Huyện Vân Đồn' }, parentId: 'p', from: isoDate('1994-01-01') },
      { id: 'h2', kind: 'district', name: { vi: 'Huyện Tiên Yên' }, parentId: 'p', from: isoDate('1994-01-01') },
    ],
    people: [],
    assignments: [],
  };

  it('by name and id, with the English name in English; within the issue limit only', () => {
    const result = validateStructure(structure, { asOf: isoDate('2025-07-01') });
    const found = result.issues.filter((issue) => issue.code === 'kind_not_in_force').map((issue) => issue.message);
    expect(found).toEqual([
      {
        vi: 'Không còn đơn vị loại huyện (cấp huyện) vào ngày 2025-07-01, nhưng Huyện Vân Đồn (h) vẫn hiệu lực',
        en: 'Units of kind rural district (district level) do not exist on 2025-07-01, yet Huyện Vân Đồn (h) is in force',
      },
      {
        vi: 'Không còn đơn vị loại huyện (cấp huyện) vào ngày 2025-07-01, nhưng Huyện Tiên Yên (h2) vẫn hiệu lực',
        en: 'Units of kind rural district (district level) do not exist on 2025-07-01, yet Huyện Tiên Yên (h2) is in force',
      },
    ]);
    const capped = validateStructure(structure, { asOf: isoDate('2025-07-01'), issueLimit: 1 });
    expect(capped.issues.map((issue) => issue.code)).toEqual(['kind_not_in_force', 'issues_truncated']);
    expect(capped.issues[0]?.message.en).toContain('yet Huyện Vân Đồn (h) is in force');
    expect(capped.issues[0]?.params).toMatchObject({ unitId: 'h' });
  });
});
