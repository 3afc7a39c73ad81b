import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findAncestors } from '../../src/model/index.js';
import { parseStructure } from '../../src/parse/index.js';
import { validateStructure } from '../../src/structure/index.js';
import { isoDate } from '../../src/core/index.js';
import { bestCpuTime } from './arbitraries.js';
import { smallTown } from './fixtures.js';

// A test of time ratios: under mutation (TINH_GON_MUTATION) it steps aside, since a mutant that only costs time
// shows as a survivor, listed in the report, and the other tests cover the same code faster.
const UNDER_MUTATION = process.env.TINH_GON_MUTATION === '1';

describe('parseStructure', () => {
  it('accepts a valid structure and fills the defaults', () => {
    const result = parseStructure({ units: [] });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toEqual({ units: [], people: [], assignments: [] });
    expect(parseStructure(smallTown()).ok).toBe(true);
  });

  it('names the path, what was expected and what was received, in both languages', () => {
    const result = parseStructure({ units: [{ id: 'x', kind: 'village', name: { vi: 'Thôn 1' }, from: '2018-13-01' }] });
    expect(result.ok).toBe(false);
    const [issue] = result.issues;
    expect(issue?.code).toBe('input_invalid');
    expect(issue?.path).toEqual(['units', 0, 'from']);
    expect(issue?.message.en).toBe('Invalid input at units[0].from: expected an ISO date YYYY-MM-DD, received "2018-13-01"');
    expect(issue?.message.vi).toBe('Dữ liệu không hợp lệ tại units[0].from: cần một ngày dạng YYYY-MM-DD (ISO 8601) có thật, nhận được "2018-13-01"');
  });

  it.each([
    ['a non-object', 42, '(root)'],
    ['units missing', {}, 'units'],
    ['an unknown kind', { units: [{ id: 'x', kind: 'hamlet', name: { vi: 'x' }, from: '2020-01-01' }] }, 'units.0.kind'],
    ['a negative headcount', { units: [{ id: 'x', kind: 'peoples-committee', name: { vi: 'x' }, areaId: 'a', from: '2020-01-01', staffing: { quota: { cadre: -1 } } }] }, 'units.0.staffing.quota.cadre'],
    ['a fractional headcount', { units: [{ id: 'x', kind: 'peoples-committee', name: { vi: 'x' }, areaId: 'a', from: '2020-01-01', staffing: { actual: { cadre: 1.5 } } }] }, 'units.0.staffing.actual.cadre'],
    ['an unknown key', { units: [{ id: 'x', kind: 'village', name: { vi: 'x' }, from: '2020-01-01', hamlets: 3 }] }, 'units.0'],
    ['an organisation without area', { units: [{ id: 'x', kind: 'peoples-committee', name: { vi: 'x' }, from: '2020-01-01' }] }, 'units.0.areaId'],
    ['an unknown role', { units: [], assignments: [{ personId: 'p', unitId: 'u', role: 'king', from: '2020-01-01' }] }, 'assignments.0.role'],
    ['an empty id', { units: [{ id: '', kind: 'village', name: { vi: 'x' }, from: '2020-01-01' }] }, 'units.0.id'],
  ])('rejects %s', (_name, input, path) => {
    const result = parseStructure(input);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.params?.path)).toContain(path);
  });

  it('reports duplicated ids and passes nothing on as valid', () => {
    const input = smallTown();
    const result = parseStructure({ ...input, units: [...input.units, input.units[3]], people: [...(input.people ?? []), { id: 'p1', name: 'X' }] });
    expect(result.ok).toBe(false);
    expect('value' in result).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.params?.id])).toEqual([
      ['duplicate_id', 'kl'],
      ['duplicate_id', 'p1'],
    ]);
    // each names the record, the list it is in, and where the id first stood, in both languages
    const units = input.units.length;
    const people = input.people?.length ?? 0;
    const [unit, person] = result.issues;
    expect(unit).toMatchObject({ severity: 'error', path: ['units', units, 'id'], unitIds: ['kl'], params: { id: 'kl', firstPath: 'units.3' } });
    expect(unit).not.toHaveProperty('personIds');
    expect(person).toMatchObject({ severity: 'error', path: ['people', people, 'id'], personIds: ['p1'], params: { id: 'p1', firstPath: 'people.0' } });
    expect(person).not.toHaveProperty('unitIds');
    expect(unit?.message).toEqual({ vi: 'Mã kl bị trùng (xuất hiện lần đầu tại units.3)', en: 'Id kl is used more than once (first at units.3)' });
  });

  it('survives prototype-named ids', () => {
    const units = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'].map((id, index) => ({
      id,
      kind: 'village',
      name: { vi: `Thôn ${index}` },
      ...(index > 0 ? { parentId: '__proto__' } : {}),
      from: '2020-01-01',
    }));
    const json = JSON.parse(JSON.stringify({ units }));
    const result = parseStructure(json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.units.map((unit) => unit.id)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(findAncestors(result.value, 'constructor').map((unit) => unit.id)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('normalises Vietnamese names and ids to NFC so decomposed input matches', () => {
    const decomposed = 'Ky\u0300 Anh'.normalize('NFD');
    const result = parseStructure({
      units: [
        { id: 'xa-Kỳ'.normalize('NFD'), kind: 'commune', name: { vi: decomposed }, from: '2020-01-01' },
        { id: 'thon', kind: 'village', name: { vi: 'Thôn' }, parentId: 'xa-Kỳ'.normalize('NFC'), from: '2020-01-01' },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.units[0]?.name.vi).toBe('Kỳ Anh'.normalize('NFC'));
    expect(result.value.units[0]?.id).toBe('xa-Kỳ'.normalize('NFC'));
    expect(findAncestors(result.value, 'thon').map((unit) => unit.id)).toEqual(['xa-Kỳ'.normalize('NFC')]);
  });

  it('normalises a text with no ASCII character at all (Ư and a combining acute: Ứ)', () => {
    // the ASCII shortcut must not take a text of only non-ASCII characters for one NFC leaves alone
    const result = parseStructure({ units: [{ id: '\u01AF\u0301', kind: 'village', name: { vi: '\u01B0\u0301' }, from: '2020-01-01' }] });
    expect(result.ok && [result.value.units[0]?.id, result.value.units[0]?.name.vi]).toEqual(['\u1EE8', '\u1EE9']);
  });

  it('handles a 100,000-deep parent chain without recursion', { timeout: 60_000 }, () => {
    const depth = 100_000;
    // party committees may nest (a committee under a committee), so the chain itself is valid
    const units: unknown[] = [{ id: 'xa', kind: 'commune', name: { vi: 'Xã' }, from: '2020-01-01' }];
    for (let index = 0; index < depth; index += 1) {
      units.push({
        id: `dang-uy-${index}`,
        kind: 'party-committee',
        name: { vi: `Đảng ủy ${index}` },
        areaId: 'xa',
        ...(index > 0 ? { parentId: `dang-uy-${index - 1}` } : {}),
        from: '2020-01-01',
      });
    }
    const result = parseStructure({ units });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(findAncestors(result.value, `dang-uy-${depth - 1}`)).toHaveLength(depth - 1);
    expect(validateStructure(result.value, { asOf: isoDate('2021-01-01') })).toEqual({ ok: true, issues: [] });
  });

  it('finds a cycle at the end of a long chain without recursion', { timeout: 60_000 }, () => {
    const depth = 50_000;
    const units = Array.from({ length: depth }, (_, index) => ({
      id: `v${index}`,
      kind: 'village' as const,
      name: { vi: `Thôn ${index}` },
      parentId: `v${(index + 1) % depth}`,
      from: '2020-01-01',
    }));
    const result = parseStructure({ units });
    if (!result.ok) throw new Error('not ok');
    const cycles = validateStructure(result.value, { asOf: isoDate('2021-01-01') }).issues.filter((issue) => issue.code === 'parent_cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.unitIds).toHaveLength(depth);
  });

  it('reports a throwing getter instead of throwing', () => {
    const hostile = { get units(): never { throw new Error('boom'); } };
    const result = parseStructure(hostile);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe('input_invalid');
  });

  test.prop([fc.jsonValue()], { numRuns: 300 })('never throws on arbitrary JSON', (value) => {
    const result = parseStructure(value);
    expect(typeof result.ok).toBe('boolean');
    if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
  });

  test.prop([fc.record({ units: fc.array(fc.record({ id: fc.string(), kind: fc.constantFrom('village', 'ward', 'peoples-committee', 'x'), name: fc.record({ vi: fc.string() }), from: fc.constantFrom('2020-01-01', '2020-02-30', 'x'), parentId: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: ['id', 'kind', 'name', 'from'] })) })], { numRuns: 300 })(
    'never throws on structure-shaped noise, and every accepted structure validates without throwing',
    (value) => {
      const result = parseStructure(value);
      if (result.ok) expect(validateStructure(result.value, { asOf: isoDate('2021-01-01') }).issues).toBeDefined();
    },
  );
});

describe('parseStructure bounds its report and its work', () => {
  it('answers a million records that are not objects with a thousand issues and a count of the rest', { timeout: 60_000 }, () => {
    const zeros: unknown[] = new Array(1_000_000).fill(0);
    const result = parseStructure({ units: zeros });
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1001);
    expect(result.issues[0]?.path).toEqual(['units', 0]);
    expect(result.issues[999]?.path).toEqual(['units', 999]);
    expect(result.issues[1000]?.code).toBe('issues_truncated');
    expect(result.issues[1000]?.params).toEqual({ limit: 1000, omitted: 999_000, errors: 999_000, warnings: 0, infos: 0 });
    expect(JSON.stringify(result).length).toBeLessThan(1_000_000);
  });

  it('counts issues in records that are objects exactly as zod finds them, past the cap too', () => {
    const units = Array.from({ length: 700 }, (_, index) => ({ id: `x${index}`, kind: 'village', name: { vi: 'x' }, from: '2020-01-01', hamlets: 1, border: 'no' }));
    const result = parseStructure({ units, people: [0, 0], assignments: 'none' });
    // two issues per unit, one per person, one for the assignments
    expect(result.issues.at(-1)?.params).toMatchObject({ omitted: 1400 + 2 + 1 - 1000 });
    expect(result.issues.slice(0, 2).map((issue) => issue.params?.path)).toEqual(['units.0.border', 'units.0']);
  });

  it('finds the issues of a long list in zod’s order, with the other fields in their place', () => {
    const units = Array.from({ length: 100 }, (_, index) => ({ id: `x${index}`, kind: 'village', name: { vi: 'x' }, from: index % 40 === 0 ? 'soon' : '2020-01-01' }));
    const result = parseStructure({ units, people: 'nobody', zzz: 1 });
    expect(result.issues.map((issue) => issue.params?.path)).toEqual(['units.0.from', 'units.40.from', 'units.80.from', 'people', '(root)']);
  });

  it('refuses a top-level value that is not an object at once', { timeout: 60_000 }, () => {
    for (const input of [new Array(1_000_000).fill(0), 'units', 42, null, undefined]) {
      const result = parseStructure(input);
      expect(result.issues.map((issue) => issue.params?.path)).toEqual(['(root)']);
    }
  });

  it.skipIf(UNDER_MUTATION)('takes time linear in the number of bad records (4×: under 8× the time)', { timeout: 60_000, retry: 2 }, () => {
    const time = (count: number) => {
      const zeros: unknown[] = new Array(count).fill(0);
      return bestCpuTime(() => parseStructure({ units: zeros }));
    };
    expect(time(1_000_000) / Math.max(1, time(250_000))).toBeLessThan(8);
  });
});
