import type {
  AreaUnit,
  Assignment,
  OrganisationUnit,
  Person,
  PublicServiceUnit,
  StaffCounts,
  Structure,
  Unit,
} from '../model/Structure.js';
import type { Role } from '../model/roles.js';
import { isoDate, type IsoDate } from '../core/IsoDate.js';

/*
 * Kỳ Anh town (thị xã Kỳ Anh, Hà Tĩnh) as it stood in late 2018, built from the report
 * of the project's seed 001_cae5111245392743.txt. The report names the bodies, the overlapping
 * functions, the concurrent role and the village counts; everything else here (dates of posts,
 * households of each village, staffing, populations, areas, people) is illustrative and the
 * records that carry such figures have `illustrative: true`.
 */

/** The day thị xã Kỳ Anh came into being (illustrative: its founding resolution took effect in 2015). */
const TOWN_FROM = isoDate('2015-05-15');
/** Town party congress, term 2015–2020 (illustrative day). */
const TOWN_PARTY_TERM = isoDate('2015-08-12');
/** Commune party congresses, term 2015–2020 (illustrative day). */
const COMMUNE_PARTY_TERM = isoDate('2015-06-20');
/** First sessions of the people's councils, term 2016–2021 (illustrative day). */
const COUNCIL_TERM = isoDate('2016-06-28');
/** Village party cell congresses (illustrative day). */
const CELL_TERM = isoDate('2017-05-10');
/** Village and residential-group heads elected (illustrative day). */
const VILLAGE_HEAD_TERM = isoDate('2017-01-15');
/** The propaganda head took over the political training centre too (illustrative day; "done" by late 2018). */
const CONCURRENT_FROM = isoDate('2018-07-01');
/** Town Fatherland Front congress (illustrative day). */
const FRONT_TERM = isoDate('2015-09-25');

const TOWN = 'tx-ky-anh';

const units: Unit[] = [];
const people: Person[] = [];
const assignments: Assignment[] = [];

type Name = { vi: string; en: string };
type PlainKind = OrganisationUnit['kind'];
type OrganisationExtras = Omit<Partial<OrganisationUnit>, 'id' | 'kind' | 'name' | 'areaId'>;

function addArea(unit: AreaUnit): string {
  units.push(unit);
  return unit.id;
}

function addOrganisation(
  id: string,
  kind: PlainKind,
  name: Name,
  areaId: string,
  extras: OrganisationExtras = {},
): string {
  const unit: OrganisationUnit = { id, kind, name, areaId, from: TOWN_FROM, ...extras };
  units.push(unit);
  return id;
}

function addPublicService(
  id: string,
  name: Name,
  extras: Omit<PublicServiceUnit, 'id' | 'kind' | 'name' | 'areaId' | 'from'>,
): string {
  units.push({ id, kind: 'public-service-unit', name, areaId: TOWN, from: TOWN_FROM, illustrative: true, ...extras });
  return id;
}

// ── invented people ─────────────────────────────────────────────────────────────────────────────
const FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phan', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Hồ', 'Ngô', 'Dương', 'Đinh', 'Trương',
];
const MIDDLE_NAMES = ['Văn', 'Đình', 'Xuân', 'Hữu', 'Quang', 'Đức', 'Minh', 'Công'];
const GIVEN_NAMES = [
  'An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Lâm', 'Long', 'Nam', 'Phong',
  'Quân', 'Sơn', 'Thắng', 'Trung', 'Tuấn', 'Vinh', 'Thành', 'Hòa', 'Lợi', 'Hiếu',
];
const FEMALE_GIVEN_NAMES = ['Hương', 'Lan', 'Hoa', 'Nga', 'Thủy', 'Hằng', 'Mai', 'Tâm', 'Yến', 'Huyền', 'Oanh'];

/** The n-th invented name: 13, 8 and 21 are coprime, so the first 2,184 names differ. */
function inventName(n: number): { name: string; sex: 'male' | 'female' } {
  const family = FAMILY_NAMES[n % FAMILY_NAMES.length] as string;
  if (n % 6 === 5) {
    return { name: `${family} Thị ${FEMALE_GIVEN_NAMES[n % FEMALE_GIVEN_NAMES.length] as string}`, sex: 'female' };
  }
  const middle = MIDDLE_NAMES[n % MIDDLE_NAMES.length] as string;
  return { name: `${family} ${middle} ${GIVEN_NAMES[n % GIVEN_NAMES.length] as string}`, sex: 'male' };
}

function addPerson(id: string, name?: string): string {
  const invented = inventName(people.length);
  people.push(name === undefined ? { id, ...invented } : { id, name });
  return id;
}

function assign(personId: string, unitId: string, role: Role, from: IsoDate): void {
  assignments.push({ personId, unitId, role, from });
}

// ── areas ───────────────────────────────────────────────────────────────────────────────────────
addArea({ id: 'vn', kind: 'country', name: { vi: 'Việt Nam', en: 'Viet Nam' }, from: isoDate('1976-07-02') });
addArea({
  id: 'tinh-ha-tinh',
  kind: 'province',
  name: { vi: 'Tỉnh Hà Tĩnh', en: 'Ha Tinh province' },
  parentId: 'vn',
  from: isoDate('1991-09-01'),
  code: '42',
  region: 'central',
  note: 'Re-established from Nghệ Tĩnh in 1991; the day is approximate.',
});
addArea({
  id: TOWN,
  kind: 'town',
  name: { vi: 'Thị xã Kỳ Anh', en: 'Ky Anh town' },
  parentId: 'tinh-ha-tinh',
  from: TOWN_FROM,
  code: '449',
  region: 'central',
  terrain: 'plains',
  illustrative: true,
  note: 'Founding date and figures illustrative.',
});

interface CommuneSpec {
  readonly slug: string;
  readonly kind: 'ward' | 'commune';
  readonly name: string;
  readonly en: string;
  readonly code?: string;
  readonly adminClass: 1 | 2 | 3;
  readonly areaKm2: number;
  /** Households of each village (thôn) or residential group (tổ dân phố), in order: illustrative. */
  readonly households: readonly number[];
  /** Whether the party secretary also chairs the people's council (illustrative). */
  readonly secretaryChairsCouncil: boolean;
  readonly note?: string;
}

/** The 12 communes and wards of 2018; codes from the statistics office's list where it has one. */
const COMMUNES: readonly CommuneSpec[] = [
  { slug: 'hung-tri', kind: 'ward', name: 'Hưng Trí', en: 'Hung Tri', code: '18754', adminClass: 1, areaKm2: 11.4,
    households: [612, 130, 548, 705, 530, 210, 664, 587, 719, 552], secretaryChairsCouncil: true },
  { slug: 'ky-trinh', kind: 'ward', name: 'Kỳ Trinh', en: 'Ky Trinh', code: '18820', adminClass: 1, areaKm2: 39.8,
    households: [603, 566, 249, 690, 521, 175, 644, 578, 612], secretaryChairsCouncil: false },
  { slug: 'ky-thinh', kind: 'ward', name: 'Kỳ Thịnh', en: 'Ky Thinh', code: '18823', adminClass: 2, areaKm2: 35.2,
    households: [571, 625, 198, 540, 688, 516, 603, 559], secretaryChairsCouncil: true },
  { slug: 'ky-long', kind: 'ward', name: 'Kỳ Long', en: 'Ky Long', code: '18835', adminClass: 2, areaKm2: 28.6,
    households: [642, 585, 226, 710, 534, 598, 561], secretaryChairsCouncil: true,
    note: 'The pilot ward of the 2018 reorganisation (report); figures illustrative.' },
  { slug: 'ky-lien', kind: 'ward', name: 'Kỳ Liên', en: 'Ky Lien', code: '18841', adminClass: 3, areaKm2: 18.3,
    households: [528, 164, 617, 574, 549], secretaryChairsCouncil: false },
  { slug: 'ky-phuong', kind: 'ward', name: 'Kỳ Phương', en: 'Ky Phuong', code: '18832', adminClass: 2, areaKm2: 25.7,
    households: [596, 188, 633, 512, 237, 580], secretaryChairsCouncil: false },
  { slug: 'ky-ninh', kind: 'commune', name: 'Kỳ Ninh', en: 'Ky Ninh', code: '18781', adminClass: 2, areaKm2: 21.9,
    households: [452, 508, 130, 417, 566, 489, 431, 523], secretaryChairsCouncil: true },
  { slug: 'ky-loi', kind: 'commune', name: 'Kỳ Lợi', en: 'Ky Loi', code: '18796', adminClass: 2, areaKm2: 23.5,
    households: [473, 521, 186, 446, 598, 410, 462], secretaryChairsCouncil: false },
  { slug: 'ky-ha', kind: 'commune', name: 'Kỳ Hà', en: 'Ky Ha', code: '18808', adminClass: 3, areaKm2: 9.6,
    households: [487, 160, 433, 199, 515, 468], secretaryChairsCouncil: true },
  { slug: 'ky-hoa', kind: 'commune', name: 'Kỳ Hoa', en: 'Ky Hoa', code: '18829', adminClass: 2, areaKm2: 57.1,
    households: [428, 495, 541, 171, 406, 477, 512, 459], secretaryChairsCouncil: false },
  { slug: 'ky-nam', kind: 'commune', name: 'Kỳ Nam', en: 'Ky Nam', code: '18847', adminClass: 3, areaKm2: 26.8,
    households: [436, 78, 112, 471, 145], secretaryChairsCouncil: true },
  { slug: 'ky-hung', kind: 'commune', name: 'Kỳ Hưng', en: 'Ky Hung', adminClass: 3, areaKm2: 14.2,
    households: [441, 503, 418, 476, 529, 455], secretaryChairsCouncil: false },
];

/**
 * Commune staff maxima of 2018 by class I/II/III: 25/23/21 cadres and civil servants (NĐ 92/2009),
 * 22/20/19 non-professional workers (NĐ 29/2013).
 */
const COMMUNE_QUOTA = { 1: [25, 22], 2: [23, 20], 3: [21, 19] } as const;

// ── town bodies ─────────────────────────────────────────────────────────────────────────────────
const named = (vi: string, en: string): Name => ({ vi, en });
const staffed = (quota: StaffCounts, actual: StaffCounts) => ({ staffing: { quota, actual }, illustrative: true });
const civilServants = (quota: number, actual: number) => staffed({ civilServant: quota }, { civilServant: actual });

const townParty = addOrganisation(
  'thi-uy-tx-ky-anh',
  'party-committee',
  named('Đảng bộ thị xã Kỳ Anh (Thị ủy)', 'Ky Anh town party committee'),
  TOWN,
);
const townPartyOffice = addOrganisation('van-phong-thi-uy', 'party-office', named('Văn phòng Thị ủy', 'Office'), TOWN, {
  parentId: townParty,
  functions: ['party-administration'],
  ...staffed({ civilServant: 9, contract: 3 }, { civilServant: 8, contract: 3 }),
});
const organisationBoard = addOrganisation(
  'ban-to-chuc-thi-uy',
  'organisation-board',
  named('Ban Tổ chức Thị ủy', 'Organisation board'),
  TOWN,
  { parentId: townParty, functions: ['party-personnel'], ...civilServants(6, 6) },
);
const propagandaBoard = addOrganisation(
  'ban-tuyen-giao-thi-uy',
  'propaganda-board',
  named('Ban Tuyên giáo Thị ủy', 'Propaganda and education board'),
  TOWN,
  { parentId: townParty, functions: ['propaganda', 'political-education'], ...civilServants(5, 5) },
);
const massMobilisationBoard = addOrganisation(
  'ban-dan-van-thi-uy',
  'mass-mobilisation-board',
  named('Ban Dân vận Thị ủy', 'Mass mobilisation board'),
  TOWN,
  {
    parentId: townParty,
    functions: ['propaganda', 'political-education', 'mass-mobilisation'],
    ...civilServants(4, 4),
  },
);
const inspectionCommission = addOrganisation(
  'ubkt-thi-uy',
  'inspection-commission',
  named('Ủy ban Kiểm tra Thị ủy', 'Inspection commission'),
  TOWN,
  { parentId: townParty, functions: ['party-inspection'], ...civilServants(6, 5) },
);

const townCouncil = addOrganisation(
  'hdnd-tx-ky-anh',
  'peoples-council',
  named('HĐND thị xã Kỳ Anh', "Ky Anh town People's Council"),
  TOWN,
);
const townCommittee = addOrganisation(
  'ubnd-tx-ky-anh',
  'peoples-committee',
  named('UBND thị xã Kỳ Anh', "Ky Anh town People's Committee"),
  TOWN,
  staffed({ cadre: 4 }, { cadre: 4 }),
);

/** Specialised agencies (phòng): id suffix, names, sector, civil-servant quota and actual (illustrative). */
const AGENCIES: readonly (readonly [string, string, string, string, number, number])[] = [
  ['noi-vu', 'Phòng Nội vụ', 'Home Affairs Office', 'home-affairs', 7, 6],
  ['tai-chinh-ke-hoach', 'Phòng Tài chính - Kế hoạch', 'Finance and Planning Office', 'finance-planning', 8, 8],
  ['van-hoa-thong-tin', 'Phòng Văn hóa - Thông tin', 'Culture and Information Office', 'culture-information', 5, 4],
  [
    'lao-dong-tbxh',
    'Phòng Lao động - Thương binh và Xã hội',
    'Labour, Invalids and Social Affairs Office',
    'labour-social-affairs',
    7,
    7,
  ],
  [
    'tai-nguyen-moi-truong',
    'Phòng Tài nguyên và Môi trường',
    'Natural Resources and Environment Office',
    'natural-resources-environment',
    8,
    7,
  ],
  ['giao-duc-dao-tao', 'Phòng Giáo dục và Đào tạo', 'Education and Training Office', 'education', 7, 7],
  ['tu-phap', 'Phòng Tư pháp', 'Justice Office', 'justice', 4, 4],
  ['kinh-te', 'Phòng Kinh tế', 'Economy Office', 'economy', 7, 6],
  ['quan-ly-do-thi', 'Phòng Quản lý đô thị', 'Urban Management Office', 'urban-management', 6, 6],
  ['y-te', 'Phòng Y tế', 'Health Office', 'health', 3, 3],
];
for (const [suffix, vi, en, sector, quota, actual] of AGENCIES) {
  addOrganisation(`phong-${suffix}-tx-ky-anh`, 'specialised-agency', named(vi, en), TOWN, {
    parentId: townCommittee,
    sector,
    ...civilServants(quota, actual),
  });
}
const homeAffairsOffice = 'phong-noi-vu-tx-ky-anh';
const townInspectorate = addOrganisation(
  'thanh-tra-tx-ky-anh',
  'inspectorate',
  named('Thanh tra thị xã', 'Inspectorate'),
  TOWN,
  { parentId: townCommittee, functions: ['state-inspection'], ...civilServants(6, 5) },
);
addOrganisation(
  'vp-hdnd-ubnd-tx-ky-anh',
  'government-office',
  named('Văn phòng HĐND và UBND thị xã', "Office of the People's Council and Committee"),
  TOWN,
  {
    parentId: townCommittee,
    functions: ['state-administration'],
    ...staffed({ civilServant: 16, contract: 6 }, { civilServant: 15, contract: 6 }),
  },
);

const townFront = addOrganisation(
  'mttq-tx-ky-anh',
  'fatherland-front',
  named('Ủy ban MTTQ Việt Nam thị xã Kỳ Anh', 'Ky Anh town Fatherland Front committee'),
  TOWN,
  staffed({ cadre: 2, civilServant: 4 }, { cadre: 2, civilServant: 4 }),
);
/** The five socio-political organisations: id, kind, names, civil-servant quota and actual besides 2 cadres. */
const TOWN_SOCIO_POLITICAL = [
  ['ldld-tx-ky-anh', 'trade-union', 'Liên đoàn Lao động thị xã', 'Labour federation', 1, 1],
  ['hoi-nong-dan-tx-ky-anh', 'farmers-union', 'Hội Nông dân thị xã', "Farmers' Union", 2, 1],
  ['hoi-phu-nu-tx-ky-anh', 'womens-union', 'Hội Liên hiệp Phụ nữ thị xã', "Women's Union", 2, 2],
  ['doan-thanh-nien-tx-ky-anh', 'youth-union', 'Đoàn TNCS Hồ Chí Minh thị xã', 'Youth Union', 2, 2],
  ['hoi-ccb-tx-ky-anh', 'veterans-association', 'Hội Cựu chiến binh thị xã', "Veterans' Association", 1, 1],
] as const;
for (const [id, kind, vi, en, quota, actual] of TOWN_SOCIO_POLITICAL) {
  const extras = staffed({ cadre: 2, civilServant: quota }, { cadre: 2, civilServant: actual });
  addOrganisation(id, kind, named(vi, en), TOWN, extras);
}

/** The four welfare associations the report groups (c), with their own function tags. */
const TOWN_ASSOCIATIONS = [
  ['hoi-chu-thap-do-tx-ky-anh', 'Hội Chữ thập đỏ thị xã', 'Red Cross Society', ['humanitarian-relief']],
  ['hoi-nguoi-mu-tx-ky-anh', 'Hội Người mù thị xã', 'Association of the Blind', ['blind-support']],
  [
    'hoi-bao-tro-nkt-tmc-tx-ky-anh',
    'Hội Bảo trợ người khuyết tật và trẻ mồ côi thị xã',
    'Association for the Support of People with Disabilities and Orphans',
    ['disability-support', 'orphan-support'],
  ],
  [
    'hoi-nan-nhan-cddc-tx-ky-anh',
    'Hội Nạn nhân chất độc da cam/dioxin thị xã',
    'Association of Victims of Agent Orange/Dioxin',
    ['dioxin-victims-support'],
  ],
] as const;
for (const [id, vi, en, own] of TOWN_ASSOCIATIONS) {
  addOrganisation(id, 'mass-association', named(vi, en), TOWN, {
    parentId: townFront,
    functions: ['welfare-support', 'people-with-merit-support', ...own],
    ...staffed({ cadre: 1 }, { cadre: 1 }),
  });
}
addOrganisation(
  'hoi-tnxp-tx-ky-anh',
  'mass-association',
  named('Hội Cựu Thanh niên xung phong thị xã', 'Association of Former Youth Volunteers'),
  TOWN,
  { parentId: townFront, functions: ['veterans-support', 'youth-volunteers'], ...staffed({ cadre: 1 }, { cadre: 1 }) },
);

const publicEmployees = (quota: number, actual: number) => ({
  staffing: { quota: { publicEmployee: quota }, actual: { publicEmployee: actual } },
});
const politicalTrainingCentre = addPublicService(
  'tt-bdct-tx-ky-anh',
  named('Trung tâm Bồi dưỡng Chính trị thị xã', 'Political training centre'),
  {
    parentId: townParty,
    sector: 'political-training',
    autonomyGroup: 4,
    functions: ['propaganda', 'political-education', 'training'],
    ...publicEmployees(5, 4),
  },
);
const cultureCentre = addPublicService(
  'tt-vh-tt-tt-dl-tx-ky-anh',
  named('Trung tâm Văn hóa - Thông tin - Thể thao và Du lịch thị xã', 'Culture, information, sports, tourism centre'),
  {
    parentId: townCommittee,
    sector: 'culture',
    autonomyGroup: 3,
    functions: ['information', 'propaganda-media', 'culture', 'sports', 'tourism'],
    ...publicEmployees(18, 16),
  },
);
const radioStation = addPublicService(
  'dai-tt-th-tx-ky-anh',
  named('Đài Truyền thanh - Truyền hình thị xã', 'Radio and television station'),
  {
    parentId: townCommittee,
    sector: 'broadcasting',
    autonomyGroup: 3,
    functions: ['information', 'propaganda-media', 'broadcasting'],
    ...publicEmployees(12, 11),
  },
);
addPublicService(
  'tt-dv-ha-tang-moi-truong-tx-ky-anh',
  named('Trung tâm Dịch vụ hạ tầng và Môi trường đô thị thị xã', 'Urban infrastructure and environment centre'),
  {
    parentId: townCommittee,
    sector: 'urban-services',
    autonomyGroup: 2,
    functions: ['urban-sanitation'],
    staffing: { quota: { publicEmployee: 25, contract: 40 }, actual: { publicEmployee: 22, contract: 38 } },
  },
);
addPublicService(
  'tt-ung-dung-khkt-tx-ky-anh',
  named('Trung tâm Ứng dụng KHKT và Bảo vệ cây trồng vật nuôi thị xã', 'Applied science, crop and livestock care'),
  {
    parentId: townCommittee,
    sector: 'agriculture',
    autonomyGroup: 3,
    functions: ['agricultural-extension'],
    ...publicEmployees(10, 9),
  },
);
addPublicService('tt-y-te-tx-ky-anh', named('Trung tâm Y tế thị xã', 'Health centre'), {
  parentId: townCommittee,
  sector: 'health',
  autonomyGroup: 3,
  functions: ['health-care'],
  ...publicEmployees(180, 171),
});
addPublicService(
  'tt-gdnn-gdtx-tx-ky-anh',
  named('Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thị xã', 'Vocational and continuing education centre'),
  {
    parentId: townCommittee,
    sector: 'vocational-education',
    autonomyGroup: 3,
    functions: ['vocational-training'],
    ...publicEmployees(22, 20),
  },
);

// ── town leaders (invented, except the standing deputy secretary who signed the report) ─────────
const townSecretary = addPerson('p-bi-thu-thi-uy');
assign(townSecretary, townParty, 'secretary', TOWN_PARTY_TERM);
assign(townSecretary, townCouncil, 'chair', COUNCIL_TERM);
const standingDeputy = addPerson('p-pho-bi-thu-thuong-truc-thi-uy', 'Dương Thanh Hòa');
assign(standingDeputy, townParty, 'standingDeputySecretary', TOWN_PARTY_TERM);
const committeeChair = addPerson('p-chu-tich-ubnd-tx');
assign(committeeChair, townParty, 'deputySecretary', TOWN_PARTY_TERM);
assign(committeeChair, townCommittee, 'chair', COUNCIL_TERM);
for (const n of [1, 2, 3]) assign(addPerson(`p-pho-chu-tich-ubnd-tx-${n}`), townCommittee, 'viceChair', COUNCIL_TERM);
const propagandaHead = addPerson('p-truong-ban-tuyen-giao');
assign(propagandaHead, propagandaBoard, 'head', TOWN_PARTY_TERM);
assign(propagandaHead, politicalTrainingCentre, 'director', CONCURRENT_FROM);
assign(addPerson('p-truong-ban-dan-van'), massMobilisationBoard, 'head', TOWN_PARTY_TERM);
assign(addPerson('p-truong-ban-to-chuc'), organisationBoard, 'head', TOWN_PARTY_TERM);
assign(addPerson('p-chanh-van-phong-thi-uy'), townPartyOffice, 'head', TOWN_PARTY_TERM);
assign(addPerson('p-chu-nhiem-ubkt-thi-uy'), inspectionCommission, 'head', TOWN_PARTY_TERM);
assign(addPerson('p-truong-phong-noi-vu'), homeAffairsOffice, 'head', COUNCIL_TERM);
assign(addPerson('p-chanh-thanh-tra-tx'), townInspectorate, 'head', COUNCIL_TERM);
assign(addPerson('p-chu-tich-mttq-tx'), townFront, 'chair', FRONT_TERM);

// ── communes, villages and their bodies ────────────────────────────────────────────────────────
let villageOrdinal = 0;
for (const spec of COMMUNES) {
  const isWard = spec.kind === 'ward';
  const communeId = `${isWard ? 'phuong' : 'xa'}-${spec.slug}`;
  const prefix = isWard ? 'Phường' : 'Xã';
  const enKind = isWard ? 'ward' : 'commune';
  const households = spec.households.reduce((sum, value) => sum + value, 0);
  addArea({
    id: communeId,
    kind: spec.kind,
    name: { vi: `${prefix} ${spec.name}`, en: `${spec.en} ${enKind}` },
    parentId: TOWN,
    from: TOWN_FROM,
    ...(spec.code === undefined ? {} : { code: spec.code }),
    ...(spec.note === undefined ? {} : { note: spec.note }),
    population: Math.round(households * 3.9),
    areaKm2: spec.areaKm2,
    households,
    region: 'central',
    terrain: 'plains',
    adminClass: spec.adminClass,
    illustrative: true,
  });
  const of = `${prefix.toLowerCase()} ${spec.name}`;
  const add = (idPrefix: string, kind: PlainKind, vi: string, en: string, extras: OrganisationExtras = {}): string => {
    const name = named(`${vi} ${of}`, `${en}, ${spec.en} ${enKind}`);
    return addOrganisation(`${idPrefix}-${communeId}`, kind, name, communeId, extras);
  };

  const party = add('dang-uy', 'party-committee', 'Đảng ủy', 'Party committee', { parentId: townParty });
  add('vp-dang-uy', 'party-office', 'Văn phòng Đảng ủy', 'Party committee office', { parentId: party });
  const council = add('hdnd', 'peoples-council', 'HĐND', "People's Council");
  const [cadresAndCivilServants, nonProfessional] = COMMUNE_QUOTA[spec.adminClass];
  const committee = add(
    'ubnd',
    'peoples-committee',
    'UBND',
    "People's Committee",
    staffed(
      { cadre: 11, civilServant: cadresAndCivilServants - 11, nonProfessional },
      { cadre: 11, civilServant: cadresAndCivilServants - 12, nonProfessional: nonProfessional - 1 },
    ),
  );
  add('vp-ubnd', 'government-office', 'Văn phòng UBND', "People's Committee office", { parentId: committee });
  const front = add('mttq', 'fatherland-front', 'Ủy ban MTTQ', 'Fatherland Front committee', { parentId: townFront });
  add('hoi-phu-nu', 'womens-union', 'Hội Phụ nữ', "Women's Union", { parentId: 'hoi-phu-nu-tx-ky-anh' });
  if (!isWard) add('hoi-nong-dan', 'farmers-union', 'Hội Nông dân', 'Farmers', { parentId: 'hoi-nong-dan-tx-ky-anh' });
  add('hoi-ccb', 'veterans-association', 'Hội Cựu chiến binh', 'Veterans', { parentId: 'hoi-ccb-tx-ky-anh' });
  add('doan-thanh-nien', 'youth-union', 'Đoàn Thanh niên', 'Youth Union', { parentId: 'doan-thanh-nien-tx-ky-anh' });
  // The four associations each commune merged in Q1 2019; no function tags, so overlap is found at town level only.
  const underFront = { parentId: front };
  add('hoi-chu-thap-do', 'mass-association', 'Hội Chữ thập đỏ', 'Red Cross Society', underFront);
  add('hoi-nguoi-mu', 'mass-association', 'Hội Người mù', 'Association of the Blind', underFront);
  add('hoi-bao-tro-nkt-tmc', 'mass-association', 'Hội Bảo trợ NKT và TMC', 'Disability and Orphan Support', underFront);
  add('hoi-nan-nhan-cddc', 'mass-association', 'Hội Nạn nhân CĐDC/dioxin', 'Agent Orange Victims', underFront);

  const secretary = addPerson(`p-bi-thu-${communeId}`);
  assign(secretary, party, 'secretary', COMMUNE_PARTY_TERM);
  if (spec.secretaryChairsCouncil) assign(secretary, council, 'chair', COUNCIL_TERM);
  else assign(addPerson(`p-chu-tich-hdnd-${communeId}`), council, 'chair', COUNCIL_TERM);
  assign(addPerson(`p-chu-tich-ubnd-${communeId}`), committee, 'chair', COUNCIL_TERM);
  const viceChairs = spec.adminClass === 1 ? 2 : 1;
  for (let n = 1; n <= viceChairs; n += 1) {
    assign(addPerson(`p-pho-chu-tich-ubnd-${communeId}-${n}`), committee, 'viceChair', COUNCIL_TERM);
  }

  spec.households.forEach((count, position) => {
    const villageId = `${isWard ? 'tdp' : 'thon'}-${spec.slug}-${position + 1}`;
    const villageName = isWard
      ? { vi: `Tổ dân phố ${position + 1}`, en: `Residential group ${position + 1}` }
      : { vi: `Thôn ${position + 1}`, en: `Village ${position + 1}` };
    addArea({
      id: villageId,
      kind: isWard ? 'residential-group' : 'village',
      name: { vi: `${villageName.vi}, ${of}`, en: `${villageName.en}, ${spec.en} ${enKind}` },
      parentId: communeId,
      from: TOWN_FROM,
      households: count,
      region: 'central',
      terrain: 'plains',
      illustrative: true,
    });
    const cellName = named(`Chi bộ ${villageName.vi}, ${of}`, `Party cell, ${villageName.en}, ${spec.en} ${enKind}`);
    const cell = addOrganisation(`chi-bo-${villageId}`, 'party-cell', cellName, villageId, { parentId: party });
    const frontName = named(`Ban công tác Mặt trận ${villageName.vi}, ${of}`, `Front committee, ${villageName.en}`);
    addOrganisation(`ban-ctmt-${villageId}`, 'front-work-committee', frontName, villageId, { parentId: front });
    const cellSecretary = addPerson(`p-bi-thu-chi-bo-${villageId}`);
    assign(cellSecretary, cell, 'secretary', CELL_TERM);
    const head = villageOrdinal % 2 === 0 ? cellSecretary : addPerson(`p-truong-${villageId}`);
    assign(head, villageId, 'villageHead', VILLAGE_HEAD_TERM);
    villageOrdinal += 1;
  });
}

/**
 * Kỳ Anh town (thị xã Kỳ Anh, Hà Tĩnh) as it stood on 2018-10-01: a district-level town with 12
 * communes and wards (6 phường, 6 xã) and 85 villages (thôn) and residential groups (tổ dân phố),
 * its party, state and front bodies, its public service units, and the people holding the key posts.
 *
 * Built from the report of late 2018 (`001_cae5111245392743.txt`, see `cases.md` §1), which names
 * the bodies, the three groups of overlapping functions ({@link KY_ANH_FUNCTION_GROUPS}), the
 * concurrent role (the head of the propaganda board is also director of the political training
 * centre) and the village counts ({@link KY_ANH_REPORTED_FIGURES}): 8 thôn of 78 to 199 households
 * and 9 tổ dân phố of 130 to 249. **Everything the report does not give is illustrative** and the
 * records carrying such figures have `illustrative: true`: households of each village (the others
 * are at least 400 per thôn and 500 per tổ dân phố, so none is small under any standard),
 * populations (households × 3.9), areas, commune classes, staffing (commune maxima on the scale of
 * NĐ 92/2009 and NĐ 29/2013; actual never above quota), autonomy groups and every date of a post.
 * **The people are invented**, except Dương Thanh Hòa, standing deputy secretary, who signed the
 * report. Village names are numbered placeholders. Commune-level associations carry no function
 * tags, so overlap detection finds exactly the report's three town-level groups.
 *
 * Ids are readable ASCII: `tx-ky-anh`, `phuong-ky-long`, `xa-ky-nam`, `tdp-ky-long-1`,
 * `thon-ky-nam-2`, `thi-uy-tx-ky-anh`, `dang-uy-phuong-ky-long`, `ubnd-xa-ky-nam`,
 * `chi-bo-thon-ky-nam-2`, `ban-tuyen-giao-thi-uy`, `tt-bdct-tx-ky-anh`, `p-truong-ban-tuyen-giao`.
 * It is the picture before the mergers the report lists: all 85 villages are in force (the two thôn
 * of xã Kỳ Nam it says were merged "earlier" are still apart, ready for a plan to merge them), and
 * no unit has an end date, so on or after 2025-07-01 the town (a district level) is reported as
 * `kind_not_in_force`.
 *
 * Posts on 2018-10-01: the town party secretary (`p-bi-thu-thi-uy`) also chairs the people's
 * council; a deputy secretary chairs the people's committee, with 3 vice-chairs; heads of the
 * boards, the inspection commission, Phòng Nội vụ and the inspectorate, and the chair of the Front
 * each hold one post. In every commune a secretary, a council chair (the secretary in
 * Hưng Trí, Kỳ Thịnh, Kỳ Long, Kỳ Ninh, Kỳ Hà and Kỳ Nam), a committee chair and 1–2 vice-chairs;
 * in every village a cell secretary and a head, the same person in 43 of the 85.
 *
 * @example
 * ```ts
 * validateStructure(kyAnhTown2018, { asOf: isoDate('2018-10-01') }).issues.length; //=> 0
 * kyAnhTown2018.units.filter((unit) => unit.kind === 'village' || unit.kind === 'residential-group').length; //=> 85
 * findAssignments(kyAnhTown2018, isoDate('2018-10-01'), { personId: 'p-truong-ban-tuyen-giao' }).map((a) => a.unitId);
 * //=> ['ban-tuyen-giao-thi-uy', 'tt-bdct-tx-ky-anh']
 * ```
 * @category Samples
 */
export const kyAnhTown2018: Structure = { units, people, assignments };

/**
 * The three groups of town-level units whose functions overlap, as the 2018 report found them,
 * each a list of unit ids of {@link kyAnhTown2018}: (a) the propaganda board, the mass
 * mobilisation board and the political training centre (tags `propaganda`, `political-education`);
 * (b) the culture centre and the radio-television station (tags `information`, `propaganda-media`);
 * (c) the four welfare associations (tags `welfare-support`, `people-with-merit-support`). The
 * former youth volunteers' association, which the report names beside them, has other tags.
 *
 * @example
 * ```ts
 * KY_ANH_FUNCTION_GROUPS[1]; //=> ['tt-vh-tt-tt-dl-tx-ky-anh', 'dai-tt-th-tx-ky-anh']
 * ```
 * @category Samples
 */
export const KY_ANH_FUNCTION_GROUPS: readonly (readonly string[])[] = [
  [propagandaBoard, massMobilisationBoard, politicalTrainingCentre],
  [cultureCentre, radioStation],
  TOWN_ASSOCIATIONS.map(([id]) => id),
];

/**
 * The figures the 2018 report of Kỳ Anh town gives (source: `001_cae5111245392743.txt`), for
 * scenario tests: 85 villages and residential groups, 80 after the mergers (2 thôn already merged
 * in xã Kỳ Nam, 3 tổ dân phố to go in 2019); 9 small tổ dân phố (130 to under 250 households) and
 * 8 small thôn (78 to under 200); by 2025, 92 fewer cadres, civil servants and public employees
 * and 450 fewer non-professional workers at commune, village and residential-group level than the
 * prescribed level.
 *
 * @example
 * ```ts
 * KY_ANH_REPORTED_FIGURES.villagesAndGroups2018 - KY_ANH_REPORTED_FIGURES.villagesAndGroupsAfter; //=> 5
 * ```
 * @category Samples
 */
export const KY_ANH_REPORTED_FIGURES = {
  source: '001_cae5111245392743.txt',
  communes: 12,
  villagesAndGroups2018: 85,
  villagesAndGroupsAfter: 80,
  villagesMergedInKyNam: 2,
  residentialGroupsToMergeIn2019: 3,
  smallResidentialGroups: 9,
  smallResidentialGroupHouseholds: { min: 130, below: 250 },
  smallVillages: 8,
  smallVillageHouseholds: { min: 78, below: 200 },
  staffReductionBy2025: 92,
  nonProfessionalReductionBy2025: 450,
} as const;
