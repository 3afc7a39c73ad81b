import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  AreaUnit,
  Assignment,
  OrganisationUnit,
  Person,
  PublicServiceUnit,
  Result,
  StaffCounts,
  Staffing,
  Structure,
  StructureInput,
  Unit,
  UnitName,
} from '../../src/index.js';
import {
  type areaUnitSchema,
  type assignmentSchema,
  type nameSchema,
  type organisationUnitSchema,
  parseStructure,
  type personSchema,
  type publicServiceUnitSchema,
  type staffCountsSchema,
  type staffingSchema,
  type structureSchema,
  type unitSchema,
} from '../../src/parse/index.js';

// The model's interfaces are written by hand (so editors and the reference show `Structure`, not
// an expanded zod type); these assertions prove the schemas produce exactly those types, both ways.
describe('the schemas of tinh-gon/parse produce the named types of the root', () => {
  it('for every record', () => {
    expectTypeOf<z.output<typeof nameSchema>>().toEqualTypeOf<UnitName>();
    expectTypeOf<z.output<typeof staffCountsSchema>>().toEqualTypeOf<StaffCounts>();
    expectTypeOf<z.output<typeof staffingSchema>>().toEqualTypeOf<Staffing>();
    expectTypeOf<z.output<typeof areaUnitSchema>>().toEqualTypeOf<AreaUnit>();
    expectTypeOf<z.output<typeof organisationUnitSchema>>().toEqualTypeOf<OrganisationUnit>();
    expectTypeOf<z.output<typeof publicServiceUnitSchema>>().toEqualTypeOf<PublicServiceUnit>();
    expectTypeOf<z.output<typeof unitSchema>>().toEqualTypeOf<Unit>();
    expectTypeOf<z.output<typeof personSchema>>().toEqualTypeOf<Person>();
    expectTypeOf<z.output<typeof assignmentSchema>>().toEqualTypeOf<Assignment>();
  });

  it('for the whole structure, and for what it accepts', () => {
    expectTypeOf<z.output<typeof structureSchema>>().toEqualTypeOf<Structure>();
    expectTypeOf<Structure>().toEqualTypeOf<z.output<typeof structureSchema>>();
    expectTypeOf<z.input<typeof structureSchema>>().toEqualTypeOf<StructureInput>();
  });
});

describe('parseStructure', () => {
  it('parses into a result that must be checked before use', () => {
    const result = parseStructure({ units: [] });
    expectTypeOf(result).toEqualTypeOf<Result<Structure>>();
    // @ts-expect-error value is only there once ok is checked
    result.value;
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Structure>();
  });

  it('takes anything', () => {
    expectTypeOf(parseStructure).parameter(0).toEqualTypeOf<unknown>();
  });
});
