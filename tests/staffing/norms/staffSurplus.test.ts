import { describe, expect, it } from 'vitest';
import { staffSurplus } from '../../../src/staffing/index.js';

describe('staffSurplus', () => {
  it.each([
    [25, 22, 3, 0],
    [22, 22, 0, 0],
    [20, 22, 0, 2],
  ])('%i in post against a norm of %i: surplus %i, shortfall %i', (actual, norm, surplus, shortfall) => {
    const answer = staffSurplus(actual, norm, 'x');
    const result = { ...answer.value, issues: answer.issues };
    expect(answer.ok).toBe(true);
    expect([result.surplus, result.shortfall]).toEqual([surplus, shortfall]);
    expect(result.issues.map((issue) => issue.code)).toEqual(surplus > 0 ? ['staff_above_norm'] : []);
  });

  it('names the unit in the warning, or ? without one', () => {
    expect(staffSurplus(25, 22, 'xa-1').issues[0]).toMatchObject({ severity: 'warning', unitIds: ['xa-1'], params: { unitId: 'xa-1', actual: 25, norm: 22, surplus: 3 } });
    const anonymous = staffSurplus(23, 22).issues[0];
    expect(anonymous?.params).toMatchObject({ unitId: '?', surplus: 1 });
    expect(anonymous?.unitIds).toBeUndefined();
  });

  it.each([
    ['a negative count', () => staffSurplus(-1, 22), RangeError, 'actual must be a non-negative safe integer'],
    ['a string norm', () => staffSurplus(25, '22' as never), TypeError, 'norm must be a non-negative safe integer, received "22"'],
    ['a numeric unit id', () => staffSurplus(25, 22, 7 as never), TypeError, 'unitId must be a string, received number'],
  ] as const)('refuses %s', (_name, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});
