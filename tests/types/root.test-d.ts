import { describe, expectTypeOf, it } from 'vitest';
import { type AreaKind, type AreaUnit, type Issue, type IssueCode, type IsoDate, type Organisation, type OrganisationKind, type Result, type RuleParams, type Structure, type Unit, defaultRulebook, findRule, isArea, isoDate, validateStructure } from '../../src/index.js';
import { parseStructure } from '../../src/parse/index.js';

describe('public types', () => {
  it('brands dates: a plain string is not an IsoDate', () => {
    expectTypeOf(isoDate('2025-07-01')).toEqualTypeOf<IsoDate>();
    expectTypeOf<string>().not.toMatchTypeOf<IsoDate>();
    // @ts-expect-error a plain string is not accepted where a date is asked
    validateStructure({ units: [], people: [], assignments: [] }, { asOf: '2025-07-01' });
  });

  it('discriminates units on kind', () => {
    expectTypeOf<AreaUnit['kind']>().toEqualTypeOf<AreaKind>();
    expectTypeOf<Organisation['kind']>().toEqualTypeOf<OrganisationKind>();
    const narrow = (unit: Unit) => (isArea(unit) ? unit.households : unit.areaId);
    expectTypeOf(narrow).returns.toEqualTypeOf<number | undefined | string>();
  });

  it('parses into a result that must be checked before use', () => {
    const result = parseStructure({ units: [] });
    expectTypeOf(result).toEqualTypeOf<Result<Structure>>();
    // @ts-expect-error value is only there once ok is checked
    result.value;
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Structure>();
  });

  it('returns reports of coded issues', () => {
    expectTypeOf(validateStructure).returns.toEqualTypeOf<Result<void>>();
    expectTypeOf<Issue['code']>().toEqualTypeOf<IssueCode>();
    expectTypeOf<'rule_not_in_force'>().toMatchTypeOf<IssueCode>();
    expectTypeOf<'no_such_code'>().not.toMatchTypeOf<IssueCode>();
  });

  it('types rule params by rule type', () => {
    const found = findRule(defaultRulebook, 'structure.area-hierarchy', isoDate('2025-07-01'), { type: 'area-hierarchy' });
    if (found.ok) expectTypeOf(found.inForce.version.params).toEqualTypeOf<RuleParams<'area-hierarchy'>>();
  });
});
