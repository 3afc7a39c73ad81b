import type { Plan, PlanOperation } from '../plan/Plan.js';
import { isoDate } from '../core/IsoDate.js';
import { kyAnhTown2018 } from './kyAnhTown2018.js';

const COMMUNES = kyAnhTown2018.units.filter(
  (unit) => unit.parentId === 'tx-ky-anh' && (unit.kind === 'ward' || unit.kind === 'commune'),
);

/**
 * The town-level consolidations of Kỳ Anh's 2019 reorganisation (cases.md §1): the propaganda and
 * mass-mobilisation boards into one (party + party), the culture centre and the radio-TV station
 * into a culture and communication centre (public service + public service), and two welfare
 * associations into one (front + front). All pass on the central rules alone.
 *
 * @example
 * ```ts
 * KY_ANH_2019_TOWN_CONSOLIDATIONS.length; //=> 3
 * ```
 * @category Samples
 */
export const KY_ANH_2019_TOWN_CONSOLIDATIONS: readonly PlanOperation[] = [
  {
    type: 'consolidate',
    sourceIds: ['ban-tuyen-giao-thi-uy', 'ban-dan-van-thi-uy'],
    newUnit: {
      id: 'ban-tgdv-thi-uy',
      kind: 'propaganda-mass-mobilisation-board',
      name: { vi: 'Ban Tuyên giáo và Dân vận Thị ủy', en: 'Propaganda and mass mobilisation board' },
      areaId: 'tx-ky-anh',
      parentId: 'thi-uy-tx-ky-anh',
    },
  },
  {
    type: 'consolidate',
    sourceIds: ['tt-vh-tt-tt-dl-tx-ky-anh', 'dai-tt-th-tx-ky-anh'],
    newUnit: {
      id: 'tt-vh-tt-tx-ky-anh',
      kind: 'public-service-unit',
      name: { vi: 'Trung tâm Văn hóa - Truyền thông thị xã', en: 'Culture and communication centre' },
      areaId: 'tx-ky-anh',
      parentId: 'ubnd-tx-ky-anh',
      autonomyGroup: 3,
    },
  },
  {
    type: 'consolidate',
    sourceIds: ['hoi-bao-tro-nkt-tmc-tx-ky-anh', 'hoi-nan-nhan-cddc-tx-ky-anh'],
    newUnit: {
      id: 'hoi-bt-nn-tx-ky-anh',
      kind: 'mass-association',
      name: { vi: 'Hội Bảo trợ NKT-TMC và Nạn nhân CĐDC thị xã', en: 'Association for people with disabilities, orphans and dioxin victims' },
      areaId: 'tx-ky-anh',
      parentId: 'mttq-tx-ky-anh',
    },
  },
];

/**
 * At every commune and ward of Kỳ Anh in Q1 2019: the party committee office consolidated with the
 * people's committee office — a merger across Party and State, whose basis is the province's own
 * Kết luận 92-KL/TU (add `kyAnhLocalRules`) — and the four welfare associations merged into the
 * Red Cross.
 *
 * @example
 * ```ts
 * KY_ANH_2019_COMMUNE_MERGERS.length; //=> 24 (two per commune)
 * ```
 * @category Samples
 */
export const KY_ANH_2019_COMMUNE_MERGERS: readonly PlanOperation[] = COMMUNES.flatMap((commune): PlanOperation[] => [
  {
    type: 'consolidate',
    label: `VP ${commune.name.vi}`,
    sourceIds: [`vp-dang-uy-${commune.id}`, `vp-ubnd-${commune.id}`],
    newUnit: {
      id: `van-phong-${commune.id}`,
      kind: 'party-office',
      name: { vi: `Văn phòng ${commune.name.vi}` },
      areaId: commune.id,
      parentId: `dang-uy-${commune.id}`,
    },
  },
  {
    type: 'merge',
    sourceIds: [`hoi-nguoi-mu-${commune.id}`, `hoi-bao-tro-nkt-tmc-${commune.id}`, `hoi-nan-nhan-cddc-${commune.id}`],
    targetId: `hoi-chu-thap-do-${commune.id}`,
  },
]);

/**
 * The three residential groups Kỳ Anh planned to merge in 2019 (85 → 80 with the two villages of
 * xã Kỳ Nam merged earlier); which groups is illustrative.
 *
 * @example
 * ```ts
 * KY_ANH_2019_VILLAGE_MERGERS.length; //=> 3
 * ```
 * @category Samples
 */
export const KY_ANH_2019_VILLAGE_MERGERS: readonly PlanOperation[] = [
  { type: 'merge', sourceIds: ['tdp-hung-tri-2'], targetId: 'tdp-hung-tri-3' },
  { type: 'merge', sourceIds: ['tdp-ky-lien-2'], targetId: 'tdp-ky-lien-3' },
  { type: 'merge', sourceIds: ['tdp-ky-trinh-6'], targetId: 'tdp-ky-trinh-5' },
];

/**
 * Kỳ Anh town's 2019 reorganisation plan (đề án), effective 2019-03-01: the town-level
 * consolidations, the commune office and association mergers, three residential-group mergers, and
 * two public service units converted (one leaves the public sector as a joint-stock company, one
 * moves to financial-autonomy group 2). Validate it with `kyAnhLocalRules` added for the office
 * mergers to pass.
 *
 * @example
 * ```ts
 * validatePlan(kyAnhTown2018, kyAnhPlan2019, { rulebook: extendRulebook(defaultRulebook, kyAnhLocalRules) }).ok; //=> true
 * ```
 * @category Samples
 */
export const kyAnhPlan2019: Plan = {
  id: 'ky-anh-2019',
  effectiveOn: isoDate('2019-03-01'),
  basis: [{ instrumentId: '18-NQ/TW' }],
  operations: [
    ...KY_ANH_2019_TOWN_CONSOLIDATIONS,
    ...KY_ANH_2019_COMMUNE_MERGERS,
    ...KY_ANH_2019_VILLAGE_MERGERS,
    { type: 'convert', unitId: 'tt-dv-ha-tang-moi-truong-tx-ky-anh', leavesPublicSector: true },
    { type: 'convert', unitId: 'tt-ung-dung-khkt-tx-ky-anh', autonomyGroup: 2 },
  ],
};
