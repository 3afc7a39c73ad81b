import type { z } from 'zod';
import type {
  areaUnitSchema,
  assignmentSchema,
  organisationUnitSchema,
  personSchema,
  publicServiceUnitSchema,
  staffCountsSchema,
  staffingSchema,
  structureSchema,
} from './schema.js';

/**
 * An area (địa bàn): country, province, district-level unit, commune-level unit, village or
 * residential group, with the facts the area standards use.
 *
 * @example
 * ```ts
 * const village: AreaUnit = {
 *   id: 'thon-1', kind: 'village', name: { vi: 'Thôn 1' }, parentId: 'xa-ky-nam',
 *   from: isoDate('2015-01-01'), households: 180, region: 'central', terrain: 'plains',
 * };
 * ```
 * @category Model
 */
export type AreaUnit = z.output<typeof areaUnitSchema>;

/**
 * A party, state or front organisation serving an area (`areaId`), optionally under a parent body.
 *
 * @example
 * ```ts
 * const committee: OrganisationUnit = {
 *   id: 'ubnd-ky-anh', kind: 'peoples-committee', name: { vi: 'UBND thị xã Kỳ Anh' },
 *   areaId: 'tx-ky-anh', from: isoDate('2015-06-01'),
 * };
 * ```
 * @category Model
 */
export type OrganisationUnit = z.output<typeof organisationUnitSchema>;

/**
 * A public service unit (đơn vị sự nghiệp công lập) with its sector and autonomy group.
 *
 * @example
 * ```ts
 * const centre: PublicServiceUnit = {
 *   id: 'ttyt', kind: 'public-service-unit', name: { vi: 'Trung tâm Y tế' },
 *   areaId: 'tx-ky-anh', from: isoDate('2015-06-01'), sector: 'health', autonomyGroup: 3,
 * };
 * ```
 * @category Model
 */
export type PublicServiceUnit = z.output<typeof publicServiceUnitSchema>;

/**
 * Any unit: a discriminated union on `kind`.
 *
 * @example
 * ```ts
 * function describe(unit: Unit) { return unit.kind === 'village' ? unit.households : unit.areaId; }
 * ```
 * @category Model
 */
export type Unit = AreaUnit | OrganisationUnit | PublicServiceUnit;

/** Any unit that is not an area. @category Model @example `const body: Organisation = committee;` */
export type Organisation = OrganisationUnit | PublicServiceUnit;

/** Headcounts by staff category. @category Model @example `const counts: StaffCounts = { civilServant: 20, publicEmployee: 4 };` */
export type StaffCounts = z.output<typeof staffCountsSchema>;

/** Quota and actual headcount of a unit. @category Model @example `const staffing: Staffing = { quota: { civilServant: 20 }, actual: { civilServant: 19 } };` */
export type Staffing = z.output<typeof staffingSchema>;

/** A person. @category Model @example `const person: Person = { id: 'p1', name: 'Nguyễn Văn A' };` */
export type Person = z.output<typeof personSchema>;

/** A person holding a post in a unit over a half-open interval. @category Model @example `const post: Assignment = { personId: 'p1', unitId: 'ubnd', role: 'chair', from: isoDate('2021-07-01') };` */
export type Assignment = z.output<typeof assignmentSchema>;

/**
 * The whole model: units (areas and organisations in one list), people and their assignments.
 * Treat it as immutable: functions never change it, and they cache an index per structure object.
 *
 * @example
 * ```ts
 * const structure: Structure = { units: [], people: [], assignments: [] };
 * ```
 * @category Model
 */
export type Structure = z.output<typeof structureSchema>;

/**
 * What `parseStructure` accepts before defaults: `people` and `assignments` may be left out.
 *
 * @example
 * ```ts
 * const input: StructureInput = { units: [] };
 * ```
 * @category Model
 */
export type StructureInput = z.input<typeof structureSchema>;
