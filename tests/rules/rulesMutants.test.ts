import { describe, expect, it } from 'vitest';
import { type Instrument, type ParamSchema, type Rule, type Rulebook, type RuleVersion, validateRulebook } from '../../src/rules/index.js';
import { RULE_TYPES } from '../../src/rules/ruleTypes.js';
import { isoDate } from '../../src/core/index.js';
import { ruleParamSchemas } from '../../src/parse/index.js';
import { hierarchyRule, LOCAL_DECISION } from './support.js';

/*
 * validateRulebook, pinned issue by issue: the code, the path into the rulebook, the params kept for
 * machines and the message in each language.
 */

const d = isoDate;

const instrument = LOCAL_DECISION;

const other: Instrument = { ...instrument, id: 'OTHER-1', title: { vi: 'Văn bản khác', en: 'Another instrument' } };

const version = (from: string, to?: string, extra: Partial<RuleVersion> = {}): RuleVersion => ({
  from: d(from),
  ...(to === undefined ? {} : { to: d(to) }),
  params: { parents: { province: [] } },
  citation: { instrumentId: 'LOCAL-1' },
  ...extra,
});

const oneRule = (versions: readonly RuleVersion[], id = 'r.one'): Rulebook => ({ instruments: [instrument], rules: [hierarchyRule(id, versions)] });

describe('validateRulebook: instrument issues name the instrument, its index and the dates', () => {
  it.each<[string, Rulebook, Record<string, unknown>]>([
    [
      'a duplicated instrument',
      { instruments: [other, instrument, { ...instrument }], rules: [] },
      {
        code: 'rulebook_duplicate_instrument',
        path: ['instruments', 2],
        params: { instrumentId: 'LOCAL-1' },
        message: { vi: 'Văn bản LOCAL-1 được khai báo nhiều lần', en: 'Instrument LOCAL-1 is declared more than once' },
      },
    ],
    [
      'a secondary instrument naming no source',
      { instruments: [other, { ...instrument, sources: [] }], rules: [] },
      {
        code: 'rulebook_instrument_without_source',
        path: ['instruments', 1],
        params: { instrumentId: 'LOCAL-1' },
        message: {
          vi: 'Văn bản LOCAL-1 được ghi là đã đọc trong nguồn thứ cấp nhưng không nêu nguồn (`url` hoặc `sources`)',
          en: 'Instrument LOCAL-1 is marked as read in a secondary source but names none (`url` or `sources`)',
        },
      },
    ],
    [
      'an instrument effective before issue',
      { instruments: [other, { ...instrument, effective: d('2019-12-31') }], rules: [] },
      {
        code: 'rulebook_instrument_dates',
        path: ['instruments', 1],
        params: { instrumentId: 'LOCAL-1', issued: '2020-01-01', effective: '2019-12-31' },
        message: {
          vi: 'Văn bản LOCAL-1 có hiệu lực (2019-12-31) trước ngày ban hành (2020-01-01)',
          en: 'Instrument LOCAL-1 takes effect (2019-12-31) before it is issued (2020-01-01)',
        },
      },
    ],
  ])('%s', (_name, rulebook, expected) => {
    const { issues } = validateRulebook(rulebook);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject(expected);
  });

  it.each([
    ['amends', { amends: ['OTHER-1', 'GHOST'] }, 'sửa đổi', 'amends'],
    ['replaces', { replaces: ['GHOST'] }, 'thay thế', 'replaces'],
    ['repealedBy', { repealedBy: 'GHOST' }, 'bị bãi bỏ bởi', 'is repealed by'],
  ] as const)('warns about an unknown instrument in %s, naming the link in words', (link, links, vi, en) => {
    const { issues, ok } = validateRulebook({ instruments: [other, { ...instrument, ...links }], rules: [] });
    expect(ok).toBe(true);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'rulebook_unknown_instrument_link',
      severity: 'warning',
      path: ['instruments', 1, link],
      params: { instrumentId: 'LOCAL-1', targetId: 'GHOST', link },
      message: {
        vi: `Văn bản LOCAL-1 ${vi} văn bản GHOST, văn bản này không có trong bộ quy định`,
        en: `Instrument LOCAL-1 ${en} GHOST, which the rulebook does not have`,
      },
    });
  });

  it('accepts links to instruments the rulebook has, repealedBy included', () => {
    const linked = { ...instrument, amends: ['OTHER-1'], replaces: ['OTHER-1'], repealedBy: 'OTHER-1' };
    expect(validateRulebook({ instruments: [other, linked], rules: [] }).issues).toEqual([]);
  });
});

describe('validateRulebook: version issues', () => {
  it('refuses a version that ends on the day it starts (to is exclusive)', () => {
    const { issues } = validateRulebook(oneRule([version('2020-03-01', '2020-03-01')]));
    expect(issues.map((issue) => issue.code)).toEqual(['interval_reversed']);
    expect(issues[0]).toMatchObject({
      path: ['rules', 0, 'versions', 0],
      params: { ownerId: 'r.one@2020-03-01', from: '2020-03-01', to: '2020-03-01' },
    });
  });

  it('accepts a version of one day (to the day after from)', () => {
    expect(validateRulebook(oneRule([version('2020-03-01', '2020-03-02')])).issues).toEqual([]);
  });

  it.each<[string, Partial<RuleVersion>, string, (string | number)[]]>([
    ['an unknown main citation', { citation: { instrumentId: 'GHOST' } }, 'rulebook_unknown_instrument', ['citation']],
    ['an unknown further citation', { alsoCites: [{ instrumentId: 'LOCAL-1' }, { instrumentId: 'GHOST' }] }, 'rulebook_unknown_instrument', ['alsoCites', 1]],
    ['an empty further citation', { alsoCites: [{ instrumentId: '' }] }, 'rulebook_missing_citation', ['alsoCites', 0]],
    ['no main citation at all', { citation: undefined as never }, 'rulebook_missing_citation', ['citation']],
    ['a main citation whose instrumentId is not a string', { citation: { instrumentId: 7 as never } }, 'rulebook_missing_citation', ['citation']],
    ['a further citation left undefined', { alsoCites: [undefined as never] }, 'rulebook_missing_citation', ['alsoCites', 0]],
  ])('points at the citation itself: %s', (_name, extra, code, tail) => {
    const { issues } = validateRulebook(oneRule([version('2020-03-01', undefined, extra)]));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([[code, ['rules', 0, 'versions', 0, ...tail]]]);
  });

  it('names the rule, the version and the instrument of a secondary version without a source', () => {
    const rulebook: Rulebook = {
      instruments: [other, { ...instrument, sources: undefined, verification: 'unverified' }],
      rules: [hierarchyRule('r.other', [{ ...version('2020-03-01'), citation: { instrumentId: 'OTHER-1' } }]), hierarchyRule('r.secondary', [version('2020-03-01', undefined, { verification: 'secondary' })])],
    };
    const { issues } = validateRulebook(rulebook);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'rulebook_version_without_source',
      path: ['rules', 1, 'versions', 0],
      ruleId: 'r.secondary',
      params: { ruleId: 'r.secondary', from: '2020-03-01', instrumentId: 'LOCAL-1' },
      message: {
        en: 'Rule r.secondary (version from 2020-03-01) is marked as read in a secondary source but names none, nor does instrument LOCAL-1',
      },
    });
  });
});

describe('validateRulebook: params and rule types', () => {
  it('says in each language which rule type is unknown and which ones exist', () => {
    const strange = { ...hierarchyRule('r.strange', [version('2020-03-01')]), type: 'no-such-type' } as unknown as Rule;
    const [issue, ...rest] = validateRulebook({ instruments: [instrument], rules: [strange] }).issues;
    expect(rest).toEqual([]);
    const listed = RULE_TYPES.slice(0, 10)
      .map((type) => JSON.stringify(type))
      .join(', ');
    const more = RULE_TYPES.length - 10;
    expect(issue?.params).toEqual({ ruleId: 'r.strange', from: '2020-03-01', path: 'type', detail: 'unknown rule type no-such-type' });
    expect(issue?.message.en).toBe(
      `Parameters of rule r.strange (version from 2020-03-01) are invalid at type: unknown rule type "no-such-type"; expected one of ${listed} and ${more} more`,
    );
    expect(issue?.message.vi).toBe(
      `Tham số của quy định r.strange (phiên bản từ 2020-03-01) không hợp lệ tại type: loại quy định không xác định "no-such-type"; cần một trong các giá trị ${listed} và ${more} giá trị khác`,
    );
  });

  it('lists the types of the paramSchemas given, not every known type', () => {
    const rulebook = oneRule([version('2020-03-01')]);
    const only = { 'grace-period': ruleParamSchemas['grace-period'] };
    const [issue] = validateRulebook(rulebook, { paramSchemas: only }).issues;
    expect(issue?.message.en).toBe('Parameters of rule r.one (version from 2020-03-01) are invalid at type: unknown rule type "area-hierarchy"; expected exactly "grace-period"');
  });

  it('names the field and what was expected and received, with the offending value, in each language', () => {
    const [issue, ...rest] = validateRulebook(oneRule([version('2020-03-01', undefined, { params: { parents: 3 } })]), { paramSchemas: ruleParamSchemas }).issues;
    expect(rest).toEqual([]);
    expect(issue?.path).toEqual(['rules', 0, 'versions', 0, 'params', 'parents']);
    expect(issue?.message).toEqual({
      vi: 'Tham số của quy định r.one (phiên bản từ 2020-03-01) không hợp lệ tại params.parents: cần một đối tượng, nhận được 3',
      en: 'Parameters of rule r.one (version from 2020-03-01) are invalid at params.parents: expected an object, received 3',
    });
  });

  const custom = (problem: Record<string, unknown>): Readonly<Record<string, ParamSchema>> => ({
    'area-hierarchy': {
      safeParse: () => ({ success: false, error: { issues: [{ path: ['x'], message: 'must be x', ...problem }] } }),
    },
  });

  it.each<[string, Record<string, unknown>, { vi: string; en: string }]>([
    ['neither a code nor an input: its own message', {}, { vi: 'một giá trị hợp lệ', en: 'must be x' }],
    ['an input but no code', { input: 5 }, { vi: 'cần một giá trị hợp lệ, nhận được 5', en: 'expected must be x, received 5' }],
    ['a code but no input', { code: 'custom' }, { vi: 'cần một giá trị hợp lệ, nhận được không có giá trị', en: 'expected must be x, received undefined' }],
  ])('renders a problem of a custom ParamSchema with %s', (_name, problem, detail) => {
    const [issue] = validateRulebook(oneRule([version('2020-03-01')]), { paramSchemas: custom(problem) }).issues;
    expect(issue?.params).toEqual({ ruleId: 'r.one', from: '2020-03-01', path: 'x', detail: 'must be x' });
    expect(issue?.message).toEqual({
      vi: `Tham số của quy định r.one (phiên bản từ 2020-03-01) không hợp lệ tại params.x: ${detail.vi}`,
      en: `Parameters of rule r.one (version from 2020-03-01) are invalid at params.x: ${detail.en}`,
    });
  });
});

describe('validateRulebook: overlapping versions, whatever order they are listed in', () => {
  const overlapParams = (versions: readonly RuleVersion[]) =>
    validateRulebook(oneRule(versions)).issues.map((issue) => [issue.code, issue.params?.['firstFrom'], issue.params?.['secondFrom']]);

  it('names the earlier version first', () => {
    expect(overlapParams([version('2020-03-01', '2020-09-01'), version('2020-05-01')])).toEqual([['rulebook_overlapping_versions', '2020-03-01', '2020-05-01']]);
    expect(overlapParams([version('2020-05-01'), version('2020-03-01', '2020-09-01')])).toEqual([['rulebook_overlapping_versions', '2020-03-01', '2020-05-01']]);
  });

  it('finds an overlap between versions listed apart (sorted by start first)', () => {
    expect(overlapParams([version('2020-03-01', '2020-09-01'), version('2021-01-01'), version('2020-05-01', '2020-07-01')])).toEqual([
      ['rulebook_overlapping_versions', '2020-03-01', '2020-05-01'],
    ]);
  });

  it('keeps versions starting on the same day in their listed order', () => {
    // The open version listed second also overlaps the next one; in reversed order the closed one would be compared with it instead.
    expect(overlapParams([version('2020-03-01', '2020-04-01'), version('2020-03-01'), version('2020-06-01')])).toEqual([
      ['rulebook_overlapping_versions', '2020-03-01', '2020-03-01'],
      ['rulebook_overlapping_versions', '2020-03-01', '2020-06-01'],
    ]);
  });

  it('skips a hole in a versions list written in code instead of throwing', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is tested
    const sparse = [version('2020-03-01', '2020-06-01'), , version('2020-06-01')] as RuleVersion[];
    expect(validateRulebook(oneRule(sparse)).issues).toEqual([]);
  });
});
