import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import type { Structure } from '../../src/model/index.js';
import { applyPlan, findMergeCandidates, type FindMergeCandidatesOptions, validatePlan, type Plan, type ValidatePlanOptions } from '../../src/plan/index.js';
import { camPhaFixture, planOn } from './fixtures.js';

/** Calls the types forbid, as a caller without types (plain JavaScript, parsed JSON) makes them. */
const loose = <T>(value: unknown) => value as T;

describe('validatePlan — contract', () => {
  it.each([
    ['null', null, /^\[tinh-gon\] validatePlan: `plan\.operations` must be an array/],
    ['no operations', { effectiveOn: '2019-06-01' }, /`plan\.operations` must be an array/],
    ['no date', { operations: [] }, /^\[tinh-gon\] validatePlan: `plan\.effectiveOn` must be an ISO date/],
    ['a date with slashes', { effectiveOn: '2019/06/01', operations: [] }, /`plan\.effectiveOn` must be an ISO date/],
    ['a day that does not exist', { effectiveOn: '2019-02-30', operations: [] }, /`plan\.effectiveOn` must be an ISO date YYYY-MM-DD, received "2019-02-30"/],
  ])('throws a TypeError for a plan with %s', (_label, plan, message) => {
    expect(() => validatePlan(camPhaFixture(), plan as unknown as Plan)).toThrow(TypeError);
    expect(() => validatePlan(camPhaFixture(), plan as unknown as Plan)).toThrow(message);
  });
});

describe('every function of tinh-gon/plan throws a [tinh-gon] TypeError on a call the types forbid, at its boundary', () => {
  const structure = camPhaFixture();
  const plan = planOn('2019-06-01');

  it.each([
    ['a month without its zero', { effectiveOn: '2025-6-30', operations: [] }, /`plan\.effectiveOn` must be an ISO date YYYY-MM-DD, received "2025-6-30"/],
    ['operations that are not an array', { effectiveOn: '2019-06-01', operations: { length: 0 } }, /`plan\.operations` must be an array/],
  ])('validatePlan and applyPlan: a plan with %s', (_label, badPlan, message) => {
    for (const call of [validatePlan, applyPlan]) {
      expect(() => call(structure, loose<Plan>(badPlan))).toThrow(TypeError);
      expect(() => call(structure, loose<Plan>(badPlan))).toThrow(message);
    }
    expect(() => applyPlan(structure, loose<Plan>(badPlan))).toThrow(/^\[tinh-gon\] applyPlan: /);
  });

  it.each([
    ['null options', null, /^\[tinh-gon\] (validatePlan|applyPlan): options must be an object, received null$/],
    ['options that are a string', 'defaultRulebook', /options must be an object, received a string/],
    // anchored on the function's own name: a check further in (validateStructure's) says the same words
    ['a null rulebook', { rulebook: null }, /^\[tinh-gon\] (validatePlan|applyPlan): options\.rulebook must be a rulebook/],
    ['a rulebook without rules', { rulebook: {} }, /^\[tinh-gon\] (validatePlan|applyPlan): options\.rulebook must be a rulebook/],
    ['a rulebook without instruments', { rulebook: { rules: [] } }, /^\[tinh-gon\] (validatePlan|applyPlan): options\.rulebook must be a rulebook/],
    ['null exemptions', { exemptions: null }, /^\[tinh-gon\] (validatePlan|applyPlan): options\.exemptions must map area ids to arrays of reasons, received null$/],
    ['exemptions that are a string', { exemptions: 'all' }, /options\.exemptions must map area ids to arrays of reasons, received a string$/],
    ['an exemption that is not a list', { exemptions: { xa: 'formed-from-three-or-more' } }, /options\.exemptions must map area ids to arrays of reasons, received an object$/],
  ])('validatePlan and applyPlan: %s', (_label, options, message) => {
    for (const call of [validatePlan, applyPlan]) {
      expect(() => call(structure, plan, loose<ValidatePlanOptions>(options))).toThrow(TypeError);
      expect(() => call(structure, plan, loose<ValidatePlanOptions>(options))).toThrow(message);
    }
  });

  it.each([
    ['null', null, /structure must be an object, received null/],
    ['without assignments', { units: [], people: [] }, /structure\.assignments must be an array, received undefined/],
    ['with units that are not an array', { units: 'x', people: [], assignments: [] }, /structure\.units must be an array, received a string/],
  ])('validatePlan, applyPlan and findMergeCandidates: a structure %s', (_label, badStructure, detail) => {
    const message = /^\[tinh-gon\] (validatePlan|applyPlan|findMergeCandidates): structure/;
    expect(() => validatePlan(loose<Structure>(badStructure), plan)).toThrow(message);
    expect(() => applyPlan(loose<Structure>(badStructure), plan)).toThrow(message);
    expect(() => findMergeCandidates(loose<Structure>(badStructure), { asOf: isoDate('2019-06-01') })).toThrow(message);
    expect(() => validatePlan(loose<Structure>(badStructure), plan)).toThrow(detail);
  });

  it.each([
    ['no options', undefined, /^\[tinh-gon\] findMergeCandidates: options must be an object, received undefined$/],
    ['null options', null, /^\[tinh-gon\] findMergeCandidates: options must be an object, received null$/],
    ['no asOf', {}, /^\[tinh-gon\] findMergeCandidates: options\.asOf must be an ISO date YYYY-MM-DD, received undefined$/],
    ['a month without its zero', { asOf: '2025-6-30' }, /options\.asOf must be an ISO date YYYY-MM-DD, received "2025-6-30"/],
    ['a day that does not exist', { asOf: '2019-02-30' }, /options\.asOf must be an ISO date YYYY-MM-DD, received "2019-02-30"/],
    ['a null rulebook', { asOf: '2019-06-01', rulebook: null }, /options\.rulebook must be a rulebook/],
  ])('findMergeCandidates: %s', (_label, options, message) => {
    expect(() => findMergeCandidates(structure, loose<FindMergeCandidatesOptions>(options))).toThrow(TypeError);
    expect(() => findMergeCandidates(structure, loose<FindMergeCandidatesOptions>(options))).toThrow(message);
  });

  it('never reaches the destructuring of a missing argument', () => {
    const calls = [
      () => validatePlan(loose<Structure>(undefined), loose<Plan>(undefined)),
      () => applyPlan(structure, loose<Plan>(undefined)),
      () => findMergeCandidates(structure, loose<FindMergeCandidatesOptions>(undefined)),
    ];
    for (const call of calls) expect(call).toThrow(/^\[tinh-gon\] /);
  });
});
