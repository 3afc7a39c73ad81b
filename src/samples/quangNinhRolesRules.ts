import type { RuleOf } from '../rules/Rule.js';
import { isoDate as d } from '../core/IsoDate.js';

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
 * @category Samples
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
        note: 'A provincial directive made the combination the norm in Quảng Ninh before NQ 18 (legal-facts.md §1.6 [V]; xaydungdang.org.vn, 2017: 178 of 178 cells in Cẩm Phả); its exact strength is not in the sources, so it is encoded as encouraged.',
      },
    ],
  },
];
