import { describe, expectTypeOf, it } from 'vitest';
import {
  type AreaKind,
  type AreaUnit,
  type Assignment,
  type FindAssignmentsFilter,
  type Issue,
  type IssueCode,
  type IssueCollector,
  type IsoDate,
  type Organisation,
  type OrganisationKind,
  type Person,
  type Result,
  type RuleParams,
  type Structure,
  type StructureIndex,
  type Unit,
  type ValidateStructureOptions,
  capIssues,
  createIssueCollector,
  defaultRulebook,
  findAssignments,
  findRule,
  findUnitsInForce,
  formatReport,
  indexStructure,
  isArea,
  isoDate,
  toResult,
  validateStructure,
} from '../../src/index.js';

const structure: Structure = { units: [], people: [], assignments: [] };

describe('the root entry: dates', () => {
  it('brands dates: a plain string is not an IsoDate', () => {
    expectTypeOf(isoDate('2025-07-01')).toEqualTypeOf<IsoDate>();
    expectTypeOf<string>().not.toMatchTypeOf<IsoDate>();
    // @ts-expect-error a plain string is not accepted where a date is asked
    validateStructure({ units: [], people: [], assignments: [] }, { asOf: '2025-07-01' });
    // @ts-expect-error nor by the queries
    findUnitsInForce(structure, '2025-07-01');
  });

  it('requires the options of validateStructure, and a date in them', () => {
    // @ts-expect-error options are required
    validateStructure(structure);
    // @ts-expect-error null is not options
    validateStructure(structure, null);
    expectTypeOf<ValidateStructureOptions['asOf']>().toEqualTypeOf<IsoDate>();
  });
});

describe('the root entry: the model has named types', () => {
  it('discriminates units on kind', () => {
    expectTypeOf<AreaUnit['kind']>().toEqualTypeOf<AreaKind>();
    expectTypeOf<Organisation['kind']>().toEqualTypeOf<OrganisationKind>();
    const narrow = (unit: Unit) => (isArea(unit) ? unit.households : unit.areaId);
    expectTypeOf(narrow).returns.toEqualTypeOf<number | undefined | string>();
  });

  it('types a structure by its interfaces', () => {
    expectTypeOf<Structure['units']>().toEqualTypeOf<Unit[]>();
    expectTypeOf<Structure['people']>().toEqualTypeOf<Person[]>();
    expectTypeOf<Structure['assignments']>().toEqualTypeOf<Assignment[]>();
    expectTypeOf<Assignment['from']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<Assignment['to']>().toEqualTypeOf<IsoDate | undefined>();
  });

  it('indexes by position and by id', () => {
    expectTypeOf(indexStructure(structure)).toEqualTypeOf<StructureIndex>();
    expectTypeOf<StructureIndex['unitPositionById']>().toEqualTypeOf<ReadonlyMap<string, number>>();
    expectTypeOf<StructureIndex['unitsById']>().toEqualTypeOf<ReadonlyMap<string, Unit>>();
    expectTypeOf(findAssignments).parameter(2).toEqualTypeOf<FindAssignmentsFilter | undefined>();
  });
});

describe('the root entry: results', () => {
  it('returns pure-check results of coded issues', () => {
    expectTypeOf(validateStructure).returns.toEqualTypeOf<Result<void>>();
    expectTypeOf<Issue['code']>().toEqualTypeOf<IssueCode>();
    expectTypeOf<'rule_not_in_force'>().toMatchTypeOf<IssueCode>();
    expectTypeOf<'issues_truncated'>().toMatchTypeOf<IssueCode>();
    expectTypeOf<'no_such_code'>().not.toMatchTypeOf<IssueCode>();
  });

  it('carries a value only on success', () => {
    const result = toResult([], 42);
    expectTypeOf(result).toEqualTypeOf<Result<number>>();
    // @ts-expect-error value is only there once ok is checked
    result.value;
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<number>();
    else expectTypeOf(result).not.toHaveProperty('value');
    expectTypeOf(toResult([])).toEqualTypeOf<Result<void>>();
  });

  it('bounds reports with one collector and one cap', () => {
    const collector = createIssueCollector({ limit: 10 });
    expectTypeOf(collector).toEqualTypeOf<IssueCollector>();
    expectTypeOf(collector.toResult('x')).toEqualTypeOf<Result<string>>();
    expectTypeOf(capIssues).returns.toEqualTypeOf<readonly Issue[]>();
    // @ts-expect-error the collector takes catalogue codes only
    collector.add('no_such_code');
  });

  it('formats in the two languages only', () => {
    expectTypeOf(formatReport(toResult([]), { locale: 'en', limit: 5 })).toEqualTypeOf<string>();
    // @ts-expect-error no other locale
    formatReport(toResult([]), { locale: 'fr' });
  });

  it('types rule params by rule type', () => {
    const found = findRule(defaultRulebook, 'structure.area-hierarchy', isoDate('2025-07-01'), { type: 'area-hierarchy' });
    if (found.ok) expectTypeOf(found.inForce.version.params).toEqualTypeOf<RuleParams<'area-hierarchy'>>();
  });
});
