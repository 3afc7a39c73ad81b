import { describe, expect, it } from 'vitest';
import {
  type Instrument,
  type Rule,
  type Rulebook,
  defaultRulebook,
  extendRulebook,
  findInstrument,
  findRule,
  rulesInForce,
  validateRulebook,
} from '../../src/rules/index.js';
import { isoDate } from '../../src/core/index.js';
import { ruleParamSchemas } from '../../src/parse/index.js';
import { hierarchyRule, LOCAL_DECISION } from './support.js';

const d = isoDate;

const instrument = LOCAL_DECISION;

const version = (from: string, to: string | undefined, instrumentId = 'LOCAL-1') => ({
  from: d(from),
  ...(to === undefined ? {} : { to: d(to) }),
  params: { parents: { province: [] } },
  citation: { instrumentId },
});

describe('the default rulebook', () => {
  it('passes its own checks', () => {
    const report = validateRulebook(defaultRulebook);
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('gives every instrument a verification level and every rule version a citation', () => {
    for (const item of defaultRulebook.instruments) {
      expect(['primary', 'secondary', 'unverified']).toContain(item.verification);
    }
    for (const rule of defaultRulebook.rules) {
      for (const v of rule.versions) expect(findInstrument(defaultRulebook, v.citation.instrumentId)).toBeDefined();
    }
  });

  it('knows the district level ended on 2025-07-01', () => {
    const before = findRule(defaultRulebook, 'structure.area-hierarchy', d('2025-06-30'), { type: 'area-hierarchy' });
    const after = findRule(defaultRulebook, 'structure.area-hierarchy', d('2025-07-01'), { type: 'area-hierarchy' });
    expect(before.ok && before.inForce.version.params.parents.district).toEqual(['province', 'centrally-run-city']);
    expect(after.ok && after.inForce.version.params.parents.district).toBeUndefined();
    expect(after.ok && after.inForce.version.citation.instrumentId).toBe('203/2025/QH15');
    expect(after.ok && after.inForce.verification).toBe('secondary');
    expect(before.ok && before.inForce.verification).toBe('unverified');
  });
});

describe('findRule', () => {
  it('reports rule_not_in_force on a date no version covers, never a default', () => {
    const found = findRule(defaultRulebook, 'structure.area-hierarchy', d('2000-01-01'));
    expect(found.ok).toBe(false);
    expect(!found.ok && found.issue.code).toBe('rule_not_in_force');
    expect(!found.ok && found.issue.ruleId).toBe('structure.area-hierarchy');
  });

  it('reports rule_unknown for a missing id or the wrong type', () => {
    const anyRulebook: Rulebook = defaultRulebook;
    const missing = findRule(anyRulebook, 'nope', d('2020-01-01'));
    expect(!missing.ok && missing.issue.code).toBe('rule_unknown');
  });

  it('lists the rules in force by topic and type', () => {
    expect(rulesInForce(defaultRulebook, d('2025-07-01'), { topic: 'structure' }).map((r) => r.rule.id)).toEqual([
      'structure.area-hierarchy',
      'structure.commune-offices',
      'structure.province-department-cap',
    ]);
    expect(rulesInForce(defaultRulebook, d('2025-06-30'), { topic: 'structure' }).map((r) => r.rule.id)).toEqual(['structure.area-hierarchy']);
    expect(rulesInForce(defaultRulebook, d('2000-01-01'), { type: 'area-hierarchy' })).toEqual([]);
  });
});

describe('validateRulebook rejects broken rulebooks, naming the rule', () => {
  const base: Rulebook = { instruments: [instrument], rules: [] };

  it.each<[string, Rulebook, string]>([
    ['a dangling citation', { ...base, rules: [hierarchyRule('r.dangling', [version('2020-03-01', undefined, 'NOPE')])] }, 'rulebook_unknown_instrument'],
    ['an empty citation', { ...base, rules: [hierarchyRule('r.empty', [version('2020-03-01', undefined, '')])] }, 'rulebook_missing_citation'],
    [
      'overlapping versions',
      { ...base, rules: [hierarchyRule('r.overlap', [version('2020-03-01', '2021-01-01'), version('2020-06-01', undefined)])] },
      'rulebook_overlapping_versions',
    ],
    ['a version before its instrument', { ...base, rules: [hierarchyRule('r.early', [version('2020-01-15', undefined)])] }, 'rulebook_version_before_instrument'],
    ['no versions', { ...base, rules: [hierarchyRule('r.none', [])] }, 'rulebook_no_versions'],
    ['a reversed version', { ...base, rules: [hierarchyRule('r.reversed', [version('2021-01-01', '2020-06-01')])] }, 'interval_reversed'],
    [
      'params of the wrong shape (with paramSchemas)',
      { ...base, rules: [hierarchyRule('r.params', [{ ...version('2020-03-01', undefined), params: { parents: { hamlet: [] } } as unknown as { parents: Record<string, never> } }])] },
      'rulebook_invalid_params',
    ],
    ['a duplicated rule', { ...base, rules: [hierarchyRule('r.twice', [version('2020-03-01', undefined)]), hierarchyRule('r.twice', [version('2020-03-01', undefined)])] }, 'rulebook_duplicate_rule'],
    ['a duplicated instrument', { instruments: [instrument, instrument], rules: [] }, 'rulebook_duplicate_instrument'],
    ['an instrument effective before issue', { instruments: [{ ...instrument, effective: d('2019-01-01') }], rules: [] }, 'rulebook_instrument_dates'],
  ])('%s', (_name, rulebook, code) => {
    const report = validateRulebook(rulebook, { paramSchemas: ruleParamSchemas });
    expect(report.ok).toBe(false);
    const issue = report.issues.find((candidate) => candidate.code === code);
    expect(issue).toBeDefined();
    const ruleId = rulebook.rules[0]?.id;
    if (ruleId !== undefined) expect(issue?.message.en).toContain(ruleId);
  });

  it.each<[string, Rulebook, string[]]>([
    ['a secondary instrument naming no source', { instruments: [{ ...instrument, sources: [] }], rules: [] }, ['rulebook_instrument_without_source']],
    ['a secondary instrument with a url only', { instruments: [{ ...instrument, sources: undefined, url: 'https://example.org/text' }], rules: [] }, []],
    ['an unverified instrument naming no source', { instruments: [{ ...instrument, sources: undefined, verification: 'unverified' }], rules: [] }, []],
    [
      'a version said secondary on an unverified instrument, naming no source',
      {
        instruments: [{ ...instrument, sources: undefined, verification: 'unverified' }],
        rules: [hierarchyRule('r.secondary', [{ ...version('2020-03-01', undefined), verification: 'secondary' }])],
      },
      ['rulebook_version_without_source'],
    ],
    [
      'the same version with its own sources',
      {
        instruments: [{ ...instrument, sources: undefined, verification: 'unverified' }],
        rules: [hierarchyRule('r.secondary', [{ ...version('2020-03-01', undefined), verification: 'secondary', sources: ['https://example.org/reading'] }])],
      },
      [],
    ],
    [
      'the same version with a quote',
      {
        instruments: [{ ...instrument, sources: undefined, verification: 'unverified' }],
        rules: [hierarchyRule('r.secondary', [{ ...version('2020-03-01', undefined), verification: 'secondary', quote: { text: 'Điều 1.', source: 'https://example.org/text' } }])],
      },
      [],
    ],
  ])('refuses a secondary claim without a source: %s', (_name, rulebook, codes) => {
    const report = validateRulebook(rulebook);
    expect(report.issues.map((issue) => issue.code)).toEqual(codes);
    expect(report.ok).toBe(codes.length === 0);
  });

  it('checks params only with paramSchemas, but always names an unknown rule type', () => {
    const wrongShape: Rulebook = {
      instruments: [instrument],
      rules: [hierarchyRule('r.params', [{ ...version('2020-03-01', undefined), params: { parents: 3 } as never }])],
    };
    expect(validateRulebook(wrongShape).ok).toBe(true);
    expect(validateRulebook(wrongShape, { paramSchemas: ruleParamSchemas }).issues.map((issue) => issue.params?.['path'])).toEqual(['parents']);
    const strange = { ...hierarchyRule('r.strange', [version('2020-03-01', undefined)]), type: 'no-such-type' } as unknown as Rule;
    expect(validateRulebook({ instruments: [instrument], rules: [strange] }).issues.map((issue) => issue.code)).toEqual(['rulebook_invalid_params']);
  });

  it.each([
    ['params that are not an object', 3, '(params)', ['rules', 0, 'versions', 0, 'params']],
    ['a wrong item in a list', { parents: { commune: [7] } }, 'parents.commune.0', ['rules', 0, 'versions', 0, 'params', 'parents', 'commune', 0]],
  ])('names the path of %s', (_name, params, path, issuePath) => {
    const rulebook: Rulebook = { instruments: [instrument], rules: [hierarchyRule('r.path', [{ ...version('2020-03-01', undefined), params: params as never }])] };
    const [issue] = validateRulebook(rulebook, { paramSchemas: ruleParamSchemas }).issues;
    expect([issue?.params?.['path'], issue?.path]).toEqual([path, issuePath]);
  });

  it('names a rule whose type has no schema among the paramSchemas given', () => {
    const rulebook: Rulebook = { instruments: [instrument], rules: [hierarchyRule('r.unchecked', [version('2020-03-01', undefined)])] };
    expect(validateRulebook(rulebook, { paramSchemas: {} }).issues.map((issue) => issue.params?.['detail'])).toEqual(['unknown rule type area-hierarchy']);
  });

  it('passes the default rulebook with its params checked', () => {
    expect(validateRulebook(defaultRulebook, { paramSchemas: ruleParamSchemas }).issues).toEqual([]);
  });

  it('warns about links to unknown instruments without failing', () => {
    const report = validateRulebook({ instruments: [{ ...instrument, amends: ['GHOST'] }], rules: [] });
    expect(report.ok).toBe(true);
    expect(report.issues.map((issue) => issue.code)).toEqual(['rulebook_unknown_instrument_link']);
  });
});

describe('extendRulebook', () => {
  it('adds instruments and rules without touching the base', () => {
    const before = JSON.stringify(defaultRulebook);
    const extended = extendRulebook(defaultRulebook, {
      instruments: [instrument],
      rules: [hierarchyRule('local.rule', [version('2020-03-01', undefined)])],
    });
    expect(JSON.stringify(defaultRulebook)).toBe(before);
    expect(extended.instruments).toHaveLength(defaultRulebook.instruments.length + 1);
    expect(findRule(extended, 'local.rule', d('2021-01-01')).ok).toBe(true);
    expect(validateRulebook(extended).ok).toBe(true);
  });

  it('merges versions into an existing rule, and validation catches an overlap', () => {
    const newer = hierarchyRule('structure.area-hierarchy', [{ ...version('2030-01-01', undefined), citation: { instrumentId: '72/2025/QH15' } }]);
    const extended = extendRulebook(defaultRulebook, { rules: [newer] });
    const rule = extended.rules.find((r) => r.id === 'structure.area-hierarchy');
    expect(rule?.versions.map((v) => v.from)).toEqual(['2014-01-01', '2025-07-01', '2030-01-01']);
    const report = validateRulebook(extended);
    expect(report.issues.map((issue) => issue.code)).toContain('rulebook_overlapping_versions');
  });

  it('replaces an instrument with the same id', () => {
    const replaced = extendRulebook(defaultRulebook, {
      instruments: [{ ...(findInstrument(defaultRulebook, '14/2018/TT-BNV') as Instrument), verification: 'primary' }],
    });
    expect(findInstrument(replaced, '14/2018/TT-BNV')?.verification).toBe('primary');
    expect(replaced.instruments).toHaveLength(defaultRulebook.instruments.length);
  });
});
