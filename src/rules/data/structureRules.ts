import { isoDate as d } from '../../core/IsoDate.js';
import type { RuleOf } from '../Rule.js';

const DISTRICT_KINDS = ['district', 'town', 'provincial-city', 'urban-district', 'municipal-city'] as const;

/**
 * The structural rules: which area kinds exist on a date and what each may sit under. Three
 * levels of local government (province, district, commune) until 2025-06-30; two (province,
 * commune) from 2025-07-01, when special zones (đặc khu) appear and townships (thị trấn) end.
 *
 * @example
 * ```ts
 * structureRules[0].versions.length; //=> 2
 * ```
 * @category Rulebook
 */
export const structureRules: readonly RuleOf<'area-hierarchy'>[] = [
  {
    id: 'structure.area-hierarchy',
    type: 'area-hierarchy',
    topic: 'structure',
    title: { vi: 'Các cấp đơn vị hành chính', en: 'Levels of administrative units' },
    description: {
      vi: 'Loại địa bàn nào tồn tại và trực thuộc loại nào. Thôn, tổ dân phố là cộng đồng tự quản, không phải một cấp hành chính.',
      en: 'Which area kinds exist and what each sits under. Villages and residential groups are self-managed communities, not a level of government.',
    },
    versions: [
      {
        from: d('2014-01-01'),
        to: d('2025-07-01'),
        params: {
          parents: {
            country: [],
            province: ['country'],
            'centrally-run-city': ['country'],
            district: ['province', 'centrally-run-city'],
            town: ['province', 'centrally-run-city'],
            'provincial-city': ['province', 'centrally-run-city'],
            'urban-district': ['centrally-run-city'],
            'municipal-city': ['centrally-run-city'],
            commune: [...DISTRICT_KINDS],
            ward: [...DISTRICT_KINDS],
            township: ['district'],
            village: ['commune', 'township'],
            'residential-group': ['ward', 'township', 'commune'],
          },
        },
        citation: { instrumentId: 'HP-2013', article: '110' },
        alsoCites: [{ instrumentId: '77/2015/QH13', article: '2' }],
        note: 'Residential groups sit in wards and townships, and in some communes. The statistics office lists one provincial city (Thủy Nguyên) under a centrally-run city, so that parent is allowed. Villages and residential groups are listed so the model can place them; they are not a level of government.',
      },
      {
        from: d('2025-07-01'),
        params: {
          parents: {
            country: [],
            province: ['country'],
            'centrally-run-city': ['country'],
            commune: ['province', 'centrally-run-city'],
            ward: ['province', 'centrally-run-city'],
            'special-zone': ['province', 'centrally-run-city'],
            village: ['commune'],
            'residential-group': ['ward', 'special-zone', 'commune'],
          },
        },
        citation: { instrumentId: '203/2025/QH15', article: '110' },
        alsoCites: [{ instrumentId: '72/2025/QH15', article: '1' }, { instrumentId: '60-NQ/TW' }],
        note: 'Communes have villages, wards have residential groups, special zones have residential groups (Công văn 4168/BNV-CQĐP); the district level stops on 2025-07-01.',
      },
    ],
  },
];
