import type { Bilingual } from '../core/Bilingual.js';
import { describeArgument } from '../core/assertOptions.js';

/**
 * The five families of units in the political system (hệ thống chính trị).
 *
 * @example
 * ```ts
 * const family: Family = 'front';
 * ```
 * @category Model
 */
export type Family = 'area' | 'party' | 'state' | 'front' | 'public-service';

/**
 * Levels of the system: central (trung ương), province (cấp tỉnh), district (cấp huyện — until
 * 2025-06-30), commune (cấp xã) and village (thôn, tổ dân phố — a self-managed community, not a
 * level of government).
 *
 * @example
 * ```ts
 * const level: Level = 'commune';
 * ```
 * @category Model
 */
export type Level = 'central' | 'province' | 'district' | 'commune' | 'village';

/** The levels from top to bottom. @category Model @example `LEVELS[0] //=> 'central'` */
export const LEVELS = ['central', 'province', 'district', 'commune', 'village'] as const satisfies readonly Level[];

interface KindInfo {
  readonly family: Family;
  /** For areas, the level the area is; organisations take their level from their area. */
  readonly level?: Level;
  readonly label: Bilingual;
}

/**
 * Every unit kind with its family, (for areas) its level, and its Vietnamese and English label.
 *
 * @example
 * ```ts
 * UNIT_KINDS['urban-district'].label.vi; //=> 'quận'
 * UNIT_KINDS['peoples-committee'].family; //=> 'state'
 * ```
 * @category Model
 */
export const UNIT_KINDS = {
  // areas (địa bàn)
  country: { family: 'area', level: 'central', label: { vi: 'quốc gia', en: 'country' } },
  province: { family: 'area', level: 'province', label: { vi: 'tỉnh', en: 'province' } },
  'centrally-run-city': {
    family: 'area',
    level: 'province',
    label: { vi: 'thành phố trực thuộc trung ương', en: 'centrally-run city' },
  },
  district: { family: 'area', level: 'district', label: { vi: 'huyện', en: 'rural district' } },
  town: { family: 'area', level: 'district', label: { vi: 'thị xã', en: 'district-level town' } },
  'provincial-city': { family: 'area', level: 'district', label: { vi: 'thành phố thuộc tỉnh', en: 'provincial city' } },
  'urban-district': { family: 'area', level: 'district', label: { vi: 'quận', en: 'urban district' } },
  'municipal-city': {
    family: 'area',
    level: 'district',
    label: { vi: 'thành phố thuộc thành phố trực thuộc trung ương', en: 'city within a centrally-run city' },
  },
  commune: { family: 'area', level: 'commune', label: { vi: 'xã', en: 'commune' } },
  ward: { family: 'area', level: 'commune', label: { vi: 'phường', en: 'ward' } },
  township: { family: 'area', level: 'commune', label: { vi: 'thị trấn', en: 'township' } },
  'special-zone': { family: 'area', level: 'commune', label: { vi: 'đặc khu', en: 'special zone' } },
  village: { family: 'area', level: 'village', label: { vi: 'thôn', en: 'village' } },
  'residential-group': { family: 'area', level: 'village', label: { vi: 'tổ dân phố', en: 'residential group' } },
  // party (Đảng)
  'party-committee': { family: 'party', label: { vi: 'đảng bộ (cấp ủy)', en: 'party committee' } },
  'party-cell': { family: 'party', label: { vi: 'chi bộ', en: 'party cell' } },
  'organisation-board': { family: 'party', label: { vi: 'ban tổ chức', en: 'organisation board' } },
  'propaganda-board': { family: 'party', label: { vi: 'ban tuyên giáo', en: 'propaganda and education board' } },
  'mass-mobilisation-board': { family: 'party', label: { vi: 'ban dân vận', en: 'mass mobilisation board' } },
  'propaganda-mass-mobilisation-board': {
    family: 'party',
    label: { vi: 'ban tuyên giáo và dân vận', en: 'propaganda and mass mobilisation board' },
  },
  'internal-affairs-board': { family: 'party', label: { vi: 'ban nội chính', en: 'internal affairs board' } },
  'party-building-board': { family: 'party', label: { vi: 'ban xây dựng Đảng', en: 'party building board' } },
  'party-office': { family: 'party', label: { vi: 'văn phòng cấp ủy', en: 'party committee office' } },
  'inspection-commission': { family: 'party', label: { vi: 'ủy ban kiểm tra', en: 'inspection commission' } },
  'party-delegation': {
    family: 'party',
    label: { vi: 'đảng đoàn, ban cán sự đảng', en: 'party delegation' },
  },
  'bloc-committee': { family: 'party', label: { vi: 'đảng ủy khối', en: 'bloc party committee' } },
  // state (Nhà nước)
  'peoples-council': { family: 'state', label: { vi: 'Hội đồng nhân dân', en: "People's Council" } },
  'peoples-committee': { family: 'state', label: { vi: 'Ủy ban nhân dân', en: "People's Committee" } },
  'specialised-agency': {
    family: 'state',
    label: { vi: 'cơ quan chuyên môn (sở, phòng)', en: 'specialised agency' },
  },
  inspectorate: { family: 'state', label: { vi: 'thanh tra', en: 'inspectorate' } },
  'government-office': {
    family: 'state',
    label: { vi: 'văn phòng HĐND và UBND', en: "office of the People's Council and Committee" },
  },
  // front and mass organisations (Mặt trận và đoàn thể)
  'fatherland-front': { family: 'front', label: { vi: 'Ủy ban Mặt trận Tổ quốc', en: 'Fatherland Front committee' } },
  'trade-union': { family: 'front', label: { vi: 'Công đoàn (Liên đoàn Lao động)', en: 'trade union federation' } },
  'farmers-union': { family: 'front', label: { vi: 'Hội Nông dân', en: "Farmers' Union" } },
  'womens-union': { family: 'front', label: { vi: 'Hội Liên hiệp Phụ nữ', en: "Women's Union" } },
  'youth-union': { family: 'front', label: { vi: 'Đoàn TNCS Hồ Chí Minh', en: 'Ho Chi Minh Communist Youth Union' } },
  'veterans-association': { family: 'front', label: { vi: 'Hội Cựu chiến binh', en: "Veterans' Association" } },
  'mass-association': {
    family: 'front',
    label: { vi: 'hội quần chúng được giao nhiệm vụ', en: 'mass association with assigned tasks' },
  },
  'front-work-committee': {
    family: 'front',
    label: { vi: 'ban công tác Mặt trận', en: 'Front work committee (village)' },
  },
  // public service (sự nghiệp công lập)
  'public-service-unit': {
    family: 'public-service',
    label: { vi: 'đơn vị sự nghiệp công lập', en: 'public service unit' },
  },
} as const satisfies Record<string, KindInfo>;

/**
 * Any unit kind.
 *
 * @example
 * ```ts
 * const kind: UnitKind = 'ward';
 * ```
 * @category Model
 */
// `& string` changes nothing but keeps the name: signatures show the alias, not its whole union.
export type UnitKind = keyof typeof UNIT_KINDS & string;

/**
 * The unit kinds of one family.
 *
 * @example
 * ```ts
 * const kind: KindsOf<'state'> = 'inspectorate';
 * ```
 * @category Model
 */
export type KindsOf<F extends Family> = {
  [K in UnitKind]: (typeof UNIT_KINDS)[K]['family'] extends F ? K : never;
}[UnitKind];

/** Area kinds (địa bàn). @category Model @example `const kind: AreaKind = 'commune';` */
export type AreaKind = KindsOf<'area'>;
/** Party kinds. @category Model @example `const kind: PartyKind = 'party-cell';` */
export type PartyKind = KindsOf<'party'>;
/** State kinds. @category Model @example `const kind: StateKind = 'peoples-council';` */
export type StateKind = KindsOf<'state'>;
/** Front and mass-organisation kinds. @category Model @example `const kind: FrontKind = 'veterans-association';` */
export type FrontKind = KindsOf<'front'>;
/** Organisation kinds: every kind that is not an area. @category Model @example `const kind: OrganisationKind = 'inspectorate';` */
export type OrganisationKind = Exclude<UnitKind, AreaKind>;

const kindList = Object.keys(UNIT_KINDS) as UnitKind[];

/** All unit kinds, in catalogue order. @category Model @example `UNIT_KIND_LIST.includes('ward') //=> true` */
export const UNIT_KIND_LIST: readonly UnitKind[] = kindList;
/** All area kinds. @category Model @example `AREA_KINDS.includes('village') //=> true` */
export const AREA_KINDS: readonly AreaKind[] = kindList.filter(
  (kind): kind is AreaKind => UNIT_KINDS[kind].family === 'area',
);
/** All organisation kinds. @category Model @example `ORGANISATION_KINDS.includes('ward') //=> false` */
export const ORGANISATION_KINDS: readonly OrganisationKind[] = kindList.filter(
  (kind): kind is OrganisationKind => UNIT_KINDS[kind].family !== 'area',
);

/**
 * Whether a kind is an area kind.
 *
 * @param kind - A unit kind.
 * @returns `true` for country, province, …, village, residential group.
 * @example
 * ```ts
 * isAreaKind('ward');              //=> true
 * isAreaKind('peoples-committee'); //=> false
 * ```
 * @category Model
 */
export function isAreaKind(kind: UnitKind): kind is AreaKind {
  return areaKinds.has(kind);
}

// a Set answers in one hash lookup, where UNIT_KINDS[kind].family is two property loads by name
const areaKinds: ReadonlySet<UnitKind> = new Set(AREA_KINDS);

/**
 * The family of a kind.
 *
 * @param kind - A unit kind.
 * @returns Its family.
 * @throws {TypeError} When `kind` is not a unit kind.
 * @example
 * ```ts
 * getFamily('inspection-commission'); //=> 'party'
 * ```
 * @category Model
 */
export function getFamily(kind: UnitKind): Family {
  // the lookup that answers is the check: an unknown kind (or `constructor`) has no family
  const family = (UNIT_KINDS as Readonly<Record<string, KindInfo | undefined>>)[kind]?.family;
  if (family === undefined) throw new TypeError(`[tinh-gon] getFamily: kind must be a unit kind, received ${describeArgument(kind)}`);
  return family;
}

/**
 * The level an area kind stands at.
 *
 * @param kind - An area kind.
 * @returns Its level.
 * @throws {TypeError} When `kind` is not an area kind (an organisation's kind, an unknown one).
 * @example
 * ```ts
 * getAreaLevel('town'); //=> 'district'
 * ```
 * @category Model
 */
export function getAreaLevel(kind: AreaKind): Level {
  // the lookup that answers is the check: an organisation's kind or an unknown one has no level
  const level = (UNIT_KINDS as Readonly<Record<string, KindInfo | undefined>>)[kind]?.level;
  if (level === undefined) throw new TypeError(`[tinh-gon] getAreaLevel: kind must be an area kind, received ${describeArgument(kind)}`);
  return level;
}

/**
 * Parent kinds an organisation may sit under (the body it belongs to). Areas get their parent
 * kinds from the dated `structure.area-hierarchy` rule instead, because they changed in 2025.
 *
 * - party bodies sit under a party committee (a committee also under a bloc committee);
 * - state bodies under a people's committee (a people's council under none);
 * - front organisations under the Fatherland Front (since 2025) or none;
 * - public service units under any organisation.
 *
 * @example
 * ```ts
 * ORGANISATION_PARENT_KINDS['party-cell']; //=> ['party-committee']
 * ```
 * @category Model
 */
export const ORGANISATION_PARENT_KINDS: Readonly<Record<OrganisationKind, readonly OrganisationKind[] | 'any-organisation'>> = {
  'party-committee': ['party-committee', 'bloc-committee'],
  'party-cell': ['party-committee'],
  'organisation-board': ['party-committee'],
  'propaganda-board': ['party-committee'],
  'mass-mobilisation-board': ['party-committee'],
  'propaganda-mass-mobilisation-board': ['party-committee'],
  'internal-affairs-board': ['party-committee'],
  'party-building-board': ['party-committee'],
  'party-office': ['party-committee'],
  'inspection-commission': ['party-committee'],
  'party-delegation': ['party-committee'],
  'bloc-committee': ['party-committee'],
  'peoples-council': [],
  'peoples-committee': [],
  'specialised-agency': ['peoples-committee'],
  inspectorate: ['peoples-committee'],
  'government-office': ['peoples-committee', 'peoples-council'],
  'fatherland-front': ['fatherland-front'],
  'trade-union': ['fatherland-front', 'trade-union'],
  'farmers-union': ['fatherland-front', 'farmers-union'],
  'womens-union': ['fatherland-front', 'womens-union'],
  'youth-union': ['fatherland-front', 'youth-union'],
  'veterans-association': ['fatherland-front', 'veterans-association'],
  'mass-association': ['fatherland-front', 'mass-association'],
  'front-work-committee': ['fatherland-front'],
  'public-service-unit': 'any-organisation',
};
