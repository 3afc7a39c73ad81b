import { isoDate as d } from '../../core/IsoDate.js';
import type { Rule, RuleOf } from '../Rule.js';

/*
 * The concurrent-role rules of the project's legal notes (legal-facts.md §1). Facts marked [M] carry
 * `verification: 'unverified'`; [V-partial] carry a note. What the model cannot express, or what no
 * source gives, is left out and listed in the TSDoc of `rolesRules` below:
 * - NĐ 150/2025's exceptions ("unless the law provides otherwise");
 * - CT 45's "trưởng đoàn ĐBQH" (head of the provincial National Assembly delegation): the model
 *   has no unit kind for the delegation, so the cap counts the other five titles;
 * - the models 16-TB/TW kept (its list is truncated in the source).
 */

const PARTY_LEADERS = ['secretary', 'standingDeputySecretary', 'deputySecretary'] as const;
const COUNCIL_STANDING_ROLES = ['chair', 'standingViceChair', 'viceChair', 'head'] as const;
const COMMITTEE_MEMBER_ROLES = ['chair', 'standingViceChair', 'viceChair', 'member'] as const;
const NQ18_MEMORY =
  'NQ 18-NQ/TW section III.2 is cited from memory (legal-facts.md §1.1 [M]): the wording and the levels need checking against the full text.';

/**
 * The concurrent-role rules of the default rulebook (kiêm nhiệm, nhất thể hóa): which posts one
 * person may, should or must not hold together, at which levels and on which dates.
 *
 * Encoded: NQ 18-NQ/TW (2017-10-25; its section III.2 from memory, so `unverified`): secretary =
 * council chair at province and district (encouraged), secretary = committee chair at district and
 * commune (pilot), cell secretary = village head (encouraged), propaganda head = political training
 * centre director, mass mobilisation head = Front chair, organisation head = home affairs head,
 * inspection head = chief inspector (pilots); KL 34-KL/TW (2018-08-07) for the last three;
 * 16-TB/TW (2022-07-07) ends the home-affairs and inspectorate pilots (it suspended merging party
 * and government agencies); CT 45-CT/TW (2025-04-14): secretary or deputy = council chair at
 * province and commune (encouraged, "cơ bản") and the cap of 2 key posts; QĐ 298-QĐ/TW
 * (2025-07-01): a commune deputy secretary chairs the commune committee (required); NĐ 33/2023
 * Art. 33(6) (2023-08-01): cell secretary = village head or Front work committee head
 * (encouraged); Luật 77/2015/QH13 Arts. 18(3), 25(3), 32(3) then Luật 72/2025/QH15 (both from
 * memory): a standing member of the people's council may not sit on the committee (forbidden);
 * NĐ 150/2025 (2025-07-01): a deputy director of a sở does not head a unit under it (forbidden;
 * its "unless the law provides otherwise" exceptions are not modelled).
 *
 * Not encoded: the National Assembly delegation head in the CT 45
 * cap (no unit kind); the models 16-TB/TW kept (truncated source); any central target share (none
 * found: Cẩm Phả's ">75%" is local).
 *
 * @example
 * ```ts
 * rolesRules.find((rule) => rule.id === 'roles.council-standing-not-committee-member')?.versions[0]?.strength;
 * //=> 'forbidden'
 * ```
 * @category Rulebook
 */
export const rolesRules: readonly Rule[] = [
  {
    id: 'roles.party-leader-chairs-council',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Bí thư (phó bí thư) cấp ủy đồng thời là chủ tịch HĐND',
      en: "Party secretary (or deputy) also chairs the people's council",
    },
    versions: [
      {
        from: d('2017-10-25'),
        to: d('2025-04-14'),
        strength: 'encouraged',
        params: {
          posts: [
            { roles: ['secretary'], unitKinds: ['party-committee'] },
            { roles: ['chair'], unitKinds: ['peoples-council'] },
          ],
          sameArea: true,
          levels: ['province', 'district'],
        },
        citation: { instrumentId: '18-NQ/TW', section: 'III.2' },
        verification: 'unverified',
        note: `${NQ18_MEMORY} NQ 18 reads "thực hiện" (implement) from memory; encoded as encouraged, not required, until the text is checked.`,
      },
      {
        from: d('2025-04-14'),
        strength: 'encouraged',
        params: {
          posts: [
            { roles: [...PARTY_LEADERS], unitKinds: ['party-committee'] },
            { roles: ['chair'], unitKinds: ['peoples-council'] },
          ],
          sameArea: true,
          levels: ['province', 'commune'],
        },
        citation: { instrumentId: '45-CT/TW' },
        note: '"Cơ bản thực hiện bố trí bí thư (phó bí thư) cấp ủy đồng thời là chủ tịch HĐND ở cấp tỉnh, cấp xã": "basically", so encouraged, for the 2025–2030 term. No end date is given.',
      },
    ],
  },
  {
    id: 'roles.secretary-chairs-committee',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Bí thư cấp ủy đồng thời là chủ tịch UBND (thí điểm)',
      en: "Party secretary also chairs the people's committee (pilot)",
    },
    versions: [
      {
        from: d('2017-10-25'),
        strength: 'pilot',
        params: {
          posts: [
            { roles: ['secretary'], unitKinds: ['party-committee'] },
            { roles: ['chair'], unitKinds: ['peoples-committee'] },
          ],
          sameArea: true,
          levels: ['district', 'commune'],
        },
        citation: { instrumentId: '18-NQ/TW', section: 'III.2' },
        alsoCites: [{ instrumentId: '18-NQ/TW', section: 'III.1' }],
        verification: 'unverified',
        note: `${NQ18_MEMORY} Pilot "where conditions allow". No end of the pilot was found (16-TB/TW may have kept it: memory, low confidence), so the version is open. No central target share: a share such as Cẩm Phả's ">75%" is a local target, passed to concurrencyCoverage.`,
      },
    ],
  },
  {
    id: 'roles.deputy-secretary-chairs-commune-committee',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Một phó bí thư đảng ủy xã là chủ tịch UBND xã',
      en: "A deputy secretary of the commune party committee chairs the commune people's committee",
    },
    versions: [
      {
        from: d('2025-07-01'),
        strength: 'required',
        params: {
          posts: [
            { roles: ['deputySecretary'], unitKinds: ['party-committee'] },
            { roles: ['chair'], unitKinds: ['peoples-committee'] },
          ],
          sameArea: true,
          levels: ['commune'],
        },
        citation: { instrumentId: '298-QĐ/TW' },
        note: 'A commune party committee has 2 deputy secretaries: one standing, one who is chair of the commune people’s committee (legal-facts.md §1.5 [V]).',
      },
    ],
  },
  {
    id: 'roles.cell-secretary-village-head',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Bí thư chi bộ đồng thời là trưởng thôn, tổ trưởng tổ dân phố',
      en: 'Party cell secretary also heads the village or residential group',
    },
    versions: [
      {
        from: d('2017-10-25'),
        to: d('2023-08-01'),
        strength: 'encouraged',
        params: {
          posts: [
            { roles: ['secretary'], unitKinds: ['party-cell'] },
            { roles: ['villageHead'], unitKinds: ['village', 'residential-group'] },
          ],
          sameArea: true,
          levels: ['village'],
        },
        citation: { instrumentId: '18-NQ/TW', section: 'III.2' },
        verification: 'unverified',
        note: NQ18_MEMORY,
      },
      {
        from: d('2023-08-01'),
        strength: 'encouraged',
        params: {
          posts: [
            { roles: ['secretary'], unitKinds: ['party-cell'] },
            { roles: ['villageHead'], unitKinds: ['village', 'residential-group'] },
          ],
          sameArea: true,
          levels: ['village'],
        },
        citation: { instrumentId: '33/2023/NĐ-CP', article: '33', clause: '6' },
      },
    ],
  },
  {
    id: 'roles.cell-secretary-front-committee-head',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Bí thư chi bộ đồng thời là trưởng Ban công tác Mặt trận',
      en: 'Party cell secretary also heads the village Front work committee',
    },
    versions: [
      {
        from: d('2023-08-01'),
        strength: 'encouraged',
        params: {
          posts: [
            { roles: ['secretary'], unitKinds: ['party-cell'] },
            { roles: ['frontCommitteeHead', 'head'], unitKinds: ['front-work-committee'] },
          ],
          sameArea: true,
          levels: ['village'],
        },
        citation: { instrumentId: '33/2023/NĐ-CP', article: '33', clause: '6' },
      },
    ],
  },
  {
    id: 'roles.propaganda-head-training-centre',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Trưởng ban tuyên giáo kiêm giám đốc trung tâm bồi dưỡng chính trị',
      en: 'Head of the propaganda board also directs the political training centre',
    },
    versions: [
      {
        from: d('2017-10-25'),
        strength: 'pilot',
        params: {
          posts: [
            { roles: ['head'], unitKinds: ['propaganda-board'] },
            { roles: ['director'], unitKinds: ['public-service-unit'], sectors: ['political-training'] },
          ],
          sameArea: true,
          levels: ['district'],
        },
        citation: { instrumentId: '18-NQ/TW', section: 'III.2' },
        alsoCites: [{ instrumentId: '18-NQ/TW', section: 'III.1' }],
        verification: 'unverified',
        note: `${NQ18_MEMORY} One of the pilot models of "kiêm nhiệm chức danh" (III.1 item 2, [V]). 16-TB/TW may have kept it (memory, low confidence); no end is encoded. The training centre is the public service unit with sector 'political-training'.`,
      },
    ],
  },
  {
    id: 'roles.mass-mobilisation-head-chairs-front',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Trưởng ban dân vận đồng thời là chủ tịch Ủy ban MTTQ cùng cấp',
      en: 'Head of the mass mobilisation board also chairs the Fatherland Front committee of the same level',
    },
    versions: [
      {
        from: d('2017-10-25'),
        to: d('2018-08-07'),
        strength: 'pilot',
        params: {
          posts: [
            { roles: ['head'], unitKinds: ['mass-mobilisation-board'] },
            { roles: ['chair'], unitKinds: ['fatherland-front'] },
          ],
          sameArea: true,
          levels: ['province', 'district'],
        },
        citation: { instrumentId: '18-NQ/TW', section: 'III.2' },
        verification: 'unverified',
        note: NQ18_MEMORY,
      },
      {
        from: d('2018-08-07'),
        strength: 'pilot',
        params: {
          posts: [
            { roles: ['head'], unitKinds: ['mass-mobilisation-board'] },
            { roles: ['chair'], unitKinds: ['fatherland-front'] },
          ],
          sameArea: true,
          levels: ['province', 'district'],
        },
        citation: { instrumentId: '34-KL/TW' },
        note: 'KL 34-KL/TW: heads of party mass mobilisation boards may chair the Front committee at the same level ([V]). 16-TB/TW suspended merging party agencies with government agencies, which this is not; its list of models kept is truncated in the source, so no end is encoded.',
      },
    ],
  },
  {
    id: 'roles.organisation-head-home-affairs-head',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Trưởng ban tổ chức cấp ủy kiêm người đứng đầu cơ quan nội vụ',
      en: 'Head of the party organisation board also heads the home affairs agency',
    },
    versions: [
      {
        from: d('2017-10-25'),
        to: d('2018-08-07'),
        strength: 'pilot',
        params: {
          posts: [
            { roles: ['head'], unitKinds: ['organisation-board'] },
            { roles: ['head', 'director'], unitKinds: ['specialised-agency'], sectors: ['home-affairs'] },
          ],
          sameArea: true,
          levels: ['province', 'district'],
        },
        citation: { instrumentId: '18-NQ/TW', section: 'III.2' },
        verification: 'unverified',
        note: NQ18_MEMORY,
      },
      {
        from: d('2018-08-07'),
        to: d('2022-07-07'),
        strength: 'pilot',
        params: {
          posts: [
            { roles: ['head'], unitKinds: ['organisation-board'] },
            { roles: ['head', 'director'], unitKinds: ['specialised-agency'], sectors: ['home-affairs'] },
          ],
          sameArea: true,
          levels: ['province', 'district'],
        },
        citation: { instrumentId: '34-KL/TW' },
        note: 'KL 34-KL/TW: one person may head a party advisory body and the people’s committee agency with similar functions, and the two may be merged ([V]). 16-TB/TW (2022-07-07) suspended the pilot of merging party agencies with government agencies ([V-partial]); whether one person may still head both unmerged bodies is not in the verified source, so no version follows and such a pair is reported as one no rule mentions.',
      },
    ],
  },
  {
    id: 'roles.inspection-head-chief-inspector',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Chủ nhiệm ủy ban kiểm tra cấp ủy kiêm chánh thanh tra',
      en: 'Head of the party inspection commission also heads the state inspectorate',
    },
    versions: [
      {
        from: d('2017-10-25'),
        to: d('2018-08-07'),
        strength: 'pilot',
        params: {
          posts: [
            { roles: ['head', 'chair'], unitKinds: ['inspection-commission'] },
            { roles: ['head'], unitKinds: ['inspectorate'] },
          ],
          sameArea: true,
          levels: ['province', 'district'],
        },
        citation: { instrumentId: '18-NQ/TW', section: 'III.2' },
        verification: 'unverified',
        note: NQ18_MEMORY,
      },
      {
        from: d('2018-08-07'),
        to: d('2022-07-07'),
        strength: 'pilot',
        params: {
          posts: [
            { roles: ['head', 'chair'], unitKinds: ['inspection-commission'] },
            { roles: ['head'], unitKinds: ['inspectorate'] },
          ],
          sameArea: true,
          levels: ['province', 'district'],
        },
        citation: { instrumentId: '34-KL/TW' },
        note: 'KL 34-KL/TW: a party inspection commission merged with the inspectorate, party procedure first ([V]). Ends with the 16-TB/TW suspension of merging party and government agencies ([V-partial]); what continued is not in the verified source.',
      },
    ],
  },
  {
    id: 'roles.council-standing-not-committee-member',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Thành viên Thường trực HĐND không đồng thời là thành viên UBND cùng cấp',
      en: "A standing member of the people's council may not sit on the people's committee of the same unit",
    },
    description: {
      vi: 'Một người không thể vừa là chủ tịch HĐND vừa là chủ tịch (hay thành viên) UBND của cùng một đơn vị hành chính.',
      en: "One person cannot both chair the people's council and chair (or sit on) the people's committee of the same unit.",
    },
    versions: [
      {
        from: d('2016-01-01'),
        to: d('2025-06-16'),
        strength: 'forbidden',
        params: {
          posts: [
            { roles: [...COUNCIL_STANDING_ROLES], unitKinds: ['peoples-council'] },
            { roles: [...COMMITTEE_MEMBER_ROLES], unitKinds: ['peoples-committee'] },
          ],
          sameArea: true,
          levels: ['province', 'district', 'commune'],
        },
        citation: { instrumentId: '77/2015/QH13', article: '18', clause: '3' },
        alsoCites: [
          { instrumentId: '77/2015/QH13', article: '25', clause: '3' },
          { instrumentId: '77/2015/QH13', article: '32', clause: '3' },
        ],
        verification: 'unverified',
        note: 'Articles cited from memory (legal-facts.md §1.8 [M]); Art. 18(3) province, 25(3) district, 32(3) commune, and the matching articles for urban units. Council "head" means a head of a council committee (trưởng ban HĐND), a standing member.',
      },
      {
        from: d('2025-06-16'),
        strength: 'forbidden',
        params: {
          posts: [
            { roles: [...COUNCIL_STANDING_ROLES], unitKinds: ['peoples-council'] },
            { roles: [...COMMITTEE_MEMBER_ROLES], unitKinds: ['peoples-committee'] },
          ],
          sameArea: true,
          levels: ['province', 'district', 'commune'],
        },
        citation: { instrumentId: '72/2025/QH15' },
        verification: 'unverified',
        note: 'Assumed carried into the 2025 law (legal-facts.md §1.8 [M]); its article number is not known.',
      },
    ],
  },
  {
    id: 'roles.department-deputy-not-head-of-attached-unit',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Phó giám đốc sở không kiêm người đứng đầu đơn vị thuộc, trực thuộc sở',
      en: 'A deputy director of a provincial department does not head a unit under the department',
    },
    versions: [
      {
        from: d('2025-07-01'),
        strength: 'forbidden',
        params: {
          posts: [
            { roles: ['deputyDirector'], unitKinds: ['specialised-agency'] },
            {
              roles: ['head', 'director', 'chair'],
              unitKinds: ['specialised-agency', 'inspectorate', 'government-office', 'public-service-unit'],
            },
          ],
          sameArea: false,
          levels: ['province'],
          secondUnderFirst: true,
        },
        citation: { instrumentId: '150/2025/NĐ-CP' },
        note: 'legal-facts.md §1.8 [V]; the article is not given in the source. "Unless the law provides otherwise" (trừ trường hợp pháp luật có quy định khác): the exceptions are not modelled, so a lawful exception still shows as an error. A unit is "under the department" when its parentId is the department.',
      },
    ],
  },
  {
    id: 'roles.provincial-standing-member-cap',
    type: 'role-cap',
    topic: 'roles',
    title: {
      vi: 'Thường trực cấp ủy cấp tỉnh giữ không quá 2 chức danh chủ chốt',
      en: 'A member of the provincial standing body holds at most 2 key posts',
    },
    versions: [
      {
        from: d('2025-04-14'),
        params: {
          appliesTo: [{ roles: [...PARTY_LEADERS], unitKinds: ['party-committee'] }],
          keyPosts: [
            { roles: ['secretary'], unitKinds: ['party-committee'] },
            { roles: ['standingDeputySecretary', 'deputySecretary'], unitKinds: ['party-committee'] },
            { roles: ['chair'], unitKinds: ['peoples-council'] },
            { roles: ['chair'], unitKinds: ['peoples-committee'] },
            { roles: ['chair'], unitKinds: ['fatherland-front'] },
          ],
          maxPosts: 2,
          levels: ['province'],
        },
        citation: { instrumentId: '45-CT/TW' },
        note: 'CT 45: each member of the provincial standing body ("thường trực cấp ủy": secretary and deputy secretaries) "basically" holds at most 2 of: bí thư, phó bí thư, CT HĐND, CT UBND, trưởng đoàn ĐBQH, CT MTTQ; other cases are decided by the competent level (not modelled). The model has no unit for the National Assembly delegation, so that title is not counted.',
      },
    ],
  },
];

/**
 * Quảng Ninh's own concurrent-role rule (Chỉ thị 12-CT/TU, 2016-12-28): the party cell secretary
 * is also the village or quarter head. Not in `defaultRulebook` (it binds only in Quảng Ninh): add
 * it with `extendRulebook(defaultRulebook, { rules: quangNinhRolesRules })` for a Quảng Ninh
 * structure.
 *
 * @example
 * ```ts
 * const rulebook = extendRulebook(defaultRulebook, { rules: quangNinhRolesRules });
 * validateRulebook(rulebook).ok; //=> true
 * ```
 * @category Rulebook
 */
export const quangNinhRolesRules: readonly RuleOf<'role-combination'>[] = [
  {
    id: 'roles.quang-ninh.cell-secretary-village-head',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Quảng Ninh: bí thư chi bộ kiêm trưởng thôn, khu',
      en: 'Quảng Ninh: party cell secretary also heads the village or quarter',
    },
    versions: [
      {
        from: d('2016-12-28'),
        strength: 'encouraged',
        params: {
          posts: [
            { roles: ['secretary'], unitKinds: ['party-cell'] },
            { roles: ['villageHead'], unitKinds: ['village', 'residential-group'] },
          ],
          sameArea: true,
          levels: ['village'],
        },
        citation: { instrumentId: '12-CT/TU (Quảng Ninh)' },
        note: 'A provincial directive made the combination the norm in Quảng Ninh before NQ 18 (legal-facts.md §1.6 [V]); its exact strength is not in the sources, so it is encoded as encouraged.',
      },
    ],
  },
];
