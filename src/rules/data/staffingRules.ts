import { isoDate as d } from '../../core/IsoDate.js';
import type { Rule, RuleOf, RuleParams } from '../Rule.js';

type EarlyParams = RuleParams<'early-retirement-benefit'>;

const CADRES_CIVIL_SERVANTS_PUBLIC_EMPLOYEES = ['cadre', 'civilServant', 'publicEmployee'] as const;

const targets: readonly RuleOf<'reduction-target'>[] = [
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
];

const norms: readonly Rule[] = [
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
        to: d('2025-07-01'),
        params: { scope: 'department', average: 3 },
        strength: 'required',
        citation: { instrumentId: '107/2020/NĐ-CP' },
        note: 'An average across the province’s departments; Hà Nội and Hồ Chí Minh City may add up to 10 in total (not modelled).',
      },
      {
        from: d('2025-07-01'),
        params: { scope: 'department', average: 3 },
        strength: 'required',
        citation: { instrumentId: '150/2025/NĐ-CP' },
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
        to: d('2025-07-01'),
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
      },
      {
        from: d('2025-07-01'),
        params: {
          scope: 'department-division',
          bands: { all: [{ minStaff: 0, maxDeputies: 1 }, { minStaff: 10, maxDeputies: 2 }, { minStaff: 15, maxDeputies: 3 }] },
        },
        strength: 'required',
        citation: { instrumentId: '150/2025/NĐ-CP' },
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
        to: d('2025-07-01'),
        params: { scope: 'district-division', average: 2 },
        strength: 'required',
        citation: { instrumentId: '108/2020/NĐ-CP' },
        note: 'An average across the district’s divisions, allocated by the district people’s committee; no per-division minimum or maximum.',
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
];

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

/** Under 2 years early: the pension is not reduced (Art. 7(2)(d) for Annex I, (đ) for Annex II). */
const PENSION_WITHOUT_REDUCTION_178: NonNullable<EarlyParams['pensionWithoutReduction']> = {
  belowMonths: 24,
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

const benefits: readonly Rule[] = [
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
        note: 'For the Art. 2(2) group, at most 5 years from retirement age; the 12 months run from 2025-03-15.',
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
        note: 'No split between the first 12 months and later.',
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
];

/**
 * The staffing rules: reduction targets (NQ 39, NQ 18, NQ 19, KL 40, Công văn 31), commune staff
 * norms (NĐ 92/2009, 34/2019, 33/2023, QĐ 759), deputy limits (NĐ 107/2020, 108/2020, 150/2025,
 * 120/2020, NQ 332) and leaving benefits (NĐ 178/2024 as amended by 67/2025; NĐ 108/2014 as amended,
 * 29/2023, 154/2025).
 *
 * @example
 * ```ts
 * staffingRules.some((rule) => rule.id === 'staffing.target.2015-2021'); //=> true
 * ```
 * @category Rulebook
 */
export const staffingRules: readonly Rule[] = [...targets, ...norms, ...benefits];
