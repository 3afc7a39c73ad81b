import type { Instrument } from '../Rule.js';
import { isoDate as d } from '../../core/IsoDate.js';

/*
 * The instruments the structure and merge rules cite, with those they amend or replace: what the
 * plan functions read of the default rulebook when given none (planRulebook.ts), kept apart from
 * the roles and staffing instruments (instruments.ts) so that the plan entry does not bundle those.
 * They come from the domain notes (legal-facts.md) and audit-2026-12.md. `verification` carries
 * their labels: [V] → 'secondary' (read in a retrieved secondary source, named in `sources` or
 * `url`; nothing here was read in the official gazette, so nothing is 'primary'), [V-partial] →
 * 'secondary' with a note, [M] → 'unverified'. Where the effective date was not found, `note` says
 * so, the issue date stands in for it and `dateVerification` is 'unverified'.
 */

/** @internal */
export const EFFECTIVE_NOT_FOUND = 'Effective date not found in the sources; the issue date is used.';
/**
 * The consolidated text of Thông tư 04/2012/TT-BNV as amended (audit-2026-12.md E1, E2, E5).
 * @internal
 */
export const VBHN_08 = 'Văn bản hợp nhất 08/VBHN-BNV (Thông tư 04/2012/TT-BNV as amended), thuvienphapluat.vn document 539095';
/** The consolidated text of Nghị quyết 1211/2016/UBTVQH13 as amended (audit-2026-12.md E3). */
const VBHN_19 = 'Văn bản hợp nhất 19/VBHN-VPQH (Nghị quyết 1211/2016/UBTVQH13 as amended), thuvienphapluat.vn document 559968';
const NQ76_TEXT = 'https://xaydungchinhsach.chinhphu.vn/nghi-quyet-so-76-2025-ubtvqh15-sap-xep-don-vi-hanh-chinh-nam-2025-119250415130519882.htm';
const WIKI_XA = 'https://vi.wikipedia.org/wiki/X%C3%A3_(Vi%E1%BB%87t_Nam)';
const WIKI_PHUONG = 'https://vi.wikipedia.org/wiki/Ph%C6%B0%E1%BB%9Dng_(Vi%E1%BB%87t_Nam)';
/** @internal */
export const WIKI_REFORM = 'https://vi.wikipedia.org/wiki/C%E1%BA%A3i_c%C3%A1ch_h%C3%A0nh_ch%C3%ADnh_Vi%E1%BB%87t_Nam_2024%E2%80%932025';

/**
 * The instruments of the default rulebook that its structure and merge rules cite, with every
 * instrument those amend or replace; `defaultInstruments` holds them and the rest.
 * @internal
 */
export const planInstruments: readonly Instrument[] = [
  // ── Constitution and laws ─────────────────────────────────────────────────────────────────
  {
    id: 'HP-2013',
    kind: 'constitution',
    issuer: 'Quốc hội',
    issued: d('2013-11-28'),
    effective: d('2014-01-01'),
    title: { vi: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam 2013', en: 'Constitution of Viet Nam, 2013' },
    verification: 'unverified',
    note: 'Article 110 (three levels of local administrative units) cited from memory.',
  },
  {
    id: '203/2025/QH15',
    kind: 'resolution',
    issuer: 'Quốc hội',
    issued: d('2025-06-16'),
    effective: d('2025-07-01'),
    amends: ['HP-2013'],
    title: {
      vi: 'Nghị quyết 203/2025/QH15 sửa đổi, bổ sung một số điều của Hiến pháp',
      en: 'Resolution 203/2025/QH15 amending the Constitution (two levels of local government)',
    },
    verification: 'secondary',
    dateVerification: 'unverified',
    sources: [WIKI_PHUONG],
    note: 'Art. 110 as amended ("tổ chức thành hai cấp") read in a secondary source quoting it; the effective date 2025-07-01 is from memory.',
  },
  {
    id: '77/2015/QH13',
    kind: 'law',
    issuer: 'Quốc hội',
    issued: d('2015-06-19'),
    effective: d('2016-01-01'),
    title: { vi: 'Luật Tổ chức chính quyền địa phương 2015', en: 'Law on the Organisation of Local Government, 2015' },
    verification: 'unverified',
    dateVerification: 'unverified',
    repealedBy: '72/2025/QH15',
    sources: ['https://dbndthanhhoa.gov.vn/portal/KenhTin/Co-cau-to-chuc-Thuong-truc-480443.aspx'],
    note: 'The rule that a standing member of the people’s council is not a member of the people’s committee is from memory, and so is its article (Art. 104(2), [M]); Art. 18(3), cited before, is about the council’s committees (its text read at dbndthanhhoa.gov.vn, audit-2026-12.md E4). Issue and effective dates from memory.',
  },
  {
    id: '72/2025/QH15',
    kind: 'law',
    issuer: 'Quốc hội',
    issued: d('2025-06-16'),
    effective: d('2025-06-16'),
    replaces: ['77/2015/QH13'],
    title: { vi: 'Luật Tổ chức chính quyền địa phương 2025', en: 'Law on the Organisation of Local Government, 2025' },
    verification: 'secondary',
    sources: [
      WIKI_XA,
      'https://thuvienphapluat.vn/phap-luat/ho-tro-phap-luat/toan-van-nghi-quyet-6652025nqcp-ve-nguon-tang-thu-ngan-sach-trung-uong-nam-truoc-bo-sung-du-phong-n-237495.html',
    ],
    note: 'Issued 2025-06-16 ("Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025" in the preambles of later decrees); effective 2025-06-16 per one secondary source; the two-level model starts 2025-07-01. Art. 1 (two levels) read where vi.wikipedia quotes it.',
  },
  // ── Standing Committee of the National Assembly: administrative units ─────────────────────
  {
    id: '1211/2016/UBTVQH13',
    kind: 'resolution',
    issuer: 'Ủy ban Thường vụ Quốc hội',
    issued: d('2016-05-25'),
    effective: d('2016-05-25'),
    title: {
      vi: 'Nghị quyết 1211/2016/UBTVQH13 về tiêu chuẩn của đơn vị hành chính và phân loại đơn vị hành chính',
      en: 'Resolution 1211/2016/UBTVQH13 on standards and classification of administrative units',
    },
    verification: 'secondary',
    dateVerification: 'unverified',
    sources: [WIKI_XA, WIKI_PHUONG, VBHN_19],
    note: `Arts. 3 (communes) and 8 (wards) read as vi.wikipedia quotes the 2016 text. ${EFFECTIVE_NOT_FOUND}`,
  },
  {
    id: '27/2022/UBTVQH15',
    kind: 'resolution',
    issuer: 'Ủy ban Thường vụ Quốc hội',
    issued: d('2022-09-21'),
    effective: d('2023-01-01'),
    amends: ['1211/2016/UBTVQH13'],
    title: { vi: 'Nghị quyết 27/2022/UBTVQH15 sửa đổi Nghị quyết 1211/2016/UBTVQH13', en: 'Resolution 27/2022/UBTVQH15 amending Resolution 1211/2016' },
    verification: 'secondary',
    sources: [VBHN_19, NQ76_TEXT],
    note: 'Adopted 2022-09-21; "có hiệu lực kể từ ngày 01 tháng 01 năm 2023" (VBHN 19/VBHN-VPQH, audit-2026-12.md E3). Which ward standards it changed was not read.',
  },
  {
    id: '653/2019/UBTVQH14',
    kind: 'resolution',
    issuer: 'Ủy ban Thường vụ Quốc hội',
    issued: d('2019-03-12'),
    effective: d('2019-03-12'),
    title: {
      vi: 'Nghị quyết 653/2019/UBTVQH14 về sắp xếp các đơn vị hành chính cấp huyện và cấp xã 2019–2021',
      en: 'Resolution 653/2019/UBTVQH14 on merging district and commune units, 2019–2021',
    },
    verification: 'secondary',
    url: 'https://vanbanphapluat.co/nghi-quyet-653-2019-ubtvqh14-sap-xep-cac-don-vi-hanh-chinh-cap-huyen-xa-giai-doan-2019-2021',
    sources: ['https://thuvienphapluat.vn/bulletin/document.aspx?bid=2c213f05-c5b2-4a88-9820-61d7d97768d6&key=k9ft%2BXZLBszMou%2B65yZOnw%3D%3D'],
    note: 'Criteria ("diện tích tự nhiên và quy mô dân số chưa đạt 50%") and the effective date ("có hiệu lực thi hành từ ngày 12/3/2019") read in the thuvienphapluat bulletin (audit-2026-12.md E7).',
  },
  {
    id: '35/2023/UBTVQH15',
    kind: 'resolution',
    issuer: 'Ủy ban Thường vụ Quốc hội',
    issued: d('2023-07-12'),
    effective: d('2023-07-12'),
    repealedBy: '76/2025/UBTVQH15',
    repealedOn: d('2025-04-15'),
    title: {
      vi: 'Nghị quyết 35/2023/UBTVQH15 về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023–2030',
      en: 'Resolution 35/2023/UBTVQH15 on merging district and commune units, 2023–2030',
    },
    verification: 'secondary',
    dateVerification: 'unverified',
    sources: [
      'https://thuviennhadat.vn/phap-luat/tiep-tuc-sap-xep-don-vi-hanh-chinh-cap-huyen-cap-xa-giai-doan-2026-2030-635276.html',
      'https://baonghean.vn/en/quy-dinh-chi-tiet-cac-don-vi-hanh-chinh-cap-huyen-cap-xa-thuoc-dien-sap-xep-trong-giai-doan-2023-2030-10254079.html',
      'https://vietbao.vn/52-huyen-va-1-037-xa-tren-ca-nuoc-sap-duoc-sap-nhap-420135.html',
    ],
    note: `Repealed from 2025-04-15 by NQ 76/2025 Art. 17(2) (read in its text). ${EFFECTIVE_NOT_FOUND}`,
  },
  {
    id: '76/2025/UBTVQH15',
    kind: 'resolution',
    issuer: 'Ủy ban Thường vụ Quốc hội',
    issued: d('2025-04-14'),
    effective: d('2025-04-15'),
    replaces: ['35/2023/UBTVQH15'],
    title: { vi: 'Nghị quyết 76/2025/UBTVQH15 về sắp xếp đơn vị hành chính năm 2025', en: 'Resolution 76/2025/UBTVQH15 on the 2025 merger of administrative units' },
    verification: 'secondary',
    url: NQ76_TEXT,
    note: 'Full text read on the government policy portal: "Nghị quyết này có hiệu lực thi hành từ ngày 15 tháng 4 năm 2025" (Art. 17(1)).',
  },
  {
    id: '112/2025/UBTVQH15',
    kind: 'resolution',
    issuer: 'Ủy ban Thường vụ Quốc hội',
    issued: d('2025-12-31'),
    effective: d('2026-01-01'),
    title: { vi: 'Nghị quyết 112/2025/UBTVQH15 về tiêu chuẩn đơn vị hành chính', en: 'Resolution 112/2025/UBTVQH15 on standards of administrative units' },
    verification: 'secondary',
    dateVerification: 'unverified',
    sources: [
      'https://news.laodong.vn/thoi-su/quy-dinh-tieu-chuan-dan-so-dien-tich-cua-tinh-thanh-xa-phuong-tu-11-1634229.ldo',
      'https://news.laodong.vn/thoi-su/quy-dinh-tieu-chuan-cua-don-vi-hanh-chinh-xa-phuong-1638913.ldo',
    ],
    note: 'Applies from 2026-01-01 per the sources; issued "about 31/12/2025", so the issue date is a stand-in.',
  },
  // ── Party documents ───────────────────────────────────────────────────────────────────────
  {
    id: '18-NQ/TW',
    kind: 'resolution',
    issuer: 'Ban Chấp hành Trung ương Đảng (khóa XII)',
    issued: d('2017-10-25'),
    effective: d('2017-10-25'),
    title: {
      vi: 'Nghị quyết 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả',
      en: 'Resolution 18-NQ/TW on streamlining the apparatus of the political system',
    },
    verification: 'secondary',
    sources: [
      'https://thuviennhadat.vn/phap-luat/giam-toi-thieu-20-cong-chuc-vien-chuc-khi-tinh-gon-bo-may-cong-van-31-630142.html',
      'https://plo.vn/thoi-su/den-2021-giam-it-nhat-10-bien-che-so-voi-2015-735955.html',
      'https://en.vietnamplus.vn/vietnam-aims-to-reduce-at-least-10-percent-of-staff-by-2021-post120280.vnp',
    ],
    note: 'Targets read in secondary sources; the concurrency models of section III.2 are from memory.',
  },
  {
    id: '37-NQ/TW',
    kind: 'resolution',
    issuer: 'Bộ Chính trị',
    issued: d('2018-12-24'),
    effective: d('2018-12-24'),
    title: { vi: 'Nghị quyết 37-NQ/TW về sắp xếp đơn vị hành chính cấp huyện và cấp xã', en: 'Resolution 37-NQ/TW on merging district and commune units' },
    verification: 'unverified',
    note: 'Its number, date and title are confirmed by the preamble of NQ 653/2019/UBTVQH14; its text was not read.',
  },
  {
    id: '34-KL/TW',
    kind: 'conclusion',
    issuer: 'Bộ Chính trị',
    issued: d('2018-08-07'),
    effective: d('2018-08-07'),
    title: { vi: 'Kết luận 34-KL/TW về thực hiện một số mô hình thí điểm', en: 'Conclusion 34-KL/TW on pilot models in the political system' },
    verification: 'secondary',
    sources: ['https://en.vietnamplus.vn/politburo-issues-conclusion-on-pilot-models-in-political-system-post136551.vnp'],
  },
  {
    id: '16-TB/TW',
    kind: 'notice',
    issuer: 'Bộ Chính trị',
    issued: d('2022-07-07'),
    effective: d('2022-07-07'),
    title: { vi: 'Thông báo kết luận 16-TB/TW về thực hiện thí điểm một số mô hình', en: 'Notice 16-TB/TW reviewing the pilot models (suspends merging party and government agencies)' },
    verification: 'secondary',
    sources: ['https://baohaiduong.vn/en/tam-dung-thi-diem-hop-nhat-co-quan-cua-cap-uy-voi-co-quan-chuyen-mon-thuoc-chinh-quyen-cung-cap-149944.html'],
    note: 'The suspension is read in a secondary source; the list of models kept is truncated there.',
  },
  {
    id: '60-NQ/TW',
    kind: 'resolution',
    issuer: 'Ban Chấp hành Trung ương Đảng',
    issued: d('2025-04-12'),
    effective: d('2025-04-12'),
    title: { vi: 'Nghị quyết 60-NQ/TW (Hội nghị Trung ương 11 khóa XIII)', en: 'Resolution 60-NQ/TW (two-level local government)' },
    verification: 'secondary',
    sources: [WIKI_REFORM, 'https://thuvienphapluat.vn/phap-luat/dien-tich-28-don-vi-hanh-chinh-tinh-o-viet-nam-sau-sap-nhap-la-bao-nhieu-noi-dung-tieu-chuan-va-cac-508291-218593.html'],
  },
  // ── Government and ministries: staffing and benefits ──────────────────────────────────────
  {
    id: '759/QĐ-TTg',
    kind: 'decision',
    issuer: 'Thủ tướng Chính phủ',
    issued: d('2025-04-14'),
    effective: d('2025-04-14'),
    title: { vi: 'Quyết định 759/QĐ-TTg phê duyệt Đề án sắp xếp đơn vị hành chính', en: 'Decision 759/QĐ-TTg approving the 2025 reorganisation plan' },
    verification: 'secondary',
    sources: ['https://thuviennhadat.vn/phap-luat/bac-ninh-sap-nhap-bac-giang-theo-quyet-dinh-759-nam-2025-co-dien-tich-tu-nhien-sau-sap-nhap-la-bao--446747-679904.html'],
  },
  // ── Government: commune staff, deputies, public service units ────────────────────────────
  {
    id: '107/2020/NĐ-CP',
    kind: 'decree',
    issuer: 'Chính phủ',
    issued: d('2020-09-14'),
    effective: d('2020-11-25'),
    repealedBy: '45/2025/NĐ-CP',
    repealedOn: d('2025-02-28'),
    title: { vi: 'Nghị định 107/2020/NĐ-CP sửa đổi Nghị định 24/2014/NĐ-CP (cơ quan chuyên môn cấp tỉnh)', en: 'Decree 107/2020/NĐ-CP on provincial specialised agencies' },
    verification: 'secondary',
    sources: [
      'https://lawnet.vn/thong-tin-phap-luat/en/can-bo-cong-chuc-vien-chuc/hanoi-and-hcmc-vietnam-up-to-10-deputy-directors-of-departments-can-be-appointed-135564.html',
      'https://lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/there-will-be-a-minimum-of-05-official-staff-positions-in-the-department-s-specialized-offices-146848.html',
    ],
    note: 'Very likely replaced by Decree 45/2025/NĐ-CP (2025-02-28), which regulates the same agencies; the repeal and its date are not verified (audit-2026-12.md E6).',
  },
  {
    id: '108/2020/NĐ-CP',
    kind: 'decree',
    issuer: 'Chính phủ',
    issued: d('2020-09-14'),
    effective: d('2020-11-25'),
    repealedBy: '45/2025/NĐ-CP',
    repealedOn: d('2025-02-28'),
    title: { vi: 'Nghị định 108/2020/NĐ-CP sửa đổi Nghị định 37/2014/NĐ-CP (cơ quan chuyên môn cấp huyện)', en: 'Decree 108/2020/NĐ-CP on district specialised agencies' },
    verification: 'secondary',
    dateVerification: 'unverified',
    sources: ['https://lawnet.vn/thong-tin-phap-luat/en/can-bo-cong-chuc-vien-chuc/deputy-headcounts-of-specialized-agencies-under-the-district-people-s-committee-of-vietnam-104024.html'],
    note: 'Issue and effective dates from memory (same day as Decree 107/2020). Very likely replaced by Decree 45/2025/NĐ-CP (2025-02-28); the repeal and its date are not verified (audit-2026-12.md E6).',
  },
  {
    id: '45/2025/NĐ-CP',
    kind: 'decree',
    issuer: 'Chính phủ',
    issued: d('2025-02-28'),
    effective: d('2025-02-28'),
    replaces: ['107/2020/NĐ-CP', '108/2020/NĐ-CP'],
    repealedBy: '150/2025/NĐ-CP',
    repealedOn: d('2025-07-01'),
    title: {
      vi: 'Nghị định 45/2025/NĐ-CP quy định tổ chức các cơ quan chuyên môn thuộc UBND cấp tỉnh và UBND cấp huyện',
      en: 'Decree 45/2025/NĐ-CP on specialised agencies of provincial and district people’s committees',
    },
    verification: 'secondary',
    dateVerification: 'unverified',
    sources: ['https://xaydungchinhsach.chinhphu.vn/quy-dinh-thu-tuc-hanh-chinh-dang-ky-noi-quy-lao-dong-cua-doanh-nghiep-119250625082501617.htm'],
    note: `Its number, date and subject read in a government page citing it ("Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 … quy định tổ chức các cơ quan chuyên môn thuộc UBND tỉnh … và UBND huyện"); its text, its deputy limits and what it replaced were not read (audit-2026-12.md E6). ${EFFECTIVE_NOT_FOUND}`,
  },
  {
    id: '150/2025/NĐ-CP',
    kind: 'decree',
    issuer: 'Chính phủ',
    issued: d('2025-06-12'),
    effective: d('2025-07-01'),
    replaces: ['45/2025/NĐ-CP'],
    title: { vi: 'Nghị định 150/2025/NĐ-CP quy định tổ chức các cơ quan chuyên môn thuộc UBND cấp tỉnh, cấp xã', en: 'Decree 150/2025/NĐ-CP on specialised agencies of provincial and commune people’s committees' },
    verification: 'secondary',
    dateVerification: 'unverified',
    url: 'https://xaydungchinhsach.chinhphu.vn/nghi-dinh-150-nd-cp-quy-dinh-to-chuc-cac-co-quan-chuyen-mon-thuoc-ubnd-cap-tinh-va-ubnd-xa-phuong-dac-khu-119250613093743964.htm',
    sources: [
      'https://xaydungchinhsach.chinhphu.vn/quy-dinh-so-luong-cap-pho-cua-cac-to-chuc-thuoc-so-119250613161434352.htm',
      'https://xaydungchinhsach.chinhphu.vn/chinh-phu-quy-dinh-cac-phong-chuyen-mon-duoc-to-chuc-o-cap-xa-11925061312000936.htm',
    ],
    note: 'Effective date 2025-07-01 from memory (audit-2026-12.md §4). That it replaced Decree 45/2025 is inferred (the same agencies, the two-level model).',
  },
  {
    id: '370/2025/NĐ-CP',
    kind: 'decree',
    issuer: 'Chính phủ',
    issued: d('2025-12-31'),
    effective: d('2025-12-31'),
    amends: ['150/2025/NĐ-CP'],
    title: { vi: 'Nghị định 370/2025/NĐ-CP sửa đổi Nghị định 150/2025/NĐ-CP', en: 'Decree 370/2025/NĐ-CP amending Decree 150/2025' },
    verification: 'secondary',
    dateVerification: 'unverified',
    sources: ['news.laodong.vn article 1634853 (audit-2026-12.md §2)'],
    note: 'Issued in late December 2025 per the source; neither its issue nor its effective date was found, so the last day of December 2025 stands in for both.',
  },
  {
    id: '120/2020/NĐ-CP',
    kind: 'decree',
    issuer: 'Chính phủ',
    issued: d('2020-10-07'),
    effective: d('2020-10-07'),
    title: { vi: 'Nghị định 120/2020/NĐ-CP về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập', en: 'Decree 120/2020/NĐ-CP on establishing, reorganising and dissolving public service units' },
    verification: 'secondary',
    dateVerification: 'unverified',
    sources: [
      'https://lawnet.vn/thong-tin-phap-luat/en/tu-van-luat/regulations-on-the-number-of-deputies-of-the-head-of-a-public-service-unit-in-vietnam-124065.html',
      'https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/number-of-deputy-heads-of-departments-of-public-service-providers-in-vietnam-143996.html',
      'https://news.laodong.vn/cong-doan/nguyen-tac-thanh-lap-to-chuc-lai-giai-the-don-vi-su-nghiep-cong-lap-1601960.ldo',
    ],
    note: EFFECTIVE_NOT_FOUND,
  },
  {
    id: '332/NQ-CP',
    kind: 'resolution',
    issuer: 'Chính phủ',
    issued: d('2025-10-15'),
    effective: d('2025-10-15'),
    title: { vi: 'Nghị quyết 332/NQ-CP về số lượng cấp phó tại các phòng chuyên môn cấp xã', en: 'Government Resolution 332/NQ-CP on deputies in commune offices' },
    verification: 'secondary',
    url: 'https://xaydungchinhsach.chinhphu.vn/quy-dinh-so-luong-cap-pho-tai-cac-phong-chuyen-mon-cap-xa-119251016155750367.htm',
    note: '"Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành (15/10/2025)" as the portal reports it.',
  },
  // ── Ministry of Home Affairs: villages and residential groups ────────────────────────────
  {
    id: '04/2012/TT-BNV',
    kind: 'circular',
    issuer: 'Bộ Nội vụ',
    issued: d('2012-08-31'),
    effective: d('2012-10-15'),
    title: { vi: 'Thông tư 04/2012/TT-BNV hướng dẫn về tổ chức và hoạt động của thôn, tổ dân phố', en: 'Circular 04/2012/TT-BNV on villages and residential groups' },
    verification: 'secondary',
    sources: [
      VBHN_08,
      'http://www.baohoabinh.com.vn/231/111226/Dieu-kien-thanh-lap-thon-moi,-to-dan-pho-moi.htm',
      'https://lawnet.vn/thong-tin-phap-luat/chinh-sach-moi/thanh-lap-thon-to-dan-pho-moi-can-dieu-kien-gi-25602.html',
    ],
    note: '"có hiệu lực thi hành từ ngày 15 tháng 10 năm 2012" (VBHN 08/VBHN-BNV, audit-2026-12.md E2); issued 2012-08-31.',
  },
  {
    id: '09/2017/TT-BNV',
    kind: 'circular',
    issuer: 'Bộ Nội vụ',
    issued: d('2017-12-29'),
    effective: d('2018-03-01'),
    amends: ['04/2012/TT-BNV'],
    repealedBy: '14/2018/TT-BNV',
    repealedOn: d('2019-01-20'),
    title: { vi: 'Thông tư 09/2017/TT-BNV sửa đổi Thông tư 04/2012/TT-BNV', en: 'Circular 09/2017/TT-BNV amending Circular 04/2012' },
    verification: 'secondary',
    sources: ['https://luatvietnam.vn/tin-van-ban-moi/co-tu-300-ho-gia-dinh-tro-len-moi-duoc-thanh-lap-to-dan-pho-186-15610-article.html', VBHN_08],
    note: 'Its household minimums gave way to those of TT 14/2018 on 2019-01-20: VBHN 08 lists TT 14/2018 and TT 05/2022 as the amending texts in force (audit-2026-12.md E5).',
  },
  {
    id: '14/2018/TT-BNV',
    kind: 'circular',
    issuer: 'Bộ Nội vụ',
    issued: d('2018-12-03'),
    effective: d('2019-01-20'),
    amends: ['04/2012/TT-BNV'],
    replaces: ['09/2017/TT-BNV'],
    title: { vi: 'Thông tư 14/2018/TT-BNV sửa đổi Thông tư 04/2012/TT-BNV', en: 'Circular 14/2018/TT-BNV amending Circular 04/2012 (regional household minimums)' },
    verification: 'secondary',
    sources: [
      VBHN_08,
      'https://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/27049/quy-mo-so-ho-gia-dinh-khi-thanh-lap-thon-moi',
      'http://encovietnam.com/ban-tin-phap-luat/140/2654.html',
      'https://dantri.com.vn/noi-vu/qua-trinh-tinh-gon-thon-to-dan-pho-tung-dien-ra-nhu-the-nao-20250623001738748.htm',
    ],
    note: '"có hiệu lực thi hành từ ngày 20 tháng 01 năm 2019" (VBHN 08/VBHN-BNV, audit-2026-12.md E1; the rulebook had 2019-01-18 from memory). Thresholds read in secondary sources restating it (QĐ 53/QĐ-BNV).',
  },
];
