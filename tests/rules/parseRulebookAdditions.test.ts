import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { defaultRulebook, extendRulebook, validateRulebook } from '../../src/rules/index.js';
import { parseRulebookAdditions } from '../../src/parse/index.js';

describe('parseRulebookAdditions', () => {
  it('reads the whole default rulebook back from JSON, every rule type included', () => {
    const json = JSON.parse(JSON.stringify(defaultRulebook));
    const result = parseRulebookAdditions(json);
    expect(result.issues).toEqual([]);
    expect(result.ok && result.value.rules?.length).toBe(defaultRulebook.rules.length);
    expect(result.ok && result.value.instruments?.length).toBe(defaultRulebook.instruments.length);
  });

  it('extends an empty rulebook into one that validates like the default', () => {
    const result = parseRulebookAdditions(JSON.parse(JSON.stringify(defaultRulebook)));
    if (!result.ok) throw new Error('not ok');
    expect(validateRulebook(extendRulebook({ instruments: [], rules: [] }, result.value)).ok).toBe(true);
  });

  it.each([
    ['an unknown rule type', { rules: [{ id: 'x', type: 'nope', topic: 'merge', title: { vi: 'x', en: 'x' }, versions: [] }] }, 'rules.0.type'],
    [
      'params of the wrong shape',
      {
        rules: [
          {
            id: 'x',
            type: 'area-hierarchy',
            topic: 'structure',
            title: { vi: 'x', en: 'x' },
            versions: [{ from: '2020-01-01', params: { parents: 3 }, citation: { instrumentId: 'HP-2013' } }],
          },
        ],
      },
      'rules.0.versions.0.params.parents',
    ],
    ['a bad instrument date', { instruments: [{ ...defaultRulebook.instruments[0], effective: '2014-02-30' }] }, 'instruments.0.effective'],
    ['an unknown verification', { instruments: [{ ...defaultRulebook.instruments[0], verification: 'sure' }] }, 'instruments.0.verification'],
  ])('rejects %s, naming the path', (_name, input, path) => {
    const result = parseRulebookAdditions(input);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.params?.path)).toContain(path);
  });

  test.prop([fc.jsonValue()], { numRuns: 200 })('never throws on arbitrary JSON', (value) => {
    expect(typeof parseRulebookAdditions(value).ok).toBe('boolean');
  });
});
