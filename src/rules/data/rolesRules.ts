import { isoDate as d } from '../../core/IsoDate.js';
import { defineRules } from '../defineRules.js';

/*
 * The concurrent-role rules of the domain notes (legal-facts.md §1). Facts marked [M] (memory) carry
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
const FRONT_VICE_CHAIR_ROLES = ['standingViceChair', 'viceChair'] as const;
const NQ332_TEXT = 'https://xaydungchinhsach.chinhphu.vn/quy-dinh-so-luong-cap-pho-tai-cac-phong-chuyen-mon-cap-xa-119251016155750367.htm';
const NQ18_MEMORY =
  'NQ 18-NQ/TW section III.2 is cited from memory (legal-facts.md §1.1 [M]): the wording and the levels need checking against the full text.';

const FRONT_VICE_CHAIRS_NOTE =
  'Hướng dẫn 31-HD/BTCTW: the vice-chairs of a commune’s Fatherland Front committee are the heads of the socio-political organisations (Hội LHPN, Đoàn TN, Hội ND where organised, Hội CCB, Công đoàn where organised), one of them standing (legal-facts §9, audit-2026-12.md §2 [V]). One rule per organisation, so that each head is asked for. Required from 2025-07-01, when the new communes started (the guidance is of 2025-04-23 and governs the communes formed by the merger).';

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
 * Added from audit-2026-12.md: CT 35-CT/TW (2019-05-30, unverified): secretary = council chair
 * down to the commune for the 2020–2025 term; Hướng dẫn 31-HD/BTCTW (required from 2025-07-01):
 * the Front's vice-chairs are the heads of the five socio-political organisations (one rule each);
 * NQ 332/NQ-CP (2025-10-15): a commune vice-chair does not also direct the service centre
 * (forbidden). The council/committee incompatibility cites Luật 77/2015 without an article: the
 * one cited before (Art. 18(3)) is about something else.
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
export const rolesRules = defineRules([
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
        to: d('2019-05-30'),
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
        from: d('2019-05-30'),
        to: d('2025-04-14'),
        strength: 'encouraged',
        params: {
          posts: [
            { roles: ['secretary'], unitKinds: ['party-committee'] },
            { roles: ['chair'], unitKinds: ['peoples-council'] },
          ],
          sameArea: true,
          levels: ['province', 'district', 'commune'],
        },
        citation: { instrumentId: '35-CT/TW (2019)' },
        alsoCites: [{ instrumentId: '18-NQ/TW', section: 'III.2' }],
        verification: 'unverified',
        note: 'Chỉ thị 35-CT/TW of 2019-05-30 governed the 2020–2025 congresses; from memory it carried the secretary chairing the people’s council down to the commune (Cẩm Phả’s five communes of 2020 did so). Its text was not read (audit-2026-12.md §4), so the commune level, the wording and the strength are unverified; encoded as encouraged.',
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
        citation: { instrumentId: '77/2015/QH13' },
        verification: 'unverified',
        note: 'The rule is from memory (legal-facts.md §1.8 [M]) and so is its article: Art. 18(3), 25(3) and 32(3), cited in earlier releases, are about the councils’ committees (Art. 18 read at dbndthanhhoa.gov.vn; audit-2026-12.md E4). From memory the rule is in Art. 104(2) [M]; no article is cited until a source confirms one. Council "head" means a head of a council committee (trưởng ban HĐND), a standing member.',
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
  {
    id: 'roles.front-vice-chair.womens-union-chair',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Chủ tịch Hội Liên hiệp Phụ nữ cấp xã là Phó Chủ tịch Ủy ban MTTQ cấp xã',
      en: "The chair of the Women's Union of a commune is a vice-chair of its Fatherland Front committee",
    },
    versions: [
      {
        from: d('2025-07-01'),
        strength: 'required',
        params: {
          posts: [
            { roles: ['chair'], unitKinds: ['womens-union'] },
            { roles: [...FRONT_VICE_CHAIR_ROLES], unitKinds: ['fatherland-front'] },
          ],
          sameArea: true,
          levels: ['commune'],
        },
        citation: { instrumentId: '31-HD/BTCTW' },
        note: FRONT_VICE_CHAIRS_NOTE,
      },
    ],
  },
  {
    id: 'roles.front-vice-chair.youth-union-secretary',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Bí thư Đoàn Thanh niên cấp xã là Phó Chủ tịch Ủy ban MTTQ cấp xã',
      en: 'The secretary of the Youth Union of a commune is a vice-chair of its Fatherland Front committee',
    },
    versions: [
      {
        from: d('2025-07-01'),
        strength: 'required',
        params: {
          posts: [
            { roles: ['secretary'], unitKinds: ['youth-union'] },
            { roles: [...FRONT_VICE_CHAIR_ROLES], unitKinds: ['fatherland-front'] },
          ],
          sameArea: true,
          levels: ['commune'],
        },
        citation: { instrumentId: '31-HD/BTCTW' },
        note: FRONT_VICE_CHAIRS_NOTE,
      },
    ],
  },
  {
    id: 'roles.front-vice-chair.farmers-union-chair',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Chủ tịch Hội Nông dân cấp xã là Phó Chủ tịch Ủy ban MTTQ cấp xã',
      en: "The chair of the Farmers' Union of a commune is a vice-chair of its Fatherland Front committee",
    },
    versions: [
      {
        from: d('2025-07-01'),
        strength: 'required',
        params: {
          posts: [
            { roles: ['chair'], unitKinds: ['farmers-union'] },
            { roles: [...FRONT_VICE_CHAIR_ROLES], unitKinds: ['fatherland-front'] },
          ],
          sameArea: true,
          levels: ['commune'],
        },
        citation: { instrumentId: '31-HD/BTCTW' },
        note: FRONT_VICE_CHAIRS_NOTE,
      },
    ],
  },
  {
    id: 'roles.front-vice-chair.veterans-association-chair',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Chủ tịch Hội Cựu chiến binh cấp xã là Phó Chủ tịch Ủy ban MTTQ cấp xã',
      en: "The chair of the Veterans' Association of a commune is a vice-chair of its Fatherland Front committee",
    },
    versions: [
      {
        from: d('2025-07-01'),
        strength: 'required',
        params: {
          posts: [
            { roles: ['chair'], unitKinds: ['veterans-association'] },
            { roles: [...FRONT_VICE_CHAIR_ROLES], unitKinds: ['fatherland-front'] },
          ],
          sameArea: true,
          levels: ['commune'],
        },
        citation: { instrumentId: '31-HD/BTCTW' },
        note: FRONT_VICE_CHAIRS_NOTE,
      },
    ],
  },
  {
    id: 'roles.front-vice-chair.trade-union-chair',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Chủ tịch Công đoàn cấp xã là Phó Chủ tịch Ủy ban MTTQ cấp xã',
      en: 'The chair of the Trade Union of a commune is a vice-chair of its Fatherland Front committee',
    },
    versions: [
      {
        from: d('2025-07-01'),
        strength: 'required',
        params: {
          posts: [
            { roles: ['chair'], unitKinds: ['trade-union'] },
            { roles: [...FRONT_VICE_CHAIR_ROLES], unitKinds: ['fatherland-front'] },
          ],
          sameArea: true,
          levels: ['commune'],
        },
        citation: { instrumentId: '31-HD/BTCTW' },
        note: FRONT_VICE_CHAIRS_NOTE,
      },
    ],
  },
  {
    id: 'roles.commune-vice-chair-not-service-centre-director',
    type: 'role-combination',
    topic: 'roles',
    title: {
      vi: 'Phó Chủ tịch UBND cấp xã không kiêm Giám đốc Trung tâm Phục vụ hành chính công cấp xã',
      en: "A vice-chair of a commune people's committee does not also direct the commune's public administration service centre",
    },
    versions: [
      {
        from: d('2025-10-15'),
        strength: 'forbidden',
        params: {
          posts: [
            { roles: ['standingViceChair', 'viceChair'], unitKinds: ['peoples-committee'] },
            { roles: ['director', 'head'], unitKinds: ['specialised-agency'], sectors: ['public-administration-service'] },
          ],
          sameArea: true,
          levels: ['commune'],
        },
        citation: { instrumentId: '332/NQ-CP' },
        quote: {
          text: 'lãnh đạo Trung tâm Phục vụ hành chính công cấp xã gồm Giám đốc (Phó Chủ tịch Ủy ban nhân dân cấp xã không kiêm Giám đốc Trung tâm Phục vụ hành chính công cấp xã)',
          source: NQ332_TEXT,
        },
        note: 'audit-2026-12.md §2 [V]: the sentence that sets the average of 2 deputies also says the vice-chair does not direct the centre. The service centre is a specialised agency with sector `public-administration-service`. Before 2025-10-15 no rule is encoded (legal-facts §1.8 had the vice-chair as director under the first arrangements, [V-partial], not encoded).',
      },
    ],
  },
]);
