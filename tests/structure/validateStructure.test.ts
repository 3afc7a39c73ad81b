import { describe, expect, it } from 'vitest';
import { type Structure, type StructureInput, findArea, findAssignments, findChildren, findUnit, findUnitsInForce, getAreaLevel, getFamily, getLevel, isAreaKind, isWithinArea } from '../../src/model/index.js';
import { parseStructure } from '../../src/parse/index.js';
import { validateStructure } from '../../src/structure/index.js';
import { defaultRulebook, extendRulebook } from '../../src/rules/index.js';
import { isoDate } from '../../src/core/index.js';
import { smallTown } from '../model/fixtures.js';

const d = isoDate;

function parse(input: StructureInput): Structure {
  const result = parseStructure(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.value;
}

function codes(structure: Structure, asOf: string): string[] {
  return validateStructure(structure, { asOf: d(asOf) }).issues.map((issue) => issue.code);
}

function edit(mutate: (input: StructureInput & { units: Record<string, unknown>[] }) => void): Structure {
  const input = structuredClone(smallTown()) as StructureInput & { units: Record<string, unknown>[] };
  mutate(input);
  return parse(input);
}

describe('validateStructure: the structural rules by date', () => {
  it('accepts the three-tier town in 2018', () => {
    expect(validateStructure(parse(smallTown()), { asOf: d('2018-06-01') })).toEqual({ ok: true, issues: [] });
  });

  it('rejects every district-level unit still in force on 2025-07-01, citing the 2025 amendment', () => {
    const report = validateStructure(parse(smallTown()), { asOf: d('2025-07-01') });
    const notInForce = report.issues.filter((issue) => issue.code === 'kind_not_in_force');
    expect(notInForce.map((issue) => issue.params?.unitId)).toEqual(['ka', 'du-ka', 'btg-ka', 'ubnd-ka', 'pnv-ka', 'ttbdct']);
    expect(notInForce[0]?.citation).toEqual({ instrumentId: '203/2025/QH15', article: '110' });
    // and the commune and ward now sit under a kind that should be a province
    expect(report.issues.filter((issue) => issue.code === 'parent_kind_not_allowed').map((issue) => issue.params?.unitId)).toEqual(['kl', 'kn']);
  });

  it('accepts a district unit that ended on 2025-07-01, and the two-tier structure after it', () => {
    const structure = edit((input) => {
      for (const unit of input.units) if (unit.id !== 'vn' && unit.id !== 'ht') unit.to = '2025-07-01';
      input.assignments = [];
      input.units.push({ id: 'kl2', kind: 'ward', name: { vi: 'Phường Kỳ Anh' }, parentId: 'ht', from: '2025-07-01' });
      input.units.push({ id: 'dk', kind: 'special-zone', name: { vi: 'Đặc khu' }, parentId: 'ht', from: '2025-07-01' });
    });
    expect(codes(structure, '2025-07-01')).toEqual([]);
    expect(codes(structure, '2025-06-30')).toEqual([]);
  });

  it('knows special zones did not exist before the reform', () => {
    const structure = edit((input) => {
      input.units.push({ id: 'dk', kind: 'special-zone', name: { vi: 'Đặc khu' }, parentId: 'ht', from: '2020-01-01' });
    });
    expect(codes(structure, '2021-01-01')).toEqual(['kind_not_in_force']);
  });

  it('reports rule_not_in_force for a date before the rulebook knows the levels', () => {
    expect(codes(parse(smallTown()), '2010-01-01')).toContain('rule_not_in_force');
  });

  it.each<[string, (input: StructureInput & { units: Record<string, unknown>[] }) => void, string]>([
    ['an unknown parent', (i) => { i.units[3]!.parentId = 'ghost'; }, 'unknown_reference'],
    ['an unknown area', (i) => { i.units[7]!.areaId = 'ghost'; }, 'unknown_reference'],
    ['an area that is an organisation', (i) => { i.units[8]!.areaId = 'ubnd-ka'; }, 'area_reference_not_area'],
    ['a village under a town', (i) => { i.units[6]!.parentId = 'ka'; }, 'parent_kind_not_allowed'],
    ['a party board under a people’s committee', (i) => { i.units[8]!.parentId = 'ubnd-ka'; }, 'parent_kind_not_allowed'],
    ['an organisation under an area', (i) => { i.units[8]!.parentId = 'ka'; }, 'parent_kind_not_allowed'],
    ['a commune body under another area’s committee', (i) => { i.units[11]!.areaId = 'ht'; }, 'organisation_outside_parent_area'],
    ['a parent not in force', (i) => { i.units[2]!.to = '2016-01-01'; }, 'parent_not_in_force'],
    ['a reversed interval', (i) => { i.units[5]!.to = '2010-01-01'; }, 'interval_reversed'],
    ['a cycle', (i) => { i.units[1]!.parentId = 'ka'; }, 'parent_cycle'],
    ['a post before its unit', (i) => { i.assignments![0]!.from = '2010-01-01'; }, 'assignment_outside_unit'],
    ['a post outliving its unit', (i) => { i.units[8]!.to = '2019-01-01'; }, 'assignment_outside_unit'],
    ['a post of an unknown person', (i) => { i.assignments![0]!.personId = 'ghost'; }, 'unknown_reference'],
    ['a post in an unknown unit', (i) => { i.assignments![0]!.unitId = 'ghost'; }, 'unknown_reference'],
    ['a reversed post', (i) => { i.assignments![2]!.to = '2016-01-01'; }, 'interval_reversed'],
    ['actual above quota', (i) => { (i.units[9] as { staffing: { actual: { civilServant: number } } }).staffing.actual.civilServant = 61; }, 'staffing_actual_above_quota'],
  ])('reports %s', (_name, mutate, code) => {
    const found = codes(edit(mutate), '2018-06-01');
    expect(found).toContain(code);
  });

  it('collects every issue, not the first', () => {
    const structure = edit((input) => {
      input.units[3]!.parentId = 'ghost';
      input.units[6]!.parentId = 'ka';
      input.assignments![0]!.personId = 'ghost';
    });
    expect(codes(structure, '2018-06-01').sort()).toEqual(['organisation_outside_parent_area', 'parent_kind_not_allowed', 'unknown_reference', 'unknown_reference']);
  });

  it('lets a rulebook change the law: an extended rule version applies on its date', () => {
    const rulebook = extendRulebook(defaultRulebook, {
      rules: [
        {
          id: 'structure.area-hierarchy',
          type: 'area-hierarchy',
          topic: 'structure',
          title: { vi: 'x', en: 'x' },
          versions: [{ from: d('2010-01-01'), to: d('2014-01-01'), params: { parents: {} }, citation: { instrumentId: 'HP-2013' } }],
        },
      ],
    });
    const report = validateStructure(parse(smallTown()), { asOf: d('2012-01-01'), rulebook });
    expect(report.issues.every((issue) => issue.code === 'kind_not_in_force')).toBe(true);
  });
});

describe('structure queries', () => {
  const structure = parse(smallTown());

  it('finds units, children, areas and levels', () => {
    expect(findUnit(structure, 'kn')?.name.vi).toBe('Xã Kỳ Nam');
    expect(findUnit(structure, 'nope')).toBeUndefined();
    expect(findChildren(structure, 'ka').map((unit) => unit.id)).toEqual(['kl', 'kn']);
    expect(findChildren(structure, 'ka', d('2014-01-01'))).toEqual([]);
    expect(findArea(structure, findUnit(structure, 'cb-thon1')!)?.id).toBe('thon1');
    expect(getLevel(structure, findUnit(structure, 'cb-thon1')!)).toBe('village');
    expect(getLevel(structure, findUnit(structure, 'ubnd-ka')!)).toBe('district');
    expect(getLevel(structure, findUnit(structure, 'ht')!)).toBe('province');
    expect(isWithinArea(structure, 'thon1', 'ht')).toBe(true);
    expect(isWithinArea(structure, 'thon1', 'kl')).toBe(false);
  });

  it('answers for a date', () => {
    expect(findUnitsInForce(structure, d('2015-05-14')).map((unit) => unit.id)).toEqual(['vn', 'ht']);
    expect(findAssignments(structure, d('2018-06-01'), { personId: 'p1' }).map((a) => a.unitId)).toEqual(['btg-ka', 'ttbdct']);
    expect(findAssignments(structure, d('2017-06-01'), { personId: 'p1' }).map((a) => a.unitId)).toEqual(['btg-ka']);
    expect(findAssignments(structure, d('2020-01-01'), { unitId: 'cb-thon1' })).toEqual([]);
    expect(findAssignments(structure, d('2019-12-31'))).toHaveLength(3);
  });

  it('classifies kinds', () => {
    expect(isAreaKind('special-zone')).toBe(true);
    expect(getFamily('public-service-unit')).toBe('public-service');
    expect(getAreaLevel('township')).toBe('commune');
  });
});
