/**
 * A deterministic generator of a national-scale {@link Structure}, built on the area lists of
 * `nationalAreas.ts` (generated in the shape and numbers of the real ones; the one seam where the
 * real lists plug in) and filled in with seeded synthetic bodies, villages, people and posts in the
 * shape of the real political system. Benchmarks only: the figures are illustrative (every
 * organisation carries `illustrative: true`).
 */
import type {
  AreaKind,
  AreaUnit,
  Assignment,
  IsoDate,
  Organisation,
  OrganisationKind,
  Person,
  Role,
  StaffCounts,
  Structure,
  Unit,
} from '../src/index.js';
import { loadNationalAreas, type NationalAreas, POST_2025_FROM, PRE_2025_FROM } from './nationalAreas.js';

/**
 * Which side of the 2025 reform to generate: two tiers (34 provinces, 3,321 communes) or three
 * (63 provinces, 696 districts, 10,035 communes).
 *
 * @example
 * ```ts
 * const era: Era = 'post2025';
 * ```
 * @category Benchmarks
 */
export type Era = 'post2025' | 'pre2025';

/**
 * The size factor applied to communes, villages, people and posts (provinces and districts stay):
 * 1/16× and ¼× keep every sixteenth and every fourth commune, 1× all, 4× and 8× add copies of each
 * commune with fresh ids.
 *
 * @example
 * ```ts
 * const scale: Scale = 0.25;
 * ```
 * @category Benchmarks
 */
export type Scale = 0.0625 | 0.25 | 1 | 4 | 8;

/**
 * Options of {@link generateNationalStructure}.
 *
 * @example
 * ```ts
 * const options: GenerateNationalStructureOptions = { era: 'post2025', scale: 1, seed: 2025 };
 * ```
 * @category Benchmarks
 */
export interface GenerateNationalStructureOptions {
  readonly era: Era;
  readonly scale: Scale;
  /** Seed of the PRNG; the same seed gives the same structure. Defaults to 2025. */
  readonly seed?: number;
  /** The area lists to build on; defaults to {@link loadNationalAreas} of the era (the seam for the real data). */
  readonly areas?: NationalAreas;
}

/**
 * The date each era's structure is meant to be read on (and validated for).
 *
 * @example
 * ```ts
 * ERA_AS_OF.post2025; //=> '2025-07-01'
 * ```
 * @category Benchmarks
 */
export const ERA_AS_OF: Readonly<Record<Era, IsoDate>> = {
  post2025: '2025-07-01' as IsoDate,
  pre2025: '2025-06-30' as IsoDate,
};

/**
 * Mulberry32: a tiny seeded PRNG returning floats in [0, 1). Deterministic across platforms.
 *
 * @param seed - Any 32-bit integer.
 * @returns A function returning the next number of the sequence.
 * @example
 * ```ts
 * const next = mulberry32(1);
 * next() === mulberry32(1)(); //=> true
 * ```
 * @category Benchmarks
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_NAMES_MALE = ['Văn', 'Đức', 'Hữu', 'Quang', 'Minh', 'Công', 'Xuân', 'Thanh'];
const MIDDLE_NAMES_FEMALE = ['Thị', 'Thu', 'Ngọc', 'Minh', 'Thanh', 'Hồng', 'Kim'];
const GIVEN_NAMES_MALE = ['Anh', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khoa', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Tuấn', 'Việt'];
const GIVEN_NAMES_FEMALE = ['An', 'Chi', 'Dung', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Oanh', 'Phương', 'Thảo', 'Yến'];

interface Sector {
  readonly sector: string;
  readonly vi: string;
}

/** Provincial departments (sở) after 2025-07-01. */
const POST_DEPARTMENTS: readonly Sector[] = [
  { sector: 'home-affairs', vi: 'Sở Nội vụ' },
  { sector: 'finance', vi: 'Sở Tài chính' },
  { sector: 'justice', vi: 'Sở Tư pháp' },
  { sector: 'construction', vi: 'Sở Xây dựng' },
  { sector: 'agriculture-environment', vi: 'Sở Nông nghiệp và Môi trường' },
  { sector: 'industry-trade', vi: 'Sở Công Thương' },
  { sector: 'education', vi: 'Sở Giáo dục và Đào tạo' },
  { sector: 'health', vi: 'Sở Y tế' },
  { sector: 'culture-sports-tourism', vi: 'Sở Văn hóa, Thể thao và Du lịch' },
  { sector: 'science-technology', vi: 'Sở Khoa học và Công nghệ' },
  { sector: 'ethnic-religious-affairs', vi: 'Sở Dân tộc và Tôn giáo' },
  { sector: 'foreign-affairs', vi: 'Sở Ngoại vụ' },
  { sector: 'planning-investment', vi: 'Sở Kế hoạch và Đầu tư' },
  { sector: 'labour-welfare', vi: 'Sở Lao động - Thương binh và Xã hội' },
];
/** Provincial departments before 2025 (a few more than after). */
const PRE_DEPARTMENTS: readonly Sector[] = [
  ...POST_DEPARTMENTS,
  { sector: 'transport', vi: 'Sở Giao thông vận tải' },
  { sector: 'information-communications', vi: 'Sở Thông tin và Truyền thông' },
  { sector: 'natural-resources', vi: 'Sở Tài nguyên và Môi trường' },
];
/** District-level divisions (phòng) before 2025. */
const DISTRICT_DIVISIONS: readonly Sector[] = [
  { sector: 'home-affairs', vi: 'Phòng Nội vụ' },
  { sector: 'finance', vi: 'Phòng Tài chính - Kế hoạch' },
  { sector: 'justice', vi: 'Phòng Tư pháp' },
  { sector: 'economy', vi: 'Phòng Kinh tế và Hạ tầng' },
  { sector: 'agriculture', vi: 'Phòng Nông nghiệp và Phát triển nông thôn' },
  { sector: 'natural-resources', vi: 'Phòng Tài nguyên và Môi trường' },
  { sector: 'education', vi: 'Phòng Giáo dục và Đào tạo' },
  { sector: 'health', vi: 'Phòng Y tế' },
  { sector: 'culture', vi: 'Phòng Văn hóa và Thông tin' },
  { sector: 'labour-welfare', vi: 'Phòng Lao động - Thương binh và Xã hội' },
  { sector: 'ethnic-affairs', vi: 'Phòng Dân tộc' },
];
const MASS_ASSOCIATIONS = ['Hội Chữ thập đỏ', 'Hội Người cao tuổi', 'Hội Văn học nghệ thuật', 'Hội Luật gia', 'Hội Khuyến học'];

interface Bodies {
  readonly partyCommittee: string;
  readonly committee: string;
  readonly front: string;
}

class Builder {
  readonly units: Unit[] = [];
  readonly people: Person[] = [];
  readonly assignments: Assignment[] = [];
  private personCount = 0;
  private assignmentCount = 0;

  constructor(
    private readonly random: () => number,
    private readonly from: IsoDate,
  ) {}

  chance(p: number): boolean {
    return this.random() < p;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  area(unit: AreaUnit): void {
    this.units.push(unit);
  }

  organisation(
    id: string,
    kind: OrganisationKind,
    vi: string,
    areaId: string,
    parentId: string | undefined,
    extra: { sector?: string; quota?: StaffCounts } = {},
  ): string {
    const unit = {
      id,
      kind,
      name: { vi },
      areaId,
      from: this.from,
      illustrative: true,
      ...(parentId === undefined ? {} : { parentId }),
      ...(extra.sector === undefined ? {} : { sector: extra.sector }),
      ...(extra.quota === undefined ? {} : { staffing: { quota: extra.quota, actual: this.actualOf(extra.quota) } }),
      ...(kind === 'public-service-unit' ? { autonomyGroup: this.int(1, 4) as 1 | 2 | 3 | 4 } : {}),
    } as Organisation;
    this.units.push(unit);
    return id;
  }

  private actualOf(quota: StaffCounts): StaffCounts {
    const actual: Record<string, number> = {};
    for (const [category, value] of Object.entries(quota)) {
      if (value !== undefined) actual[category] = value - this.int(0, Math.min(3, value));
    }
    return actual as StaffCounts;
  }

  person(homeAreaId: string): string {
    this.personCount += 1;
    const id = `n${this.personCount}`;
    const female = this.chance(0.3);
    const name = `${this.pick(FAMILY_NAMES)} ${this.pick(female ? MIDDLE_NAMES_FEMALE : MIDDLE_NAMES_MALE)} ${this.pick(
      female ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE,
    )}`;
    const year = this.int(1962, 1995);
    const month = String(this.int(1, 12)).padStart(2, '0');
    const day = String(this.int(1, 28)).padStart(2, '0');
    this.people.push({ id, name, birthDate: `${year}-${month}-${day}` as IsoDate, sex: female ? 'female' : 'male', homeAreaId });
    return id;
  }

  post(personId: string, unitId: string, role: Role): string {
    this.assignmentCount += 1;
    this.assignments.push({ id: `a${this.assignmentCount}`, personId, unitId, role, from: this.from });
    return personId;
  }

  /** A new person holding one post. */
  staff(areaId: string, unitId: string, role: Role): string {
    return this.post(this.person(areaId), unitId, role);
  }
}

function quota(builder: Builder, category: keyof StaffCounts, min: number, max: number): StaffCounts {
  return { [category]: builder.int(min, max) };
}

/** Party, state and front bodies of a province or (before 2025) a district, with their leaders. */
function buildUpperTier(b: Builder, area: AreaUnit, tier: 'province' | 'district', era: Era, parent: Bodies | undefined): Bodies {
  const a = area.id;
  const name = area.name.vi;
  const pc = b.organisation(`${a}/pc`, 'party-committee', `Đảng bộ ${name}`, a, parent?.partyCommittee);
  const boards: [OrganisationKind, string][] =
    tier === 'province' && era === 'post2025'
      ? [
          ['party-office', 'Văn phòng Tỉnh ủy'],
          ['organisation-board', 'Ban Tổ chức'],
          ['propaganda-mass-mobilisation-board', 'Ban Tuyên giáo và Dân vận'],
          ['inspection-commission', 'Ủy ban Kiểm tra'],
          ['internal-affairs-board', 'Ban Nội chính'],
        ]
      : [
          ['party-office', 'Văn phòng cấp ủy'],
          ['organisation-board', 'Ban Tổ chức'],
          ['propaganda-board', 'Ban Tuyên giáo'],
          ['mass-mobilisation-board', 'Ban Dân vận'],
          ['inspection-commission', 'Ủy ban Kiểm tra'],
          ...(tier === 'province' ? ([['internal-affairs-board', 'Ban Nội chính']] as [OrganisationKind, string][]) : []),
        ];
  const boardIds = new Map<OrganisationKind, string>();
  for (const [kind, vi] of boards) {
    boardIds.set(kind, b.organisation(`${pc}/${kind}`, kind, `${vi} ${name}`, a, pc, { quota: quota(b, 'civilServant', 12, 45) }));
  }
  const council = b.organisation(`${a}/hdnd`, 'peoples-council', `Hội đồng nhân dân ${name}`, a, undefined);
  const committee = b.organisation(`${a}/ubnd`, 'peoples-committee', `Ủy ban nhân dân ${name}`, a, undefined);
  const office = b.organisation(`${committee}/vp`, 'government-office', `Văn phòng UBND ${name}`, a, committee, {
    quota: quota(b, 'civilServant', 20, 60),
  });
  const inspectorate = b.organisation(`${committee}/tt`, 'inspectorate', `Thanh tra ${name}`, a, committee, {
    quota: quota(b, 'civilServant', 10, 40),
  });
  const sectors = tier === 'district' ? DISTRICT_DIVISIONS : era === 'post2025' ? POST_DEPARTMENTS : PRE_DEPARTMENTS;
  const agencies: string[] = [];
  for (const { sector, vi } of sectors) {
    if (sector === 'foreign-affairs' && !b.chance(0.4)) continue;
    if (era === 'post2025' && (sector === 'planning-investment' || sector === 'labour-welfare') && !b.chance(0.15)) continue;
    agencies.push(
      b.organisation(`${committee}/${sector}`, 'specialised-agency', `${vi} ${name}`, a, committee, {
        sector,
        quota: tier === 'province' ? quota(b, 'civilServant', 40, 160) : quota(b, 'civilServant', 6, 20),
      }),
    );
  }
  const front = b.organisation(`${a}/mttq`, 'fatherland-front', `Ủy ban MTTQ Việt Nam ${name}`, a, parent?.front, {
    quota: quota(b, 'civilServant', 8, 30),
  });
  const frontOrgs: [OrganisationKind, string][] = [
    ['trade-union', 'Liên đoàn Lao động'],
    ['farmers-union', 'Hội Nông dân'],
    ['womens-union', 'Hội Liên hiệp Phụ nữ'],
    ['youth-union', 'Đoàn TNCS Hồ Chí Minh'],
    ['veterans-association', 'Hội Cựu chiến binh'],
  ];
  const orgIds: [OrganisationKind, string][] = [];
  for (const [kind, vi] of frontOrgs) {
    orgIds.push([kind, b.organisation(`${front}/${kind}`, kind, `${vi} ${name}`, a, front, { quota: quota(b, 'civilServant', 5, 25) })]);
  }
  const associations = tier === 'province' ? b.int(2, 4) : b.int(1, 2);
  for (let i = 0; i < associations; i += 1) {
    const vi = MASS_ASSOCIATIONS[i] ?? 'Hội';
    orgIds.push(['mass-association', b.organisation(`${front}/hoi${i}`, 'mass-association', `${vi} ${name}`, a, front, { quota: quota(b, 'civilServant', 2, 8) })]);
  }
  const services: string[] = [];
  const psu = (id: string, vi: string, parentId: string, sector: string, min: number, max: number) =>
    services.push(b.organisation(id, 'public-service-unit', `${vi} ${name}`, a, parentId, { sector, quota: quota(b, 'publicEmployee', min, max) }));
  psu(`${pc}/truong-chinh-tri`, tier === 'province' ? 'Trường Chính trị' : 'Trung tâm Chính trị', pc, 'political-training', 10, 60);
  psu(`${committee}/phat-thanh`, 'Trung tâm Truyền thông', committee, 'media', 15, 120);
  const health = agencies.find((id) => id.endsWith('/health')) ?? committee;
  const hospitals = tier === 'province' ? b.int(2, 4) : 1;
  for (let i = 0; i < hospitals; i += 1) psu(`${health}/bv${i}`, `Bệnh viện ${i + 1}`, health, 'health', 80, 900);

  // Leaders and concurrent posts.
  const secretary = b.staff(a, pc, 'secretary');
  const committeeChair = b.staff(a, pc, 'deputySecretary');
  b.post(committeeChair, committee, 'chair');
  if (b.chance(0.5)) b.post(secretary, council, 'chair');
  else b.post(b.staff(a, pc, 'deputySecretary'), council, 'chair');
  b.staff(a, council, 'viceChair');
  b.staff(a, council, 'viceChair');
  const standingVice = b.staff(a, committee, 'standingViceChair');
  b.post(standingVice, pc, 'standingCommitteeMember');
  for (let i = 0; i < (tier === 'province' ? 3 : 2); i += 1) b.staff(a, committee, 'viceChair');
  const frontChair = b.staff(a, front, 'chair');
  b.staff(a, front, 'viceChair');
  b.post(frontChair, pc, 'standingCommitteeMember');
  for (const [kind, id] of boardIds) {
    const mobilisation = kind === 'propaganda-mass-mobilisation-board' || kind === 'mass-mobilisation-board';
    // The head of (propaganda and) mass mobilisation chairs the Front in part of the localities.
    const head = mobilisation && b.chance(tier === 'district' ? 0.6 : 0.4) ? frontChair : b.staff(a, id, 'head');
    if (head === frontChair) b.post(head, id, 'head');
    else if (kind !== 'party-office') b.post(head, pc, 'standingCommitteeMember');
    b.staff(a, id, 'deputyHead');
  }
  b.staff(a, office, 'head');
  b.staff(a, office, 'deputyHead');
  b.staff(a, inspectorate, 'head');
  b.staff(a, inspectorate, 'deputyHead');
  for (const id of agencies) {
    const head = b.staff(a, id, tier === 'province' ? 'director' : 'head');
    if (b.chance(0.5)) b.post(head, pc, 'committeeMember');
    b.staff(a, id, tier === 'province' ? 'deputyDirector' : 'deputyHead');
  }
  for (const [kind, id] of orgIds) {
    b.staff(a, id, kind === 'youth-union' ? 'secretary' : 'chair');
    if (kind !== 'mass-association') b.staff(a, id, kind === 'youth-union' ? 'deputySecretary' : 'viceChair');
  }
  for (const id of services) b.staff(a, id, 'director');
  return { partyCommittee: pc, committee, front };
}

/** The bodies, villages and posts of one commune. */
function buildCommune(b: Builder, commune: AreaUnit, era: Era, parent: Bodies): void {
  const a = commune.id;
  const name = commune.name.vi;
  const pc = b.organisation(`${a}/pc`, 'party-committee', `Đảng ủy ${name}`, a, parent.partyCommittee);
  const partyOffice = b.organisation(`${pc}/vp`, 'party-office', `Văn phòng Đảng ủy ${name}`, a, pc, { quota: quota(b, 'cadre', 3, 6) });
  const building = b.organisation(`${pc}/xdd`, 'party-building-board', `Ban Xây dựng Đảng ${name}`, a, pc, { quota: quota(b, 'cadre', 3, 7) });
  const inspection = b.organisation(`${pc}/ubkt`, 'inspection-commission', `Ủy ban Kiểm tra Đảng ủy ${name}`, a, pc, {
    quota: quota(b, 'cadre', 2, 5),
  });
  const council = b.organisation(`${a}/hdnd`, 'peoples-council', `Hội đồng nhân dân ${name}`, a, undefined);
  const committee = b.organisation(`${a}/ubnd`, 'peoples-committee', `Ủy ban nhân dân ${name}`, a, undefined);
  const office = b.organisation(`${committee}/vp`, 'government-office', `Văn phòng HĐND và UBND ${name}`, a, committee, {
    quota: quota(b, 'civilServant', 6, 14),
  });
  const urban = commune.kind === 'ward';
  const agencies = [
    b.organisation(`${committee}/kt`, 'specialised-agency', `${urban ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế'} ${name}`, a, committee, {
      sector: 'economy',
      quota: quota(b, 'civilServant', 5, 12),
    }),
    b.organisation(`${committee}/vhxh`, 'specialised-agency', `Phòng Văn hóa - Xã hội ${name}`, a, committee, {
      sector: 'culture-society',
      quota: quota(b, 'civilServant', 5, 12),
    }),
  ];
  if (b.chance(0.4)) {
    agencies.push(
      b.organisation(`${committee}/tp`, 'specialised-agency', `Phòng Tư pháp - Hộ tịch ${name}`, a, committee, {
        sector: 'justice',
        quota: quota(b, 'civilServant', 2, 6),
      }),
    );
  }
  const front = b.organisation(`${a}/mttq`, 'fatherland-front', `Ủy ban MTTQ Việt Nam ${name}`, a, parent.front, { quota: quota(b, 'cadre', 2, 6) });
  const orgs: [OrganisationKind, string][] = [
    ['farmers-union', 'Hội Nông dân'],
    ['womens-union', 'Hội Liên hiệp Phụ nữ'],
    ['youth-union', 'Đoàn Thanh niên'],
    ['veterans-association', 'Hội Cựu chiến binh'],
  ];
  if (b.chance(0.5)) orgs.push(['mass-association', 'Hội Chữ thập đỏ']);
  const orgIds = orgs.map(([kind, vi]) => [kind, b.organisation(`${front}/${kind}`, kind, `${vi} ${name}`, a, front)] as const);
  const service = b.organisation(`${committee}/phvhcc`, 'public-service-unit', `Trung tâm Phục vụ hành chính công ${name}`, a, committee, {
    sector: 'public-administration-services',
    quota: quota(b, 'publicEmployee', 4, 15),
  });

  // Leaders: the secretary chairs the council in most communes, a deputy secretary the committee.
  const secretary = b.staff(a, pc, 'secretary');
  const standingDeputy = b.staff(a, pc, 'standingDeputySecretary');
  if (b.chance(0.85)) b.post(secretary, council, 'chair');
  else b.post(standingDeputy, council, 'chair');
  b.staff(a, council, 'viceChair');
  const deputy = b.staff(a, pc, 'deputySecretary');
  if (b.chance(0.9)) b.post(deputy, committee, 'chair');
  else b.staff(a, committee, 'chair');
  const vice = b.staff(a, committee, 'viceChair');
  if (b.chance(0.3)) b.post(vice, pc, 'standingCommitteeMember');
  b.staff(a, committee, 'viceChair');
  const frontChair = b.staff(a, front, 'chair');
  if (b.chance(0.7)) b.post(frontChair, pc, 'standingCommitteeMember');
  const inspectionHead = b.staff(a, inspection, 'head');
  if (b.chance(0.6)) b.post(inspectionHead, pc, 'standingCommitteeMember');
  b.staff(a, building, 'head');
  b.staff(a, partyOffice, 'head');
  b.staff(a, office, 'head');
  for (const id of agencies) b.staff(a, id, 'head');
  for (const [kind, id] of orgIds) b.staff(a, id, kind === 'youth-union' ? 'secretary' : 'chair');
  b.staff(a, service, 'director');

  // Villages (thôn) in communes, residential groups (tổ dân phố) elsewhere, each with its party cell.
  const villageKind: AreaKind = commune.kind === 'commune' ? 'village' : 'residential-group';
  const count = era === 'post2025' ? b.int(10, 44) : b.int(3, 15);
  const label = villageKind === 'village' ? 'Thôn' : 'Tổ dân phố';
  for (let k = 1; k <= count; k += 1) {
    const v = `${a}/v${k}`;
    b.area({
      id: v,
      kind: villageKind,
      name: { vi: `${label} ${k}, ${name}` },
      parentId: a,
      from: commune.from,
      households: villageKind === 'village' ? b.int(60, 450) : b.int(100, 650),
      illustrative: true,
    });
    const cell = b.organisation(`${v}/cb`, 'party-cell', `Chi bộ ${label} ${k}, ${name}`, v, pc);
    const cellSecretary = b.staff(v, cell, 'secretary');
    if (b.chance(0.88)) b.post(cellSecretary, v, 'villageHead');
    else b.staff(v, v, 'villageHead');
    if (b.chance(0.5)) b.staff(v, cell, 'deputySecretary');
  }
}

type Region = NonNullable<AreaUnit['region']>;
const RED_RIVER_DELTA = new Set(['01', '22', '26', '27', '30', '31', '33', '34', '35', '36', '37']);

/** The socio-economic region of a province by its statistics-office code (approximate for merged provinces). */
function regionOf(code: string | undefined): Region | undefined {
  if (code === undefined) return undefined;
  const number = Number(code);
  if (RED_RIVER_DELTA.has(code)) return 'red-river-delta';
  if (number <= 25) return 'northern-midlands-mountains';
  if (number <= 60) return 'central';
  if (number <= 68) return 'central-highlands';
  return 'south';
}

/** A province with its region (villages inherit it for the household standard). */
function withRegion(province: AreaUnit): AreaUnit {
  const region = regionOf(province.code);
  return region === undefined ? province : { ...province, region };
}

/** A commune with a terrain drawn from its province's region (mountainous mostly in the uplands). */
function withTerrain(b: Builder, commune: AreaUnit, region: Region | undefined): AreaUnit {
  const upland = region === 'northern-midlands-mountains' || region === 'central-highlands';
  const roll = b.int(0, 99);
  const terrain = upland ? (roll < 70 ? 'mountainous' : 'midland') : roll < 12 ? 'mountainous' : roll < 20 ? 'midland' : 'plains';
  return { ...commune, terrain };
}

function withoutExtras(unit: AreaUnit): AreaUnit {
  const { id, kind, name, parentId, code, from, to, areaKm2, population } = unit;
  return {
    id,
    kind,
    name,
    from,
    ...(parentId === undefined ? {} : { parentId }),
    ...(code === undefined ? {} : { code }),
    ...(to === undefined ? {} : { to }),
    ...(areaKm2 === undefined ? {} : { areaKm2 }),
    ...(population === undefined ? {} : { population }),
  };
}

/** The communes kept at a scale: every (1/scale)-th below 1×, all at 1×, each plus `scale − 1` copies above. */
function scaleCommunes(communes: readonly AreaUnit[], scale: Scale): AreaUnit[] {
  if (scale < 1) {
    const step = Math.round(1 / scale);
    return communes.filter((_, position) => position % step === 0);
  }
  if (scale === 1) return [...communes];
  const result: AreaUnit[] = [];
  for (const commune of communes) {
    result.push(commune);
    for (let copy = 2; copy <= scale; copy += 1) {
      result.push({ ...commune, id: `${commune.id}~${copy}`, name: { vi: `${commune.name.vi} (${copy})` } });
    }
  }
  return result;
}

/**
 * Generates a national-scale structure from the national area lists: per province (and before 2025
 * per district) its party committee and boards, people's council and committee, departments,
 * inspectorate and office, Fatherland Front with its organisations and public service units; per
 * commune its party committee (office, party-building board, inspection commission), council,
 * committee (office and 2–3 divisions), Front and organisations and one public service unit;
 * villages (thôn in communes, tổ dân phố elsewhere) with households and a party cell each; people
 * and posts with the usual concurrent roles (commune secretary chairs the council in ~85% of
 * communes, a deputy secretary chairs the committee in ~90%, the cell secretary is village head in
 * ~88% of villages, front chairs sit on the standing committee). Provinces carry an approximate
 * region (by code) and communes a terrain, for the household standard. Deterministic for a seed.
 *
 * @param options - Era, scale (1/16×, ¼×, 1×, 4×, 8× of communes, villages and people), seed and
 *   (optionally) the area lists to build on.
 * @returns A structure that `validateStructure` accepts on {@link ERA_AS_OF}[era].
 * @example
 * ```ts
 * const structure = generateNationalStructure({ era: 'post2025', scale: 1, seed: 2025 });
 * structure.units.filter((unit) => unit.kind === 'province' || unit.kind === 'centrally-run-city').length; //=> 34
 * ```
 * @category Benchmarks
 */
export function generateNationalStructure(options: GenerateNationalStructureOptions): Structure {
  const { era, scale } = options;
  const random = mulberry32(options.seed ?? 2025);
  const from = era === 'post2025' ? POST_2025_FROM : PRE_2025_FROM;
  const areas = options.areas ?? loadNationalAreas(era);
  const b = new Builder(random, from);
  b.area(withoutExtras(areas.country));
  const bodies = new Map<string, Bodies>();
  const regions = new Map<string, Region | undefined>();
  for (const province of areas.provinces) {
    const unit = withRegion(withoutExtras(province));
    regions.set(unit.id, unit.region);
    b.area(unit);
    bodies.set(province.id, buildUpperTier(b, unit, 'province', era, undefined));
  }
  for (const district of areas.districts) {
    const unit = withoutExtras(district);
    regions.set(unit.id, regions.get(unit.parentId ?? ''));
    b.area(unit);
    bodies.set(unit.id, buildUpperTier(b, unit, 'district', era, bodies.get(unit.parentId ?? '')));
  }
  for (const raw of scaleCommunes(areas.communes.map(withoutExtras), scale)) {
    const commune = withTerrain(b, raw, regions.get(raw.parentId ?? ''));
    b.area(commune);
    const parent = bodies.get(commune.parentId ?? '');
    if (parent === undefined) throw new Error(`no province or district ${commune.parentId ?? '(none)'} for ${commune.id}`);
    buildCommune(b, commune, era, parent);
  }
  return { units: b.units, people: b.people, assignments: b.assignments };
}

/**
 * Counts of a structure by what the benchmarks report.
 *
 * @example
 * ```ts
 * const counts: StructureCounts = countStructure(structure);
 * ```
 * @category Benchmarks
 */
export interface StructureCounts {
  readonly units: number;
  readonly provinces: number;
  readonly districts: number;
  readonly communes: number;
  readonly villages: number;
  readonly organisations: number;
  readonly people: number;
  readonly assignments: number;
  /** People holding more than one post. */
  readonly concurrentPeople: number;
}

const PROVINCE_KINDS = new Set<string>(['province', 'centrally-run-city']);
const DISTRICT_KINDS = new Set<string>(['district', 'town', 'provincial-city', 'urban-district', 'municipal-city']);
const COMMUNE_KINDS = new Set<string>(['commune', 'ward', 'township', 'special-zone']);
const VILLAGE_KINDS = new Set<string>(['village', 'residential-group']);
const ORGANISATION_KINDS_SET = new Set<string>([
  'party-committee', 'party-cell', 'organisation-board', 'propaganda-board', 'mass-mobilisation-board',
  'propaganda-mass-mobilisation-board', 'internal-affairs-board', 'party-building-board', 'party-office',
  'inspection-commission', 'party-delegation', 'bloc-committee', 'peoples-council', 'peoples-committee',
  'specialised-agency', 'inspectorate', 'government-office', 'fatherland-front', 'trade-union', 'farmers-union',
  'womens-union', 'youth-union', 'veterans-association', 'mass-association', 'front-work-committee', 'public-service-unit',
]);

/**
 * Counts units by level, organisations, people, posts and people with concurrent posts.
 *
 * @param structure - Any structure.
 * @returns The counts.
 * @example
 * ```ts
 * countStructure(generateNationalStructure({ era: 'post2025', scale: 1 })).communes; //=> 3321
 * ```
 * @category Benchmarks
 */
export function countStructure(structure: Structure): StructureCounts {
  let provinces = 0;
  let districts = 0;
  let communes = 0;
  let villages = 0;
  let organisations = 0;
  for (const unit of structure.units) {
    if (PROVINCE_KINDS.has(unit.kind)) provinces += 1;
    else if (DISTRICT_KINDS.has(unit.kind)) districts += 1;
    else if (COMMUNE_KINDS.has(unit.kind)) communes += 1;
    else if (VILLAGE_KINDS.has(unit.kind)) villages += 1;
    else if (ORGANISATION_KINDS_SET.has(unit.kind)) organisations += 1;
  }
  const posts = new Map<string, number>();
  for (const assignment of structure.assignments) posts.set(assignment.personId, (posts.get(assignment.personId) ?? 0) + 1);
  let concurrentPeople = 0;
  for (const count of posts.values()) if (count > 1) concurrentPeople += 1;
  return {
    units: structure.units.length,
    provinces,
    districts,
    communes,
    villages,
    organisations,
    people: structure.people.length,
    assignments: structure.assignments.length,
    concurrentPeople,
  };
}
