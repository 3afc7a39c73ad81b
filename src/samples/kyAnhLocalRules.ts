import type { RulebookAdditions } from '../rules/extendRulebook.js';
import { isoDate } from '../core/IsoDate.js';

/**
 * Hà Tĩnh's own instrument behind Kỳ Anh's commune office merger, and the rule it adds: Kết luận
 * 92-KL/TU of the Hà Tĩnh provincial party standing committee (2018-10-03, scope `local`)
 * permits consolidating the commune party committee office (Văn phòng Đảng ủy) with the commune
 * people's committee office (Văn phòng UBND) in communes and wards of the province. The central
 * rules only provide for such an office merger at district level, so without these additions
 * `validatePlan` flags Kỳ Anh's commune office mergers as a cross-family merger no rule permits.
 *
 * The rule reaches only units within `tinh-ha-tinh`, the province's id in
 * {@link kyAnhTown2018}; a structure with other ids needs its own copy with its province id.
 * Source: the Kỳ Anh report of late 2018 (`cases.md` §1); the conclusion's text was not seen.
 *
 * @example
 * ```ts
 * const rulebook = extendRulebook(defaultRulebook, kyAnhLocalRules);
 * validateRulebook(rulebook).ok; //=> true
 * findRule(rulebook, 'ha-tinh.commune-office-consolidation', isoDate('2019-01-01')).ok; //=> true
 * ```
 * @category Samples
 */
export const kyAnhLocalRules: RulebookAdditions = {
  instruments: [
    {
      id: '92-KL/TU (Hà Tĩnh)',
      kind: 'conclusion',
      issuer: 'Ban Thường vụ Tỉnh ủy Hà Tĩnh',
      issued: isoDate('2018-10-03'),
      effective: isoDate('2018-10-03'),
      scope: 'local',
      title: {
        vi: 'Kết luận 92-KL/TU của Ban Thường vụ Tỉnh ủy Hà Tĩnh (hợp nhất văn phòng cấp xã)',
        en: 'Conclusion 92-KL/TU of the Hà Tĩnh provincial standing committee (commune office consolidation)',
      },
      verification: 'secondary',
      sources: ['Kỳ Anh town report of late 2018 (seed 001_cae5111245392743.txt, cases.md §1)'],
      note: 'Known from the Kỳ Anh town report of late 2018 (seed 001_cae5111245392743.txt); the text itself was not read.',
    },
  ],
  rules: [
    {
      id: 'ha-tinh.commune-office-consolidation',
      type: 'cross-family-consolidation',
      topic: 'merge',
      title: {
        vi: 'Hợp nhất Văn phòng Đảng ủy với Văn phòng UBND cấp xã (Hà Tĩnh)',
        en: "Consolidating the commune party office with the commune People's Committee office (Hà Tĩnh)",
      },
      versions: [
        {
          from: isoDate('2018-10-03'),
          strength: 'permitted',
          params: { kinds: ['party-office', 'government-office'], levels: ['commune'], withinAreaIds: ['tinh-ha-tinh'] },
          citation: { instrumentId: '92-KL/TU (Hà Tĩnh)' },
          note: 'Kỳ Anh applied it in every commune and ward in Q1 2019.',
        },
      ],
    },
  ],
};
