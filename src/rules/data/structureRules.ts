import { isoDate as d } from '../../core/IsoDate.js';
import { defineRules } from '../defineRules.js';

const DISTRICT_KINDS = ['district', 'town', 'provincial-city', 'urban-district', 'municipal-city'] as const;
const COMMUNE_LEVEL_KINDS = ['commune', 'ward', 'special-zone'] as const;
const DECREE_150_COMMUNE_OFFICES = 'https://xaydungchinhsach.chinhphu.vn/chinh-phu-quy-dinh-cac-phong-chuyen-mon-duoc-to-chuc-o-cap-xa-11925061312000936.htm';

/**
 * The structural rules: which area kinds exist on a date and what each may sit under. Three
 * levels of local government (province, district, commune) until 2025-06-30; two (province,
 * commune) from 2025-07-01, when special zones (đặc khu) appear and townships (thị trấn) end. Then
 * the apparatus of the two-level model: the offices of a commune (NĐ 150/2025), at most 14
 * departments a province (NĐ 150/2025) and on average 4.5 bodies a commune (NĐ 370/2025).
 *
 * @example
 * ```ts
 * structureRules[0].versions.length; //=> 2
 * ```
 * @category Rulebook
 */
export const structureRules = defineRules([
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
        quote: {
          text: 'Các đơn vị hành chính của nước Cộng hòa xã hội chủ nghĩa Việt Nam được tổ chức thành hai cấp, gồm tỉnh, thành phố trực thuộc trung ương và các đơn vị hành chính dưới tỉnh, thành phố trực thuộc trung ương do luật định.',
          source: 'https://vi.wikipedia.org/wiki/Ph%C6%B0%E1%BB%9Dng_(Vi%E1%BB%87t_Nam)',
        },
        note: 'Communes have villages, wards have residential groups, special zones have residential groups (Công văn 4168/BNV-CQĐP); the district level stops on 2025-07-01.',
      },
    ],
  },
  {
    id: 'structure.commune-offices',
    type: 'required-bodies',
    topic: 'structure',
    title: { vi: 'Các phòng chuyên môn và Trung tâm Phục vụ hành chính công cấp xã', en: 'The offices and public administration service centre of a commune' },
    description: {
      vi: 'Mô hình hai cấp: mỗi xã, phường, đặc khu có Văn phòng HĐND và UBND, Phòng Kinh tế (xã, đặc khu) hoặc Phòng Kinh tế, Hạ tầng và Đô thị (phường), Phòng Văn hóa - Xã hội và Trung tâm Phục vụ hành chính công.',
      en: "Two-level model: each commune, ward and special zone has an office of the People's Council and Committee, an economy office (or, in a ward, an economy, infrastructure and urban office), a culture and society office, and a public administration service centre.",
    },
    versions: [
      {
        from: d('2025-07-01'),
        strength: 'required',
        params: {
          bodies: [
            {
              name: { vi: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', en: "Office of the People's Council and People's Committee" },
              areaKinds: [...COMMUNE_LEVEL_KINDS],
              body: { unitKinds: ['government-office'] },
            },
            {
              name: { vi: 'Phòng Kinh tế', en: 'Economy office' },
              areaKinds: ['commune', 'special-zone'],
              body: { unitKinds: ['specialised-agency'], sectors: ['economy'] },
            },
            {
              name: { vi: 'Phòng Kinh tế, Hạ tầng và Đô thị', en: 'Economy, infrastructure and urban office' },
              areaKinds: ['ward'],
              body: { unitKinds: ['specialised-agency'], sectors: ['economy-infrastructure-urban'] },
            },
            {
              name: { vi: 'Phòng Văn hóa - Xã hội', en: 'Culture and society office' },
              areaKinds: [...COMMUNE_LEVEL_KINDS],
              body: { unitKinds: ['specialised-agency'], sectors: ['culture-society'] },
            },
            {
              name: { vi: 'Trung tâm Phục vụ hành chính công', en: 'Public administration service centre' },
              areaKinds: [...COMMUNE_LEVEL_KINDS],
              body: { unitKinds: ['specialised-agency'], sectors: ['public-administration-service'] },
            },
          ],
        },
        citation: { instrumentId: '150/2025/NĐ-CP' },
        alsoCites: [{ instrumentId: '332/NQ-CP' }],
        quote: {
          text: 'Phòng Kinh tế (đối với xã, đặc khu) hoặc Phòng Kinh tế, Hạ tầng và Đô thị (đối với phường và đặc khu Phú Quốc)',
          source: DECREE_150_COMMUNE_OFFICES,
        },
        note: 'audit-2026-12.md §2 [V]. The service centre is set up under Decree 118/2025/NĐ-CP (in force 2025-07-01, not in the rulebook) and modelled as a specialised agency with sector `public-administration-service`; the offices by sector `economy`, `economy-infrastructure-urban`, `culture-society`. The special zone of Phú Quốc has the ward office, not the commune one: the model cannot tell it from other special zones (not encoded). The commune decides which offices it sets up within the frame (Art. 15), so an office a commune has not set up is a gap to explain, not a proof of error. The 2025-07-01 start rests on the decree’s effective date, from memory.',
      },
    ],
  },
  {
    id: 'structure.province-department-cap',
    type: 'body-count-limit',
    topic: 'structure',
    title: { vi: 'Số lượng sở và tương đương thuộc UBND cấp tỉnh', en: 'Departments (sở) of a province' },
    versions: [
      {
        from: d('2025-07-01'),
        strength: 'required',
        params: {
          areaLevel: 'province',
          counts: [{ unitKinds: ['specialised-agency', 'government-office', 'inspectorate'] }],
          measure: 'each-area',
          limits: [{ provinceCodes: ['01', '79'], hundredths: null }, { hundredths: 1400 }],
        },
        citation: { instrumentId: '150/2025/NĐ-CP' },
        sources: [DECREE_150_COMMUNE_OFFICES, 'https://thuviennhadat.vn/phap-luat/ket-luan-cua-bo-chinh-tri-ban-bi-thu-ve-de-an-sap-xep-to-chuc-lai-don-vi-hanh-chinh-cac-cap-va-xay-d-658629.html'],
        note: 'At most 14 departments a province (audit-2026-12.md §2 [V]). Counted: the specialised agencies, the office of the people’s committee and the inspectorate (“sở và tương đương”, our reading). The Politburo’s conclusion on the reorganisation plan gives Hà Nội (statistics code 01) and Hồ Chí Minh City (79) 15 (“riêng thành phố Hà Nội và thành phố Hồ Chí Minh tổ chức 15 sở và tương đương”); the decree’s own figure for them was not read, so it is recorded as not found (null). legal-facts §8.3 has ≤13 (14 for special class-I provinces) for the February 2025 guidance, before this decree.',
      },
    ],
  },
  {
    id: 'structure.commune-body-average',
    type: 'body-count-limit',
    topic: 'structure',
    title: { vi: 'Bình quân số phòng và Trung tâm Phục vụ hành chính công mỗi xã', en: 'Average bodies (offices and service centre) per commune' },
    versions: [
      {
        from: d('2025-12-31'),
        strength: 'required',
        params: {
          areaLevel: 'commune',
          counts: [{ unitKinds: ['specialised-agency', 'government-office'] }],
          measure: 'average-per-province',
          limits: [{ provinceCodes: ['01', '79'], hundredths: 470 }, { hundredths: 450 }],
        },
        citation: { instrumentId: '370/2025/NĐ-CP' },
        alsoCites: [{ instrumentId: '150/2025/NĐ-CP' }],
        note: 'The provincial people’s committee sets each commune’s frame, on average at most 4.5 bodies a commune counting the offices and the service centre; Hà Nội and Hồ Chí Minh City 4.7 (audit-2026-12.md §2 [V]). The start is a stand-in: the decree’s dates were not found (late December 2025).',
      },
    ],
  },
]);
