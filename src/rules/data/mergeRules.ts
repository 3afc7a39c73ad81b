import { isoDate as d } from '../../core/IsoDate.js';
import { defineRules } from '../defineRules.js';
import type { RuleParams } from '../Rule.js';

const NQ76_TEXT = 'https://xaydungchinhsach.chinhphu.vn/nghi-quyet-so-76-2025-ubtvqh15-sap-xep-don-vi-hanh-chinh-nam-2025-119250415130519882.htm';
const WIKI_XA = 'https://vi.wikipedia.org/wiki/X%C3%A3_(Vi%E1%BB%87t_Nam)';
const NQ1211_ART3 =
  'Điều 3. Tiêu chuẩn của xã 1. Quy mô dân số: a) Xã miền núi, vùng cao từ 5.000 người trở lên; b) Xã không thuộc điểm a khoản này từ 8.000 người trở lên. 2. Diện tích tự nhiên: a) Xã miền núi, vùng cao từ 50 km² trở lên; b) Xã không thuộc điểm a khoản này từ 30 km² trở lên.';
/** NQ 1211/2016 Art. 3: communes (and townships, which merge as communes) in the mountains and highlands, then the others. */
const COMMUNE_1211 = [
  { kinds: ['commune', 'township'], terrains: ['mountainous', 'highland'], population: 5000, areaKm2: 50 },
  { kinds: ['commune', 'township'], population: 8000, areaKm2: 30 },
] satisfies RuleParams<'admin-unit-standard'>['lines'];
/** NQ 1211/2016 (and NQ 112/2025, unchanged): provinces in the mountains and highlands, then the others. */
const PROVINCE_1211 = [
  { kinds: ['province'], terrains: ['mountainous', 'highland'], population: 900_000, areaKm2: 8000 },
  { kinds: ['province'], population: 1_400_000, areaKm2: 5000 },
] satisfies RuleParams<'admin-unit-standard'>['lines'];

const VILLAGE_LINE_NOTE =
  'The 50% "must merge" and 100% "encouraged" lines are the Ministry of Home Affairs guidance applied with the ' +
  'household minimums (legal-facts §4.2: high confidence in the practice, medium in the exact article, probably ' +
  'Art. 7a of TT 04/2012 as added by TT 14/2018).';

/**
 * The merge-validation rules: cross-family consolidations permitted for a period (the pilots of
 * Kết luận 34-KL/TW until Thông báo 16-TB/TW, the party office with the HĐND–UBND office), the
 * household standards of villages and residential groups, the standards and merge criteria of
 * communes and provinces, the directions for merged units of 2025, and the staffing and deputy
 * rules of a merger. Read by `validatePlan` and `findMergeCandidates`.
 *
 * Values the sources do not give are left out or recorded as `null`: the residential-group
 * minimums of the Central Highlands and of border and island areas under TT 14/2018, and the ward
 * standards after NQ 27/2022 (2023-01-01 to 2025-12-31). The 450-household minimum of Hà Nội and
 * TP HCM residential groups is a `provinceOverrides` line (by statistics code), the Red River Delta
 * area reductions of NQ 112/2025 are `reductions`, and the exemptions of NQ 35/2023 and NQ 76/2025
 * are `exemptions` (named by the caller of `validatePlan`); docs/rulebook.md says how the plan
 * engine applies each.
 *
 * @example
 * ```ts
 * mergeRules.find((rule) => rule.id === 'merge.village-household-standard')?.versions.length; //=> 3
 * ```
 * @category Rulebook
 */
export const mergeRules = defineRules([
  {
    id: 'merge.pilot-organisation-home-affairs',
    type: 'cross-family-consolidation',
    topic: 'merge',
    title: {
      vi: 'Hợp nhất Ban Tổ chức cấp ủy với cơ quan Nội vụ (thí điểm)',
      en: 'Consolidating the party organisation board with the home-affairs agency (pilot)',
    },
    versions: [
      {
        from: d('2018-08-07'),
        to: d('2022-07-07'),
        strength: 'pilot',
        params: { kinds: ['organisation-board', 'specialised-agency'], levels: ['province', 'district'], specialisedAgencySector: 'home-affairs' },
        citation: { instrumentId: '34-KL/TW' },
        alsoCites: [{ instrumentId: '18-NQ/TW', section: 'III.2' }],
        note: 'Provincial and district standing committees chose the bodies; the list of models is read in a secondary source.',
      },
      {
        from: d('2022-07-07'),
        strength: 'forbidden',
        params: { kinds: ['organisation-board', 'specialised-agency'], levels: ['province', 'district'], specialisedAgencySector: 'home-affairs' },
        citation: { instrumentId: '16-TB/TW' },
        note: 'Thông báo 16-TB/TW temporarily stopped merging party agencies with specialised agencies of the same-level government.',
      },
    ],
  },
  {
    id: 'merge.pilot-inspection-inspectorate',
    type: 'cross-family-consolidation',
    topic: 'merge',
    title: {
      vi: 'Hợp nhất Ủy ban Kiểm tra cấp ủy với Thanh tra (thí điểm)',
      en: 'Consolidating the party inspection commission with the inspectorate (pilot)',
    },
    versions: [
      {
        from: d('2018-08-07'),
        to: d('2022-07-07'),
        strength: 'pilot',
        params: { kinds: ['inspection-commission', 'inspectorate'], levels: ['province', 'district'] },
        citation: { instrumentId: '34-KL/TW' },
        note: 'When merged, the party procedure runs first and the state appointment follows (KL 34).',
      },
      {
        from: d('2022-07-07'),
        strength: 'forbidden',
        params: { kinds: ['inspection-commission', 'inspectorate'], levels: ['province', 'district'] },
        citation: { instrumentId: '16-TB/TW' },
        note: 'Suspended with the other party–government agency mergers.',
      },
    ],
  },
  {
    id: 'merge.party-office-government-office',
    type: 'cross-family-consolidation',
    topic: 'merge',
    title: {
      vi: 'Hợp nhất Văn phòng cấp ủy với Văn phòng HĐND và UBND',
      en: "Consolidating the party committee office with the People's Council and Committee office",
    },
    versions: [
      {
        from: d('2017-10-25'),
        strength: 'pilot',
        params: { kinds: ['party-office', 'government-office'], levels: ['district'] },
        citation: { instrumentId: '18-NQ/TW', section: 'III.2' },
        verification: 'unverified',
        note: 'legal-facts §1.1 [M]: NQ 18 provides for merging the party committee office with the HĐND–UBND office at district level; the level and wording are from memory. The office is not a specialised agency, so the 16-TB/TW suspension is not read as covering it.',
      },
    ],
  },
  {
    id: 'merge.village-household-standard',
    type: 'village-household-standard',
    topic: 'area-standards',
    title: {
      vi: 'Quy mô số hộ gia đình của thôn, tổ dân phố',
      en: 'Household minimums of villages and residential groups',
    },
    versions: [
      {
        from: d('2012-10-15'),
        to: d('2018-03-01'),
        strength: 'required',
        params: {
          village: [
            { terrains: ['mountainous', 'highland', 'island'], households: 100 },
            { border: true, households: 100 },
            { households: 200 },
          ],
          residentialGroup: [
            { terrains: ['mountainous', 'highland', 'island'], households: 150 },
            { border: true, households: 150 },
            { households: 250 },
          ],
          mustMergeBelowBps: 5000,
          encouragedBelowBps: 10000,
        },
        citation: { instrumentId: '04/2012/TT-BNV', article: '7' },
        note: `Original Art. 7: plains 200/250, mountain, border and island 100/150. Midland terrain is read as plains. In force from 2012-10-15, the circular's effective date (VBHN 08/VBHN-BNV; issued 2012-08-31). ${VILLAGE_LINE_NOTE}`,
      },
      {
        from: d('2018-03-01'),
        to: d('2019-01-20'),
        strength: 'required',
        params: {
          village: [
            { terrains: ['mountainous', 'highland', 'island'], households: 200 },
            { regions: ['south'], households: 500 },
            { households: 400 },
          ],
          residentialGroup: [{ terrains: ['mountainous', 'highland', 'island'], households: 300 }, { households: 500 }],
          mustMergeBelowBps: 5000,
          encouragedBelowBps: 10000,
        },
        citation: { instrumentId: '09/2017/TT-BNV' },
        alsoCites: [{ instrumentId: '04/2012/TT-BNV', article: '7' }],
        note: `Plains (North, Central, Central Highlands) 400, South 500, mountain/island 200; residential groups 500, mountain/island 300. Border is not named apart in the sources. Ends when TT 14/2018 takes effect on 2019-01-20 (VBHN 08/VBHN-BNV). ${VILLAGE_LINE_NOTE}`,
      },
      {
        from: d('2019-01-20'),
        strength: 'required',
        params: {
          village: [
            { border: true, households: 100 },
            { terrains: ['island'], households: 100 },
            { regions: ['northern-midlands-mountains'], households: 150 },
            { regions: ['red-river-delta'], households: 300 },
            { regions: ['central'], households: 250 },
            { regions: ['south'], households: 350 },
            { regions: ['central-highlands'], households: 200 },
          ],
          residentialGroup: [
            { border: true, households: null },
            { terrains: ['island'], households: null },
            { regions: ['central-highlands'], households: null },
            { regions: ['northern-midlands-mountains'], households: 200 },
            { regions: ['red-river-delta'], households: 350 },
            { regions: ['central'], households: 300 },
            { regions: ['south'], households: 400 },
          ],
          mustMergeBelowBps: 5000,
          encouragedBelowBps: 10000,
          provinceOverrides: [{ provinceCodes: ['01', '79'], residentialGroup: 450 }],
        },
        citation: { instrumentId: '14/2018/TT-BNV' },
        alsoCites: [{ instrumentId: '04/2012/TT-BNV', article: '7' }],
        note: `In force from 2019-01-20 ("có hiệu lực thi hành từ ngày 20 tháng 01 năm 2019", VBHN 08/VBHN-BNV). Regional minimums restated by QĐ 53/QĐ-BNV (the TT 14/2018 text itself was not seen) [V-partial]. Residential groups of Hà Nội (statistics code 01) and Hồ Chí Minh City (79) need 450 households whatever their region (provinceOverrides). Residential-group minimums of the Central Highlands, border and island areas were not found (null). TT 05/2022/TT-BNV (2022-05-23) changed the procedure only. ${VILLAGE_LINE_NOTE}`,
      },
    ],
  },
  {
    id: 'merge.admin-unit-standard',
    type: 'admin-unit-standard',
    topic: 'area-standards',
    title: { vi: 'Tiêu chuẩn dân số, diện tích của đơn vị hành chính', en: 'Population and area standards of administrative units' },
    versions: [
      {
        from: d('2016-05-25'),
        to: d('2023-01-01'),
        strength: 'required',
        params: {
          lines: [...PROVINCE_1211, ...COMMUNE_1211],
          wardByParent: [
            { parentKinds: ['urban-district'], population: 15_000, areaKm2: 5.5 },
            { parentKinds: ['provincial-city', 'municipal-city'], population: 7000, areaKm2: 5.5 },
            { parentKinds: ['town'], population: 5000, areaKm2: 5.5 },
          ],
        },
        citation: { instrumentId: '1211/2016/UBTVQH13', article: '3' },
        alsoCites: [{ instrumentId: '1211/2016/UBTVQH13', article: '8' }],
        quote: { text: NQ1211_ART3, source: WIKI_XA },
        note: 'The 2016 text: communes (Art. 3) and wards by the kind of area they lie in (Art. 8: a ward of an urban district 15,000 people, of a provincial city or a city within a centrally-run city 7,000, of a district-level town 5,000; 5.5 km² each), as vi.wikipedia quotes them. Starts on the issue date (effective date not found).',
      },
      {
        from: d('2023-01-01'),
        to: d('2026-01-01'),
        strength: 'required',
        params: {
          lines: [...PROVINCE_1211, ...COMMUNE_1211],
          wardByParent: [{ parentKinds: ['urban-district', 'provincial-city', 'municipal-city', 'town'], population: null, areaKm2: null }],
        },
        citation: { instrumentId: '1211/2016/UBTVQH13', article: '3' },
        alsoCites: [{ instrumentId: '27/2022/UBTVQH15' }],
        note: 'As amended by NQ 27/2022/UBTVQH15 from 2023-01-01 (its effective date; adopted 2022-09-21). The commune and province values are those NQ 76/2025 Art. 2(3) applies as "NQ 1211 as amended by NQ 27/2022" (legal-facts §8.1, high); whether NQ 27/2022 changed the ward standards was not read, so they are recorded as not found (null) rather than carried over.',
      },
      {
        from: d('2026-01-01'),
        strength: 'required',
        params: {
          lines: [
            ...PROVINCE_1211,
            { kinds: ['centrally-run-city'], population: 2_500_000, areaKm2: 2500 },
            { kinds: ['commune', 'township'], terrains: ['mountainous', 'highland'], population: 5000, areaKm2: 100 },
            { kinds: ['commune', 'township'], terrains: ['island'], population: 2500, areaKm2: 15 },
            { kinds: ['commune', 'township'], population: 16_000, areaKm2: 30 },
            { kinds: ['ward'], population: 21_000, areaKm2: 5.5 },
          ],
          reductions: [
            { levels: ['province'], regions: ['red-river-delta'], areaBps: 5000 },
            { levels: ['commune'], regions: ['red-river-delta'], areaBps: 7000 },
          ],
        },
        citation: { instrumentId: '112/2025/UBTVQH15' },
        note: 'In the Red River Delta the area standard counts at 50% for a province and 70% for a commune (reductions; legal-facts §8.1 [V]). The coastal 50% population reduction the audit mentions is left out: its scope was not read. A centrally-run city has its own line (≥2,500,000 people, ≥2,500 km²); before 2026 no city standard is encoded (NQ 1211/2016 has one; legal-facts does not give it).',
      },
    ],
  },
  {
    id: 'merge.admin-unit-merge-criteria',
    type: 'admin-unit-merge-criteria',
    topic: 'area-standards',
    title: { vi: 'Tiêu chí đơn vị hành chính thuộc diện sắp xếp', en: 'Criteria for administrative units to be merged' },
    versions: [
      {
        from: d('2017-10-25'),
        to: d('2019-03-12'),
        strength: 'required',
        params: { triggers: [{ levels: ['commune'], areaBelowBps: 5000, populationBelowBps: 5000, match: 'both' }] },
        citation: { instrumentId: '18-NQ/TW' },
      },
      {
        from: d('2019-03-12'),
        to: d('2023-07-12'),
        strength: 'required',
        params: { triggers: [{ levels: ['district', 'commune'], areaBelowBps: 5000, populationBelowBps: 5000, match: 'both' }] },
        citation: { instrumentId: '653/2019/UBTVQH14', article: '1' },
        alsoCites: [{ instrumentId: '37-NQ/TW' }],
        quote: {
          text: 'diện tích tự nhiên và quy mô dân số chưa đạt 50%',
          source: 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=2c213f05-c5b2-4a88-9820-61d7d97768d6&key=k9ft%2BXZLBszMou%2B65yZOnw%3D%3D',
        },
        note: 'Both area and population below 50% of the NQ 1211/2016 standard, 2019–2021 (audit-2026-12.md E7: read in the thuvienphapluat bulletin, effective 2019-03-12). A unit formed by the merger meets the standards unless three or more units merged, or two could not take in a third for a special factor (not encoded).',
      },
      {
        from: d('2023-07-12'),
        to: d('2025-04-15'),
        strength: 'required',
        params: {
          triggers: [
            { levels: ['district', 'commune'], areaBelowBps: 7000, populationBelowBps: 7000, match: 'both' },
            { levels: ['district'], areaBelowBps: 2000, populationBelowBps: 20_000, match: 'both' },
            { levels: ['commune'], areaBelowBps: 2000, populationBelowBps: 30_000, match: 'both' },
          ],
          exemptions: ['isolated-location', 'stable-historic-boundary', 'defence-security-sovereignty', 'planned-urbanisation', 'merged-2019-2021'],
        },
        citation: { instrumentId: '35/2023/UBTVQH15', article: '1' },
        note: 'The 2023–2025 criteria; the 2026–2030 ones never applied, NQ 35/2023 being repealed on 2025-04-15. Exempt: isolated places, boundaries stable since before 1945, units key to defence and security, units planned to become urban, and (for 2023–2025) units already merged in 2019–2021 (legal-facts §8.2 [V]). Starts on the issue date (effective date not found).',
      },
      {
        from: d('2025-04-15'),
        to: d('2026-01-01'),
        strength: 'required',
        params: {
          triggers: [{ levels: ['commune', 'province'], areaBelowBps: 10_000, populationBelowBps: 10_000, match: 'either' }],
          exemptions: ['isolated-location', 'defence-security-sovereignty'],
        },
        citation: { instrumentId: '76/2025/UBTVQH15', article: '2', clause: '3' },
        alsoCites: [{ instrumentId: '76/2025/UBTVQH15', article: '3' }],
        quote: {
          text: 'Việc sắp xếp đơn vị hành chính cấp tỉnh, cấp xã được thực hiện đối với các đơn vị hành chính có diện tích tự nhiên hoặc quy mô dân số chưa đáp ứng tiêu chuẩn của đơn vị hành chính tương ứng',
          source: NQ76_TEXT,
        },
        note: 'The 2025 reorganisation: units missing the area or the population standard are merged. Art. 3: "Không thực hiện sắp xếp đối với đơn vị hành chính có vị trí biệt lập hoặc có vị trí đặc biệt quan trọng liên quan đến quốc phòng, an ninh, bảo vệ chủ quyền quốc gia" (exemptions). Ended here at 2026-01-01, when NQ 112/2025 brings new standards; no later criteria were found.',
      },
    ],
  },
  {
    id: 'merge.merged-unit-directions',
    type: 'merged-unit-directions',
    topic: 'area-standards',
    title: { vi: 'Định hướng quy mô xã, phường hình thành sau sắp xếp', en: 'Size directions for communes and wards formed by merger' },
    versions: [
      {
        from: d('2025-04-15'),
        to: d('2026-01-01'),
        strength: 'required',
        params: {
          lines: [
            { kinds: ['commune', 'township'], terrains: ['mountainous', 'highland'], areaBps: 20_000, populationBps: 10_000 },
            { kinds: ['commune', 'township'], areaBps: 10_000, populationBps: 20_000 },
            { kinds: ['ward'], withinKinds: ['centrally-run-city'], population: 45_000, areaKm2: 5.5 },
            { kinds: ['ward'], parentTerrains: ['mountainous', 'highland'], population: 15_000, areaKm2: 5.5 },
            { kinds: ['ward'], parentBorder: true, population: 15_000, areaKm2: 5.5 },
            { kinds: ['ward'], population: 21_000, areaKm2: 5.5 },
          ],
          exemptFromSourceCount: 3,
        },
        citation: { instrumentId: '76/2025/UBTVQH15', article: '5' },
        alsoCites: [{ instrumentId: '76/2025/UBTVQH15', article: '5', clause: '2' }],
        quote: {
          text: 'Trường hợp sắp xếp từ 03 đơn vị hành chính cấp xã trở lên thành 01 xã, phường mới thì không phải xem xét định hướng về tiêu chuẩn quy định tại khoản 1 Điều này.',
          source: NQ76_TEXT,
        },
        note: 'A commune or ward formed from three or more commune-level units is exempt from the directions (Art. 5(2), exemptFromSourceCount); others that cannot meet them go to the Standing Committee of the National Assembly (Art. 5(3)).',
      },
    ],
  },
  {
    id: 'merge.quota-not-above-sources',
    type: 'quota-not-above-sources',
    topic: 'staffing',
    title: { vi: 'Biên chế sau sắp xếp không vượt tổng biên chế trước', en: 'Quota after a merger not above the total before' },
    versions: [
      {
        from: d('2017-10-25'),
        to: d('2025-04-15'),
        strength: 'required',
        params: {},
        citation: { instrumentId: '18-NQ/TW', section: 'III' },
        alsoCites: [{ instrumentId: '120/2020/NĐ-CP', article: '4' }],
        verification: 'unverified',
        note: 'NQ 18 requires reorganisation to go with staffing reduction; no article stating "not above the sources" was read. For public service units NĐ 120/2020 Art. 4 says a reorganisation must not increase budget-paid staff [V].',
      },
      {
        from: d('2025-04-15'),
        strength: 'required',
        params: {},
        citation: { instrumentId: '76/2025/UBTVQH15', article: '11', clause: '2' },
        quote: {
          text: 'Số lượng cán bộ, công chức, viên chức của đơn vị hành chính cấp xã sau sắp xếp không vượt quá tổng số cán bộ, công chức có mặt tại các đơn vị hành chính cấp xã trước sắp xếp',
          source: NQ76_TEXT,
        },
      },
    ],
  },
  {
    id: 'merge.deputy-grace-period',
    type: 'grace-period',
    topic: 'merge',
    title: { vi: 'Thời hạn bố trí số lượng cấp phó sau sắp xếp', en: 'Deadline for deputy numbers after a merger' },
    versions: [
      {
        from: d('2025-04-15'),
        strength: 'permitted',
        params: { years: 5 },
        citation: { instrumentId: '76/2025/UBTVQH15', article: '11', clause: '3' },
        alsoCites: [{ instrumentId: '150/2025/NĐ-CP' }],
        quote: {
          text: 'Tại thời điểm sắp xếp, số lượng Phó Chủ tịch Hội đồng nhân dân, Phó Chủ tịch Ủy ban nhân dân, cấp phó của người đứng đầu các cơ quan, đơn vị trực thuộc có thể nhiều hơn số lượng so với quy định. Chậm nhất là 05 năm kể từ ngày nghị quyết của Quốc hội, Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, cấp xã có hiệu lực thi hành',
          source: NQ76_TEXT,
        },
        note: 'At the merger deputies may exceed the limit; within 5 years of the merger taking effect they must comply (KL 210-KL/TW asks for end-2030).',
      },
    ],
  },
  {
    id: 'merge.surplus-absorption',
    type: 'grace-period',
    topic: 'staffing',
    title: { vi: 'Thời hạn giải quyết số dôi dư sau sắp xếp', en: 'Deadline to absorb surplus staff after a merger' },
    versions: [
      {
        from: d('2025-04-14'),
        strength: 'required',
        params: { years: 5 },
        citation: { instrumentId: '759/QĐ-TTg' },
        note: 'Existing staffing is kept and brought down to the standard within 5 years.',
      },
    ],
  },
]);
