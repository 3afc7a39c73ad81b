import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/report/index.js';
import { checkConcurrentRoles } from '../../src/roles/index.js';
import { d, fixture, hold, unitId } from './fixtures.js';

/** The one pair issue of person x: secretary of d's party committee and chair of d's people's committee (a pilot on 2020-01-01). */
function pairIssue(): Issue {
  const structure = fixture([hold('x', unitId('d', 'party-committee'), 'secretary'), hold('x', unitId('d', 'peoples-committee'), 'chair')]);
  const [issue] = checkConcurrentRoles(structure, { asOf: d('2020-01-01') }).issues;
  if (issue === undefined) throw new Error('expected an issue');
  return issue;
}

/** The one unregulated pair of person x (no rule speaks of it). */
function unregulatedIssue(): Issue {
  const structure = fixture([hold('x', unitId('d', 'fatherland-front'), 'chair'), hold('x', unitId('c', 'peoples-committee'), 'viceChair')]);
  const [issue] = checkConcurrentRoles(structure, { asOf: d('2020-01-01') }).issues;
  if (issue === undefined) throw new Error('expected an issue');
  return issue;
}

describe('the params of a pair of posts: labels written when read (issue #14: small issues)', () => {
  it('names both posts, the party post first, in each language', () => {
    const { params, message } = pairIssue();
    expect(params?.postA).toEqual({ vi: 'bí thư party-committee d', en: 'secretary of party-committee of d' });
    expect(params?.postB).toEqual({ vi: 'chủ tịch peoples-committee d', en: 'chair of peoples-committee of d' });
    expect(message.en).toContain('secretary of party-committee of d');
    expect(message.vi).toContain('chủ tịch peoples-committee d');
  });

  it('keeps the params in their order, with nothing hidden among the enumerable keys', () => {
    const { params } = pairIssue();
    expect(Object.keys(params ?? {})).toEqual(['personName', 'personId', 'postA', 'postB', 'asOf', 'rule', 'ruleId', 'strength']);
    expect(Object.keys(unregulatedIssue().params ?? {})).toEqual(['personName', 'personId', 'postA', 'postB', 'asOf']);
    expect(Object.getOwnPropertySymbols(params).every((key) => !Object.getOwnPropertyDescriptor(params, key)?.enumerable)).toBe(true);
    // written when read: the labels are accessors, not stored text
    expect(typeof Object.getOwnPropertyDescriptor(params, 'postA')?.get).toBe('function');
    expect(typeof Object.getOwnPropertyDescriptor(params, 'postB')?.get).toBe('function');
  });

  it('is strictly deep-equal to the same params written as a literal, and a plain object', () => {
    const { params } = unregulatedIssue();
    expect(params).toStrictEqual({
      personName: 'Person x',
      personId: 'x',
      // the state post before the front's
      postA: { vi: 'phó chủ tịch peoples-committee c', en: 'vice-chair of peoples-committee of c' },
      postB: { vi: 'chủ tịch fatherland-front d', en: 'chair of fatherland-front of d' },
      asOf: '2020-01-01',
    });
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
  });

  it('serialises, spreads and clones with its labels as plain data', () => {
    const issue = pairIssue();
    const postA = issue.params?.postA;
    expect(JSON.parse(JSON.stringify(issue)).params.postA).toEqual(postA);
    expect({ ...issue.params }.postA).toEqual(postA);
    expect(structuredClone(issue).params?.postA).toEqual(postA);
    expect(JSON.stringify(issue)).not.toContain('Symbol');
  });

  it('keeps a label assigned to it, as a plain object would', () => {
    const params = pairIssue().params as Record<string, unknown>;
    const label = { vi: 'khác', en: 'other' };
    params.postB = label;
    expect(params.postB).toBe(label);
    expect(Object.keys(params)).toContain('postB');
  });
});
