import type { IsoDate } from '../core/IsoDate.js';
import type { AreaKind, OrganisationKind } from './kinds.js';
import type { Role } from './roles.js';

// The types below are written out by hand, so that an editor's hover and the reference show
// `Structure`, not the expansion of a zod schema. `tests/types/parse.test-d.ts` proves that the
// schemas of `tinh-gon/parse` produce exactly these types, field by field.

/**
 * A unit's name: Vietnamese, and English where one is known (both normalised to Unicode NFC
 * by `parseStructure`).
 *
 * @example
 * ```ts
 * const name: UnitName = { vi: 'Ủy ban nhân dân thị xã Kỳ Anh', en: "Ky Anh Town People's Committee" };
 * ```
 * @category Model
 */
export interface UnitName {
  /** The official Vietnamese name. */
  vi: string;
  /** An English name, where one is known. */
  en?: string | undefined;
}

/**
 * The terrain of an area (địa hình), which chooses the household standard of its villages.
 *
 * @example
 * ```ts
 * const terrain: Terrain = 'mountainous';
 * ```
 * @category Model
 */
export type Terrain = 'plains' | 'midland' | 'mountainous' | 'highland' | 'island';

/**
 * The socio-economic region (vùng) of an area.
 *
 * @example
 * ```ts
 * const region: Region = 'central';
 * ```
 * @category Model
 */
export type Region = 'northern-midlands-mountains' | 'red-river-delta' | 'central' | 'central-highlands' | 'south';

/**
 * The class of an administrative unit (phân loại đơn vị hành chính): special, 1, 2 or 3.
 *
 * @example
 * ```ts
 * const adminClass: AdministrativeClass = 1;
 * ```
 * @category Model
 */
export type AdministrativeClass = 'special' | 1 | 2 | 3;

/**
 * The financial-autonomy group of a public service unit (NĐ 60/2021): 1 (covers its recurrent
 * and investment spending) to 4 (funded by the state).
 *
 * @example
 * ```ts
 * const group: AutonomyGroup = 3;
 * ```
 * @category Model
 */
export type AutonomyGroup = 1 | 2 | 3 | 4;

/**
 * The fields every unit has: identity, name, parent and validity `[from, to)`.
 *
 * @example
 * ```ts
 * const fields: UnitFields = { id: 'xa-ky-nam', name: { vi: 'Xã Kỳ Nam' }, from: isoDate('2015-06-01') };
 * ```
 * @category Model
 */
export interface UnitFields {
  /** Identity of the unit (codes are reused over time: identity is the id). */
  id: string;
  name: UnitName;
  /** The body it belongs to, or the area it lies in. */
  parentId?: string | undefined;
  /** First day in force (inclusive). */
  from: IsoDate;
  /** First day no longer in force (exclusive); absent while in force. */
  to?: IsoDate | undefined;
  /** GSO/NSO code, where the unit has one (codes are reused over time: identity is `id`). */
  code?: string | undefined;
  /** Free text. */
  note?: string | undefined;
  /** `true` when figures in the record are illustrative rather than reported. */
  illustrative?: boolean | undefined;
}

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
export interface AreaUnit extends UnitFields {
  kind: AreaKind;
  population?: number | undefined;
  areaKm2?: number | undefined;
  households?: number | undefined;
  terrain?: Terrain | undefined;
  border?: boolean | undefined;
  region?: Region | undefined;
  adminClass?: AdministrativeClass | undefined;
  /**
   * Figures of this record that its source marks as doubtful (e.g. a population that looks like
   * thousands): a plan's area-standard checks report them as doubtful input, not as shortfalls.
   */
  doubtful?: ('population' | 'areaKm2' | 'households')[] | undefined;
}

/**
 * Headcounts by staff category.
 *
 * @example
 * ```ts
 * const counts: StaffCounts = { civilServant: 20, publicEmployee: 4 };
 * ```
 * @category Model
 */
export interface StaffCounts {
  /** Cán bộ. */
  cadre?: number | undefined;
  /** Công chức. */
  civilServant?: number | undefined;
  /** Viên chức. */
  publicEmployee?: number | undefined;
  /** Người hoạt động không chuyên trách. */
  nonProfessional?: number | undefined;
  /** Hợp đồng lao động. */
  contract?: number | undefined;
}

/**
 * Quota and actual headcount of a unit.
 *
 * @example
 * ```ts
 * const staffing: Staffing = { quota: { civilServant: 20 }, actual: { civilServant: 19 } };
 * ```
 * @category Model
 */
export interface Staffing {
  /** Biên chế được giao. */
  quota?: StaffCounts | undefined;
  /** Có mặt. */
  actual?: StaffCounts | undefined;
}

/**
 * The fields every organisation has besides a unit's: the area it serves and what it does.
 *
 * @example
 * ```ts
 * const fields: OrganisationFields = { id: 'ubnd', name: { vi: 'UBND' }, areaId: 'tx-ky-anh', from: isoDate('2015-06-01') };
 * ```
 * @category Model
 */
export interface OrganisationFields extends UnitFields {
  /** The area the organisation serves: gives its level. */
  areaId: string;
  /** Function tags (`propaganda`, `training`, …), used to find overlapping bodies. */
  functions?: string[] | undefined;
  staffing?: Staffing | undefined;
  /** Sector of a specialised agency or public service unit, e.g. `home-affairs`, `health`. */
  sector?: string | undefined;
}

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
export interface OrganisationUnit extends OrganisationFields {
  kind: Exclude<OrganisationKind, 'public-service-unit'>;
}

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
export interface PublicServiceUnit extends OrganisationFields {
  kind: 'public-service-unit';
  autonomyGroup?: AutonomyGroup | undefined;
}

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

/**
 * Any unit that is not an area.
 *
 * @example
 * ```ts
 * const body = findUnit(kyAnhTown2018, 'ubnd-tx-ky-anh') as Organisation;
 * body.areaId; //=> 'tx-ky-anh'
 * ```
 * @category Model
 */
export type Organisation = OrganisationUnit | PublicServiceUnit;

/**
 * A person.
 *
 * @example
 * ```ts
 * const person: Person = { id: 'p1', name: 'Nguyễn Văn A' };
 * ```
 * @category Model
 */
export interface Person {
  id: string;
  /** Full name, normalised to Unicode NFC. */
  name: string;
  birthDate?: IsoDate | undefined;
  sex?: 'male' | 'female' | undefined;
  /** The area the person comes from, for "non-local secretary" questions. */
  homeAreaId?: string | undefined;
}

/**
 * A person holding a post in a unit over a half-open interval `[from, to)`.
 *
 * @example
 * ```ts
 * const post: Assignment = { personId: 'p1', unitId: 'ubnd', role: 'chair', from: isoDate('2021-07-01') };
 * ```
 * @category Model
 */
export interface Assignment {
  id?: string | undefined;
  personId: string;
  unitId: string;
  role: Role;
  from: IsoDate;
  to?: IsoDate | undefined;
}

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
export interface Structure {
  units: Unit[];
  people: Person[];
  assignments: Assignment[];
}

/**
 * What `parseStructure` accepts: plain JSON, dates as strings, `people` and `assignments` may be
 * left out. Its fields are checked at run time, so any value may be passed; this type is what a
 * valid input looks like.
 *
 * @example
 * ```ts
 * const input: StructureInput = { units: [{ id: 'x', kind: 'village', name: { vi: 'Thôn 1' }, from: '2018-01-01' }] };
 * ```
 * @category Model
 */
export interface StructureInput {
  units: UnitInput[];
  people?: PersonInput[] | undefined;
  assignments?: AssignmentInput[] | undefined;
}

/**
 * A record as JSON carries it: the same fields, dates as plain strings.
 *
 * @typeParam T - A record type of the model.
 * @example
 * ```ts
 * const post: WithDateStrings<Assignment> = { personId: 'p1', unitId: 'ubnd', role: 'chair', from: '2021-07-01' };
 * ```
 * @category Model
 */
export type WithDateStrings<T> = { [K in keyof T]: T[K] extends IsoDate | undefined ? Exclude<T[K], IsoDate> | string : T[K] };

/**
 * A unit as JSON carries it (see {@link StructureInput}).
 *
 * @example
 * ```ts
 * const unit: UnitInput = { id: 'x', kind: 'village', name: { vi: 'Thôn 1' }, from: '2018-01-01' };
 * ```
 * @category Model
 */
export type UnitInput = WithDateStrings<AreaUnit> | WithDateStrings<OrganisationUnit> | WithDateStrings<PublicServiceUnit>;

/**
 * A person as JSON carries it (see {@link StructureInput}).
 *
 * @example
 * ```ts
 * const person: PersonInput = { id: 'p1', name: 'Nguyễn Văn A', birthDate: '1975-05-19' };
 * ```
 * @category Model
 */
export type PersonInput = WithDateStrings<Person>;

/**
 * An assignment as JSON carries it (see {@link StructureInput}).
 *
 * @example
 * ```ts
 * const post: AssignmentInput = { personId: 'p1', unitId: 'ubnd', role: 'chair', from: '2021-07-01' };
 * ```
 * @category Model
 */
export type AssignmentInput = WithDateStrings<Assignment>;
