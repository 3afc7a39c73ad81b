import { isoDate as d } from '../../core/IsoDate.js';
import { defineRules } from '../defineRules.js';
import type { RuleParams } from '../Rule.js';

type EarlyParams = RuleParams<'early-retirement-benefit'>;

const DECREE_150_DEPUTIES = 'https://xaydungchinhsach.chinhphu.vn/quy-dinh-so-luong-cap-pho-cua-cac-to-chuc-thuoc-so-119250613161434352.htm';
const DECREE_67_TEXT =
  'https://xaydungchinhsach.chinhphu.vn/chinh-sach-voi-nguoi-nghi-huu-truoc-tuoi-do-tinh-gian-bien-che-co-cau-lai-va-nang-cao-chat-luong-doi-ngu-can-bo-ccvc-119250318064222189.htm';
const DECREE_45_GAP =
  'Ends on 2025-02-28, when Decree 45/2025/NĐ-CP very likely replaced it (audit-2026-12.md E6; the date is its issue date, its effective date not found). Decree 45/2025’s own deputy limits were not read, so no version covers 2025-02-28 to 2025-06-30: a question on those dates gets rule_not_in_force.';
const HD31_STAFF =
  'Hướng dẫn 31-HD/BTCTW for the communes formed on 2025-07-01: about 23–30 civil servants for the party and mass organisations, 15–17 for the party’s advisory bodies (at most 20 where the commune has a political centre), about 8 for the Front agency (audit-2026-12.md §2 [V]; baohaiduong 410273). Counted on civil servants (công chức), the word of the sources; whether elected heads (cadres) are in these numbers was not read.';
const PARTY_ADVISORY_KINDS = ['party-office', 'party-building-board', 'inspection-commission'] as const;
const FRONT_AGENCY_KINDS = ['fatherland-front', 'womens-union', 'youth-union', 'farmers-union', 'veterans-association', 'trade-union'] as const;

const CADRES_CIVIL_SERVANTS_PUBLIC_EMPLOYEES = ['cadre', 'civilServant', 'publicEmployee'] as const;

const targets = defineRules([
  {
    id: 'staffing.target.2015-2021',
    type: 'reduction-target',
    topic: 'staffing',
    title: { vi: 'Giảm tối thiểu 10% biên chế so với năm 2015 đến năm 2021', en: 'Cut at least 10% of staffing by 2021 against 2015' },
    versions: [
      {
        from: d('2015-04-17'),
        to: d('2017-10-25'),
        params: { measure: 'staff', categories: [...CADRES_CIVIL_SERVANTS_PUBLIC_EMPLOYEES], percent: '10', baselineYear: 2015, deadlineYear: 2021, rounding: 'up' },
        strength: 'required',
        citation: { instrumentId: '39-NQ/TW' },
        note: '"At least" rounds the cut up. 10.1% was achieved for civil servants (baochinhphu).',
      },
      {
        from: d('2017-10-25'),
        to: d('2022-01-01'),
        params: { measure: 'staff', categories: [...CADRES_CIVIL_SERVANTS_PUBLIC_EMPLOYEES], percent: '10', baselineYear: 2015, deadlineYear: 2021, rounding: 'up' },
        strength: 'required',
        citation: { instrumentId: '18-NQ/TW' },
        alsoCites: [{ instrumentId: '39-NQ/TW' }, { instrumentId: '56/2017/QH14' }],
        note: '"Giảm tối thiểu 10% biên chế so với năm 2015"; NQ 56/2017/QH14 counts against the staffing assigned in 2015.',
      },
    ],
  },
  {
    id: 'staffing.target.2022-2026.civil-servants',
    type: 'reduction-target',
    topic: 'staffing',
    title: { vi: 'Tinh giản ít nhất 5% biên chế công chức giai đoạn 2022–2026', en: 'Cut at least 5% of civil servants, 2022–2026' },
    versions: [
      {
        from: d('2022-07-18'),
        to: d('2027-01-01'),
        params: { measure: 'staff', categories: ['cadre', 'civilServant'], percent: '5', baselineYear: 2021, deadlineYear: 2026, rounding: 'up' },
        strength: 'required',
        citation: { instrumentId: '40-KL/TW' },
        note: 'Against the staffing assigned in 2021. Cadres are counted with civil servants (biên chế cán bộ, công chức).',
      },
    ],
  },
  {
    id: 'staffing.target.2022-2026.public-employees',
    type: 'reduction-target',
    topic: 'staffing',
    title: {
      vi: 'Tinh giản ít nhất 10% viên chức hưởng lương từ ngân sách giai đoạn 2022–2026',
      en: 'Cut at least 10% of budget-paid public employees, 2022–2026',
    },
    versions: [
      {
        from: d('2022-07-18'),
        to: d('2027-01-01'),
        params: { measure: 'staff', categories: ['publicEmployee'], percent: '10', baselineYear: 2021, deadlineYear: 2026, rounding: 'up' },
        strength: 'required',
        citation: { instrumentId: '40-KL/TW' },
        note: '10% for public employees, not 5%. Against the staffing assigned in 2021.',
      },
    ],
  },
  {
    id: 'staffing.target.public-service.2015-2021',
    type: 'reduction-target',
    topic: 'staffing',
    title: {
      vi: 'Giảm tối thiểu 10% biên chế sự nghiệp hưởng lương từ ngân sách so với năm 2015 đến năm 2021',
      en: 'Cut at least 10% of budget-paid staff of public service units by 2021 against 2015',
    },
    versions: [
      {
        from: d('2017-10-25'),
        to: d('2022-01-01'),
        params: { measure: 'staff', categories: ['publicEmployee'], percent: '10', baselineYear: 2015, deadlineYear: 2021, rounding: 'up' },
        strength: 'required',
        citation: { instrumentId: '19-NQ/TW' },
      },
    ],
  },
  {
    id: 'staffing.target.public-service-units.2015-2021',
    type: 'reduction-target',
    topic: 'staffing',
    title: { vi: 'Giảm tối thiểu 10% đơn vị sự nghiệp công lập so với năm 2015 đến năm 2021', en: 'Cut at least 10% of public service units by 2021 against 2015' },
    versions: [
      {
        from: d('2017-10-25'),
        to: d('2022-01-01'),
        params: { measure: 'units', categories: ['publicEmployee'], percent: '10', baselineYear: 2015, deadlineYear: 2021, rounding: 'up' },
        strength: 'required',
        citation: { instrumentId: '19-NQ/TW' },
        note: 'Counts units (đơn vị sự nghiệp công lập), not people.',
      },
    ],
  },
  {
    id: 'staffing.target.public-service.2021-2025',
    type: 'reduction-target',
    topic: 'staffing',
    title: {
      vi: 'Giảm thêm tối thiểu 10% biên chế sự nghiệp hưởng lương từ ngân sách so với năm 2021 đến năm 2025',
      en: 'Cut a further 10% of budget-paid staff of public service units by 2025 against 2021',
    },
    versions: [
      {
        from: d('2017-10-25'),
        to: d('2026-01-01'),
        params: { measure: 'staff', categories: ['publicEmployee'], percent: '10', baselineYear: 2021, deadlineYear: 2025, rounding: 'up' },
        strength: 'required',
        citation: { instrumentId: '19-NQ/TW' },
        alsoCites: [{ instrumentId: '38/NQ-CP' }],
      },
    ],
  },
  {
    id: 'staffing.target.public-service-units.2021-2025',
    type: 'reduction-target',
    topic: 'staffing',
    title: { vi: 'Giảm thêm tối thiểu 10% đơn vị sự nghiệp công lập so với năm 2021 đến năm 2025', en: 'Cut a further 10% of public service units by 2025 against 2021' },
    versions: [
      {
        from: d('2017-10-25'),
        to: d('2026-01-01'),
        params: { measure: 'units', categories: ['publicEmployee'], percent: '10', baselineYear: 2021, deadlineYear: 2025, rounding: 'up' },
        strength: 'required',
        citation: { instrumentId: '19-NQ/TW' },
        alsoCites: [{ instrumentId: '38/NQ-CP' }],
        note: 'NQ 38/NQ-CP restates it as a national average, cumulative at least 20% against 2015.',
      },
    ],
  },
  {
    id: 'staffing.target.2025',
    type: 'reduction-target',
    topic: 'staffing',
    title: {
      vi: 'Giảm tối thiểu 20% công chức, viên chức hưởng lương từ ngân sách (2025)',
      en: 'Cut at least 20% of budget-paid civil servants and public employees (2025)',
    },
    versions: [
      {
        from: d('2025-01-04'),
        params: { measure: 'staff', categories: ['civilServant', 'publicEmployee'], percent: '20', rounding: 'up' },
        strength: 'required',
        citation: { instrumentId: '31/CV-BCĐTKNQ18' },
        note: 'Against current staff; spread over the roadmap of Decree 178/2024 (about five years). No deadline year is stated.',
      },
    ],
  },
]);

const norms = defineRules([
  {
    id: 'norms.commune-staff.cadre-civil-servant',
    type: 'commune-staff-norm',
    topic: 'norms',
    title: { vi: 'Số lượng cán bộ, công chức cấp xã tối đa', en: 'Maximum cadres and civil servants of a commune' },
    versions: [
      {
        from: d('2009-10-22'),
        to: d('2019-06-25'),
        params: { staff: 'cadre-civil-servant', maxByClass: { commune: [25, 23, 21], ward: [25, 23, 21], township: [25, 23, 21] } },
        strength: 'required',
        citation: { instrumentId: '92/2009/NĐ-CP' },
      },
      {
        from: d('2019-06-25'),
        to: d('2023-08-01'),
        params: { staff: 'cadre-civil-servant', maxByClass: { commune: [23, 21, 19], ward: [23, 21, 19], township: [23, 21, 19] } },
        strength: 'required',
        citation: { instrumentId: '34/2019/NĐ-CP' },
        note: 'One fewer where a regular police officer is the commune police chief (not modelled).',
      },
      {
        from: d('2023-08-01'),
        to: d('2025-07-01'),
        params: {
          staff: 'cadre-civil-servant',
          maxByClass: { commune: [22, 20, 18], ward: [23, 21, 19], township: [22, 20, 18] },
          extraPosts: { urbanWardPopulationStepDenominator: 3, otherPopulationStepDenominator: 2, areaStepPercent: 100 },
        },
        strength: 'required',
        citation: { instrumentId: '33/2023/NĐ-CP' },
        note: 'Extra posts count whole steps only (floor): one per full 1/3 (wards of urban districts) or 1/2 (others) of the population standard above it, one per full 100% of the area standard above it. The standards are the caller’s (NQ 1211/2016 as amended). The district level, and these norms, end on 2025-07-01.',
      },
    ],
  },
  {
    id: 'norms.commune-staff.non-professional',
    type: 'commune-staff-norm',
    topic: 'norms',
    title: { vi: 'Số lượng người hoạt động không chuyên trách cấp xã tối đa', en: 'Maximum non-professional staff of a commune' },
    versions: [
      {
        from: d('2019-06-25'),
        to: d('2023-08-01'),
        params: { staff: 'non-professional', maxByClass: { commune: [14, 12, 10], ward: [14, 12, 10], township: [14, 12, 10] } },
        strength: 'required',
        citation: { instrumentId: '34/2019/NĐ-CP' },
        note: 'The earlier 22/20/19 (Decree 29/2013) is left out: that decree is not in the rulebook.',
      },
      {
        from: d('2023-08-01'),
        to: d('2025-07-01'),
        params: {
          staff: 'non-professional',
          maxByClass: { commune: [14, 12, 10], ward: [14, 12, 10], township: [14, 12, 10] },
          extraPosts: { urbanWardPopulationStepDenominator: 3, otherPopulationStepDenominator: 2, areaStepPercent: 100 },
        },
        strength: 'required',
        citation: { instrumentId: '33/2023/NĐ-CP' },
        note: 'Commune non-professional posts end with the two-level model on 2025-07-01.',
      },
    ],
  },
  {
    id: 'norms.commune-staff.average-2025',
    type: 'commune-staff-average',
    topic: 'norms',
    title: { vi: 'Bình quân khoảng 32 người mỗi xã (mô hình hai cấp)', en: 'About 32 staff per commune on average (two-level model)' },
    versions: [
      {
        from: d('2025-04-14'),
        params: { average: 32 },
        strength: 'encouraged',
        citation: { instrumentId: '759/QĐ-TTg' },
        note: 'An average across a province’s communes, reached within five years; provinces set each commune’s number. Not a per-commune cap.',
      },
    ],
  },
  {
    id: 'norms.deputies.department',
    type: 'deputy-limit',
    topic: 'norms',
    title: { vi: 'Số phó giám đốc sở bình quân', en: 'Average deputy directors per provincial department (sở)' },
    versions: [
      {
        from: d('2020-11-25'),
        to: d('2025-02-28'),
        params: { scope: 'department', average: 3 },
        strength: 'required',
        citation: { instrumentId: '107/2020/NĐ-CP' },
        note: `An average across the province’s departments; Hà Nội and Hồ Chí Minh City may add up to 10 in total (not modelled). ${DECREE_45_GAP}`,
      },
      {
        from: d('2025-07-01'),
        params: { scope: 'department', average: 3 },
        strength: 'required',
        citation: { instrumentId: '150/2025/NĐ-CP' },
        quote: { text: 'Bình quân mỗi sở có 03 Phó Giám đốc.', source: DECREE_150_DEPUTIES },
        note: 'An average across the province’s departments; Hà Nội and Hồ Chí Minh City may add up to 10 in total (not modelled). The 2025-07-01 start rests on the instrument’s effective date, read from memory.',
      },
    ],
  },
  {
    id: 'norms.deputies.department-division',
    type: 'deputy-limit',
    topic: 'norms',
    title: { vi: 'Số cấp phó của phòng thuộc sở', en: 'Deputies of a division (phòng) of a provincial department' },
    versions: [
      {
        from: d('2020-11-25'),
        to: d('2025-02-28'),
        params: {
          scope: 'department-division',
          bands: {
            'hanoi-hcmc': [{ minStaff: 0, maxDeputies: 1 }, { minStaff: 10, maxDeputies: 2 }, { minStaff: 15, maxDeputies: 3 }],
            'class-1': [{ minStaff: 0, maxDeputies: 1 }, { minStaff: 9, maxDeputies: 2 }, { minStaff: 15, maxDeputies: 3 }],
            'class-2-3': [{ minStaff: 0, maxDeputies: 1 }, { minStaff: 8, maxDeputies: 2 }, { minStaff: 15, maxDeputies: 3 }],
          },
          minimumStaff: { 'hanoi-hcmc': 7, 'class-1': 6, 'class-2-3': 5 },
        },
        strength: 'required',
        citation: { instrumentId: '107/2020/NĐ-CP' },
        note: DECREE_45_GAP,
      },
      {
        from: d('2025-07-01'),
        params: {
          scope: 'department-division',
          bands: { all: [{ minStaff: 0, maxDeputies: 1 }, { minStaff: 10, maxDeputies: 2 }, { minStaff: 15, maxDeputies: 3 }] },
        },
        strength: 'required',
        citation: { instrumentId: '150/2025/NĐ-CP' },
        quote: {
          text: 'a) Phòng thuộc sở có dưới 10 biên chế công chức được bố trí 01 Phó Trưởng phòng; b) Phòng thuộc sở có từ 10 đến 14 biên chế công chức được bố trí không quá 02 Phó Trưởng phòng; c) Phòng thuộc sở có từ 15 biên chế công chức trở lên được bố trí không quá 03 Phó Trưởng phòng.',
          source: DECREE_150_DEPUTIES,
        },
        note: 'Counted on civil-servant posts; the class-based variants are gone. At reorganisation deputies may exceed the limit; within 5 years they must comply. The 2025-07-01 start rests on the instrument’s effective date, read from memory.',
      },
    ],
  },
  {
    id: 'norms.deputies.district-division',
    type: 'deputy-limit',
    topic: 'norms',
    title: { vi: 'Số cấp phó bình quân của phòng thuộc UBND cấp huyện', en: 'Average deputies of a district division (phòng)' },
    versions: [
      {
        from: d('2020-11-25'),
        to: d('2025-02-28'),
        params: { scope: 'district-division', average: 2 },
        strength: 'required',
        citation: { instrumentId: '108/2020/NĐ-CP' },
        note: `An average across the district’s divisions, allocated by the district people’s committee; no per-division minimum or maximum. ${DECREE_45_GAP} District divisions end with the district level on 2025-07-01.`,
      },
    ],
  },
  {
    id: 'norms.deputies.commune-division',
    type: 'deputy-limit',
    topic: 'norms',
    title: { vi: 'Số cấp phó bình quân của phòng và Trung tâm phục vụ hành chính công cấp xã', en: 'Average deputies of a commune division and service centre' },
    versions: [
      {
        from: d('2025-10-15'),
        params: { scope: 'commune-division', average: 2 },
        strength: 'required',
        citation: { instrumentId: '332/NQ-CP' },
        quote: {
          text: 'Phòng chuyên môn và tương đương, Trung tâm Phục vụ hành chính công thuộc Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc trung ương (sau đây gọi tắt là Ủy ban nhân dân cấp xã) được bố trí bình quân 02 cấp phó',
          source: 'https://xaydungchinhsach.chinhphu.vn/quy-dinh-so-luong-cap-pho-tai-cac-phong-chuyen-mon-cap-xa-119251016155750367.htm',
        },
        note: 'An average; the commune people’s committee allocates them within the total.',
      },
    ],
  },
  {
    id: 'norms.deputies.public-service-unit-division',
    type: 'deputy-limit',
    topic: 'norms',
    title: { vi: 'Số cấp phó của phòng thuộc đơn vị sự nghiệp công lập', en: 'Deputies of a division of a public service unit' },
    versions: [
      {
        from: d('2020-10-07'),
        to: d('2025-11-01'),
        params: {
          scope: 'public-service-unit-division',
          bands: {
            'group-2': [{ minStaff: 0, maxDeputies: 2 }],
            'group-3-4': [{ minStaff: 7, maxDeputies: 1 }, { minStaff: 10, maxDeputies: 2 }],
          },
        },
        strength: 'required',
        citation: { instrumentId: '120/2020/NĐ-CP', article: '6', clause: '2' },
        note: 'Group 1: per the approved plan (no number). Group 3/4 divisions under 7 public employees have no band. Decree 283/2025 amends Art. 6(2)(c) from 2025-11-01; its text was not read, so this version ends there.',
      },
    ],
  },
  {
    id: 'norms.deputies.public-service-unit',
    type: 'deputy-limit',
    topic: 'norms',
    title: { vi: 'Số cấp phó của người đứng đầu đơn vị sự nghiệp công lập', en: 'Deputy heads of a public service unit' },
    versions: [
      {
        from: d('2020-10-07'),
        to: d('2025-11-01'),
        params: { scope: 'public-service-unit', bands: { 'group-2': [{ minStaff: 0, maxDeputies: 3 }] } },
        strength: 'required',
        citation: { instrumentId: '120/2020/NĐ-CP', article: '6', clause: '2' },
        note: 'Only group 2 (at most 3) is encoded. Group 1 and group 3/4 units under a ministry average at most 3; the rule for other group 3/4 units is truncated in the source and left out.',
      },
    ],
  },
  {
    id: 'norms.commune-staff.party-and-mass-organisations',
    type: 'commune-staff-range',
    topic: 'norms',
    title: { vi: 'Công chức khối Đảng, Mặt trận và đoàn thể cấp xã', en: 'Civil servants of the party, the Front and the mass organisations of a commune' },
    versions: [
      {
        from: d('2025-07-01'),
        params: { bodies: [...PARTY_ADVISORY_KINDS, ...FRONT_AGENCY_KINDS], categories: ['civilServant'], min: 23, max: 30, approximate: true },
        strength: 'encouraged',
        citation: { instrumentId: '31-HD/BTCTW' },
        note: HD31_STAFF,
      },
    ],
  },
  {
    id: 'norms.commune-staff.party-advisory-bodies',
    type: 'commune-staff-range',
    topic: 'norms',
    title: { vi: 'Công chức các cơ quan tham mưu, giúp việc của đảng ủy cấp xã', en: "Civil servants of a commune party committee's advisory bodies" },
    versions: [
      {
        from: d('2025-07-01'),
        params: { bodies: [...PARTY_ADVISORY_KINDS], categories: ['civilServant'], min: 15, max: 17, maxWithPoliticalCentre: 20, approximate: false },
        strength: 'required',
        citation: { instrumentId: '31-HD/BTCTW' },
        note: HD31_STAFF,
      },
    ],
  },
  {
    id: 'norms.commune-staff.front-agency',
    type: 'commune-staff-range',
    topic: 'norms',
    title: { vi: 'Công chức cơ quan Ủy ban MTTQ cấp xã', en: "Civil servants of a commune's Fatherland Front agency" },
    versions: [
      {
        from: d('2025-07-01'),
        params: { bodies: [...FRONT_AGENCY_KINDS], categories: ['civilServant'], min: 8, max: 8, approximate: true },
        strength: 'encouraged',
        citation: { instrumentId: '31-HD/BTCTW' },
        note: `${HD31_STAFF} The socio-political organisations sit under the Front from 2025 (NQ 60-NQ/TW), so their staff count with the Front agency (our reading).`,
      },
    ],
  },
  {
    id: 'norms.commune-staff-categories',
    type: 'staff-categories',
    topic: 'norms',
    title: { vi: 'Các loại cán bộ, công chức ở cấp xã', en: 'Staff categories of a commune' },
    versions: [
      {
        from: d('2025-07-01'),
        params: { level: 'commune', categories: ['cadre', 'civilServant', 'publicEmployee', 'contract'] },
        strength: 'required',
        citation: { instrumentId: '80/2025/QH15' },
        note: 'One civil service from the centre to the commune ("không phân biệt cán bộ, công chức cấp xã với cấp tỉnh"): commune cadres and civil servants are cadres and civil servants like any other, and the commune’s non-professional posts end with the two-level model (legal-facts §5 [V]; audit-2026-12.md §2). Non-professional workers remain in villages and residential groups. Public employees: a commune may have a public service unit (CV 20/CV-BCĐ, legal-facts §7). After 2025-07-01 the only staff number for a commune’s government is the average of about 32 (QĐ 759/QĐ-TTg, norms.commune-staff.average-2025).',
      },
    ],
  },
]);

const DECREE_178 = '178/2024/NĐ-CP';
const DECREE_67 = '67/2025/NĐ-CP';
/** Odd insurance months 1–6 count half a year, 7–11 a full year (TT 01/2025 Art. 3; NĐ 29/2023). */
const ODD_MONTHS_AS_HALF_YEAR = 6;

const EARLY_ONE_TIME_178: NonNullable<EarlyParams['oneTime']> = {
  bands: [
    { minMonths: 1, maxMonths: 60, annex: 'any', perMonth: 100 },
    { minMonths: 61, maxMonths: 120, annex: 'I', flat: 5400 },
  ],
  laterPercent: 50,
  windowStart: 'decision',
  noSplitBelowMonths: 24,
  citation: { instrumentId: DECREE_178, article: '7', clause: '1' },
};

const PER_YEAR_178: EarlyParams['perYearEarly'] = [
  { annex: 'I', minMonths: 24, maxMonths: 60, perYear: 500, citation: { instrumentId: DECREE_178, article: '7', clause: '2', point: 'a' } },
  { annex: 'I', minMonths: 61, maxMonths: 120, perYear: 400, citation: { instrumentId: DECREE_178, article: '7', clause: '2', point: 'b' } },
  {
    annex: 'II',
    minMonths: 24,
    maxMonths: 60,
    perYear: 500,
    requiresAnnexIIConditions: true,
    citation: { instrumentId: DECREE_178, article: '7', clause: '2', point: 'c' },
  },
];

/**
 * Under 2 years early: the pension is not reduced (Art. 7(2)(d) for Annex I; (đ) for Annex II, with
 * the conditions in (c): legal-facts §3.3).
 */
const PENSION_WITHOUT_REDUCTION_178: NonNullable<EarlyParams['pensionWithoutReduction']> = {
  belowMonths: 24,
  annexIIRequiresConditions: true,
  citationByAnnex: {
    I: { instrumentId: DECREE_178, article: '7', clause: '2', point: 'd' },
    II: { instrumentId: DECREE_178, article: '7', clause: '2', point: 'đ' },
  },
};

type InsuranceBand = EarlyParams['insurance'][number];
const INSURANCE_20: InsuranceBand = { minYears: 20, baseYears: 20, baseMonths: 500, perYearAfter: 50 };
/** NĐ 67/2025's alternative, 4 months for the first 15 years and 0.5 a year after, in its two readings (audit E8). */
const INSURANCE_15_ALTERNATIVE: readonly InsuranceBand[] = [
  { minYears: 15, belowYears: 20, baseYears: 15, baseMonths: 400, perYearAfter: 50, reading: 'fifteen-to-twenty', citation: { instrumentId: DECREE_67, article: '1' } },
  { minYears: 15, baseYears: 15, baseMonths: 400, perYearAfter: 50, reading: 'fifteen-or-more', citation: { instrumentId: DECREE_67, article: '1' } },
];

/** Articles 7a and 7b give the benefits (B) and (C) of Art. 7(2): the same bands, cited to their own article. */
function benefitsOfArticle(
  article: '7a' | '7b',
): Pick<EarlyParams, 'perYearEarly' | 'perYearCitation' | 'pensionWithoutReduction' | 'insurance' | 'insuranceCitation'> {
  const cite = { instrumentId: DECREE_178, article };
  return {
    perYearEarly: [
      { annex: 'I', minMonths: 24, maxMonths: 60, perYear: 500, citation: cite },
      { annex: 'II', minMonths: 24, maxMonths: 60, perYear: 500, requiresAnnexIIConditions: true, citation: cite },
    ],
    perYearCitation: cite,
    pensionWithoutReduction: PENSION_WITHOUT_REDUCTION_178,
    insurance: [{ ...INSURANCE_20, citation: cite }, ...INSURANCE_15_ALTERNATIVE],
    insuranceCitation: cite,
  };
}

const QUOTE_67_FIFTEEN_YEARS = {
  text: 'Trường hợp đủ 15 năm công tác trở lên có đóng bảo hiểm xã hội bắt buộc và thuộc đối tượng được hưởng lương hưu theo quy định của pháp luật về bảo hiểm xã hội tại thời điểm nghỉ hưu trước tuổi thì được trợ cấp 04 tháng tiền lương hiện hưởng đối với 15 năm đầu công tác; từ năm thứ 16 trở đi, cứ mỗi năm công tác có đóng bảo hiểm xã hội bắt buộc được trợ cấp 0,5 tháng tiền lương hiện hưởng.',
  source: DECREE_67_TEXT,
};

const READING_NOTE =
  'The 15-year alternative ("Trường hợp đủ 15 năm công tác trở lên …") is read, by default, as applying to people with 15 to under 20 years of insurance, who otherwise get nothing under the 20-year formula; at 20 years or more the 20-year formula applies. The text may reach everyone with 15 years or more (then 25 years pay 9 months, not 7.5): unsettled (audit-2026-12.md E8), so both readings are bands of `insurance` and the caller chooses with `alternative15YearsScope` (`fifteen-to-twenty` by default, or `fifteen-or-more`).';

const benefits = defineRules([
  {
    id: 'benefits.early-retirement.reorganisation',
    type: 'early-retirement-benefit',
    topic: 'benefits',
    title: { vi: 'Chế độ nghỉ hưu trước tuổi do sắp xếp tổ chức bộ máy', en: 'Early retirement because of reorganisation' },
    versions: [
      {
        from: d('2025-01-01'),
        to: d('2025-03-15'),
        params: {
          salaryBasis: 'current',
          oddMonthsAsHalfYear: ODD_MONTHS_AS_HALF_YEAR,
          oneTime: EARLY_ONE_TIME_178,
          perYearEarly: [...PER_YEAR_178],
          perYearCitation: { instrumentId: DECREE_178, article: '7', clause: '2' },
          pensionWithoutReduction: PENSION_WITHOUT_REDUCTION_178,
          insurance: [{ ...INSURANCE_20, citation: { instrumentId: DECREE_178, article: '7', clause: '2' } }],
          insuranceCitation: { instrumentId: DECREE_178, article: '7', clause: '2' },
        },
        citation: { instrumentId: '178/2024/NĐ-CP', article: '7' },
        alsoCites: [{ instrumentId: '01/2025/TT-BNV', article: '4' }],
        note: 'Years early count in full 12-month years (floor): the rounding of part-years is not stated in the sources.',
      },
      {
        from: d('2025-03-15'),
        params: {
          salaryBasis: 'current',
          oddMonthsAsHalfYear: ODD_MONTHS_AS_HALF_YEAR,
          oneTime: EARLY_ONE_TIME_178,
          perYearEarly: [...PER_YEAR_178],
          perYearCitation: { instrumentId: DECREE_178, article: '7', clause: '2' },
          pensionWithoutReduction: PENSION_WITHOUT_REDUCTION_178,
          insurance: [{ ...INSURANCE_20, citation: { instrumentId: DECREE_178, article: '7', clause: '2' } }, ...INSURANCE_15_ALTERNATIVE],
          insuranceCitation: { instrumentId: DECREE_178, article: '7', clause: '2' },
        },
        citation: { instrumentId: '67/2025/NĐ-CP', article: '1' },
        quote: QUOTE_67_FIFTEEN_YEARS,
        alsoCites: [{ instrumentId: '178/2024/NĐ-CP', article: '7' }, { instrumentId: '01/2025/TT-BNV', article: '4' }],
        note: 'As amended by Decree 67/2025. The 15-year alternative (4 months for 15 years + 0.5 a year) reads "Trường hợp đủ 15 năm công tác trở lên": by default it is applied to 15 to under 20 years of insurance (at 20 years or more the 20-year formula applies); the caller may choose the reading "15 years or more" (`alternative15YearsScope: \'fifteen-or-more\'`), under which 25 years pay 9 months instead of 7.5. Years early count in full 12-month years (floor).',
      },
    ],
  },
  {
    id: 'benefits.early-retirement.restructuring',
    type: 'early-retirement-benefit',
    topic: 'benefits',
    title: { vi: 'Nghỉ hưu trước tuổi do tinh giản, cơ cấu lại (Điều 7a)', en: 'Early retirement because of streamlining or restructuring (Art. 7a)' },
    versions: [
      {
        from: d('2025-03-15'),
        params: {
          salaryBasis: 'current',
          oddMonthsAsHalfYear: ODD_MONTHS_AS_HALF_YEAR,
          oneTime: {
            bands: [{ minMonths: 1, maxMonths: 60, annex: 'any', perMonth: 100 }],
            laterPercent: 50,
            windowStart: '2025-03-15',
            citation: { instrumentId: DECREE_178, article: '7a' },
          },
          ...benefitsOfArticle('7a'),
        },
        citation: { instrumentId: '67/2025/NĐ-CP', article: '1' },
        alsoCites: [{ instrumentId: '178/2024/NĐ-CP', article: '7a' }],
        note: `For the Art. 2(2) group, at most 5 years from retirement age; the 12 months run from 2025-03-15. ${READING_NOTE}`,
      },
    ],
  },
  {
    id: 'benefits.early-retirement.not-reelected',
    type: 'early-retirement-benefit',
    topic: 'benefits',
    title: { vi: 'Cán bộ không đủ tuổi tái cử, tái bổ nhiệm nghỉ hưu trước tuổi (Điều 7b)', en: 'Cadres not eligible for re-election who retire early (Art. 7b)' },
    versions: [
      {
        from: d('2025-03-15'),
        params: {
          salaryBasis: 'current',
          oddMonthsAsHalfYear: ODD_MONTHS_AS_HALF_YEAR,
          oneTime: { bands: [{ minMonths: 1, maxMonths: 60, annex: 'any', perMonth: 100 }], citation: { instrumentId: DECREE_178, article: '7b' } },
          ...benefitsOfArticle('7b'),
        },
        citation: { instrumentId: '67/2025/NĐ-CP', article: '1' },
        alsoCites: [{ instrumentId: '178/2024/NĐ-CP', article: '7b' }],
        note: `No split between the first 12 months and later. ${READING_NOTE}`,
      },
    ],
  },
  {
    id: 'benefits.resignation.reorganisation',
    type: 'resignation-benefit',
    topic: 'benefits',
    title: { vi: 'Chế độ thôi việc do sắp xếp tổ chức bộ máy', en: 'Resignation because of reorganisation' },
    versions: [
      {
        from: d('2025-01-01'),
        params: {
          oddMonthsAsHalfYear: ODD_MONTHS_AS_HALF_YEAR,
          minMonthsToRetirement: 24,
          citationByCategory: [
            { categories: ['cadre', 'civilServant'], citation: { instrumentId: DECREE_178, article: '9' } },
            { categories: ['publicEmployee', 'nonProfessional', 'contract'], citation: { instrumentId: DECREE_178, article: '10' } },
          ],
          severance: { perMonth: 80, laterPerMonth: 40, maxMonths: 60, clause: '1' },
          perInsuranceYear: 150,
          perInsuranceYearClause: '2',
          flat: [{ months: 300, categories: ['cadre', 'civilServant'], clause: '4' }],
        },
        citation: { instrumentId: '178/2024/NĐ-CP', article: '9' },
        alsoCites: [{ instrumentId: '178/2024/NĐ-CP', article: '10' }, { instrumentId: '01/2025/TT-BNV', article: '5' }],
        note: 'Public employees and workers (Art. 10) get unemployment insurance instead of the 3 months to find work.',
      },
    ],
  },
  {
    id: 'benefits.early-retirement.streamlining',
    type: 'early-retirement-benefit',
    topic: 'benefits',
    title: { vi: 'Nghỉ hưu trước tuổi do tinh giản biên chế', en: 'Early retirement under staff streamlining' },
    versions: [
      {
        from: d('2014-11-20'),
        to: d('2023-07-20'),
        params: {
          salaryBasis: 'average-60-months',
          oddMonthsAsHalfYear: ODD_MONTHS_AS_HALF_YEAR,
          perYearEarly: [{ annex: 'I', minMonths: 24, maxMonths: 60, perYear: 300 }],
          insurance: [INSURANCE_20],
        },
        citation: { instrumentId: '108/2014/NĐ-CP' },
        alsoCites: [{ instrumentId: '113/2018/NĐ-CP' }, { instrumentId: '143/2020/NĐ-CP' }],
        note: 'As amended by Decrees 113/2018 and 143/2020. The original age bands (men 55–58, women 50–53 with 20 years of insurance) are 2 to 5 years below the retirement ages of the time, which Decree 143/2020 restated against the Labour Code 2019; encoded as 24–60 months early. The hazardous-work bands are not encoded. The start is the issue date (effective date not found).',
      },
      {
        from: d('2023-07-20'),
        to: d('2025-06-16'),
        params: {
          salaryBasis: 'average-60-months',
          oddMonthsAsHalfYear: ODD_MONTHS_AS_HALF_YEAR,
          perYearEarly: [{ annex: 'I', minMonths: 24, maxMonths: 60, perYear: 300 }],
          insurance: [INSURANCE_20],
        },
        citation: { instrumentId: '29/2023/NĐ-CP' },
        note: 'Salary basis: the average of the last 60 months. Only the Annex I band of 2 to 5 years is encoded.',
      },
      {
        from: d('2025-06-16'),
        to: d('2031-01-01'),
        params: {
          salaryBasis: 'current',
          oddMonthsAsHalfYear: ODD_MONTHS_AS_HALF_YEAR,
          perYearEarly: [{ annex: 'I', minMonths: 24, maxMonths: 60, perYear: 500 }],
          insurance: [INSURANCE_20, { minYears: 15, belowYears: 20, baseYears: 15, baseMonths: 500, perYearAfter: 0 }],
        },
        citation: { instrumentId: '154/2025/NĐ-CP' },
        note: 'Policies apply until 2030-12-31. Only the Annex I band of 2 to 5 years is encoded.',
      },
    ],
  },
  {
    id: 'benefits.resignation.streamlining',
    type: 'resignation-benefit',
    topic: 'benefits',
    title: { vi: 'Thôi việc ngay do tinh giản biên chế', en: 'Immediate resignation under staff streamlining' },
    versions: [
      {
        from: d('2014-11-20'),
        to: d('2023-07-20'),
        params: {
          oddMonthsAsHalfYear: ODD_MONTHS_AS_HALF_YEAR,
          perInsuranceYear: 150,
          flat: [{ months: 300, categories: ['cadre', 'civilServant', 'publicEmployee', 'nonProfessional', 'contract'] }],
        },
        citation: { instrumentId: '108/2014/NĐ-CP' },
        alsoCites: [{ instrumentId: '113/2018/NĐ-CP' }, { instrumentId: '143/2020/NĐ-CP' }],
        note: '3 months of current salary plus 1.5 months per year of insurance. The start is the issue date (effective date not found).',
      },
      {
        from: d('2023-07-20'),
        to: d('2025-06-16'),
        params: {
          oddMonthsAsHalfYear: ODD_MONTHS_AS_HALF_YEAR,
          perInsuranceYear: 150,
          flat: [{ months: 300, categories: ['cadre', 'civilServant', 'publicEmployee', 'nonProfessional', 'contract'] }],
        },
        citation: { instrumentId: '29/2023/NĐ-CP' },
      },
      {
        from: d('2025-06-16'),
        to: d('2031-01-01'),
        params: {
          oddMonthsAsHalfYear: ODD_MONTHS_AS_HALF_YEAR,
          perInsuranceYear: 150,
          flat: [{ months: 300, categories: ['cadre', 'civilServant', 'publicEmployee', 'nonProfessional', 'contract'] }],
        },
        citation: { instrumentId: '154/2025/NĐ-CP' },
        note: 'Also covers commune, village and residential-group non-professional staff who leave under the two-level model.',
      },
    ],
  },
  {
    id: 'benefits.service-time.reorganisation-2025',
    type: 'service-time-benefit',
    topic: 'benefits',
    title: {
      vi: 'Trợ cấp một lần khi nghỉ việc ngay do sắp xếp (Nghị quyết 07/2025/NQ-CP)',
      en: 'One-time allowance for leaving at once because of the reorganisation (Resolution 07/2025/NQ-CP)',
    },
    versions: [
      {
        from: d('2025-09-17'),
        params: { counts: 'months-to-retirement-age', baseMonths: 1500, baseUpToMonths: 15, perMonthAfter: 50, maxMonths: 2400 },
        citation: { instrumentId: '07/2025/NQ-CP' },
        verification: 'unverified',
        quote: {
          text: 'Trường hợp có thời gian công tác từ đủ 15 tháng trở xuống thì được hưởng trợ cấp một lần bằng 15 tháng tiền lương hiện hưởng.',
          source: 'https://xaydungchinhsach.chinhphu.vn/chinh-sach-doi-voi-can-bo-cong-chuc-vien-chuc-nguoi-lao-dong-va-luc-luong-vu-trang-da-du-tuoi-nghi-huu-thap-nhat-nghi-viec-ngay-do-sap-xep-bo-may-119250918170611332.htm',
        },
        note: 'For people who have reached the minimum retirement age of NĐ 135/2020 Annex II (and contract workers of public service units) and leave at once: 15 months of salary up to 15 months, then 0.5 a month, at most 24 (legal-facts §3.6 [V-partial]). The 15-month sentence is read on the government portal; the continuation and the cap only in a summary, and what the months count (legal-facts: the months of work that remained, i.e. to the Annex I retirement age) is a reading — hence unverified.',
      },
    ],
  },
]);

/**
 * The staffing rules: reduction targets (NQ 39, NQ 18, NQ 19, KL 40, Công văn 31), commune staff
 * norms (NĐ 92/2009, 34/2019, 33/2023, QĐ 759; Hướng dẫn 31-HD/BTCTW's party and Front staff;
 * the staff categories of Luật 80/2025), deputy limits (NĐ 107/2020 and 108/2020 until
 * 2025-02-28, 150/2025, 120/2020, NQ 332) and leaving benefits (NĐ 178/2024 as amended by 67/2025,
 * with both readings of its 15-year alternative; NĐ 108/2014 as amended, 29/2023, 154/2025; NQ
 * 07/2025, unverified).
 *
 * @example
 * ```ts
 * staffingRules.some((rule) => rule.id === 'staffing.target.2015-2021'); //=> true
 * ```
 * @category Rulebook
 */
export const staffingRules = [...targets, ...norms, ...benefits];
