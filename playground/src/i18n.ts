/** The page's words in Vietnamese and English; unit names stay as the lists write them. */
import type { Locale } from './protocol.js';

const WORDS = {
  title: { vi: 'Sân chơi tinh-gon', en: 'tinh-gon playground' },
  tagline: {
    vi: 'Thư viện chạy ngay trong trình duyệt: chọn một tỉnh, xem các đơn vị, kiểm tra đề án sắp xếp năm 2025 và xem nó thành hình.',
    en: 'The library running in your browser: choose a province, see its units, check its part of the 2025 reorganisation and see it as a picture.',
  },
  docs: { vi: 'Tài liệu', en: 'Documentation' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  provinceSection: { vi: '1. Tỉnh và ngày', en: '1. Province and date' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
  date: { vi: 'Ngày', en: 'Date' },
  dateHelp: {
    vi: 'Trước 01/07/2025: danh sách 63 tỉnh (ba cấp); từ 01/07/2025: 34 tỉnh (hai cấp).',
    en: 'Before 2025-07-01: the list of 63 provinces (three tiers); from 2025-07-01: 34 provinces (two tiers).',
  },
  unitsOf: { vi: 'Đơn vị hành chính theo danh sách ngày', en: 'Administrative units, list of' },
  kind: { vi: 'Loại', en: 'Kind' },
  count: { vi: 'Số lượng', en: 'Count' },
  total: { vi: 'Tổng', en: 'Total' },
  tree: { vi: 'Cây đơn vị', en: 'Unit tree' },
  planSection: { vi: '2. Đề án và báo cáo', en: '2. Plan and report' },
  sample: { vi: 'Mẫu', en: 'Start from' },
  sampleReform: { vi: 'Sắp xếp năm 2025 của tỉnh đã chọn', en: 'The 2025 reform of the chosen province' },
  sampleKyAnh: { vi: 'Thị xã Kỳ Anh, đề án 2019 (mẫu)', en: 'Kỳ Anh town, 2019 plan (sample)' },
  load: { vi: 'Nạp mẫu', en: 'Load' },
  localRules: { vi: 'Thêm quy định riêng của Hà Tĩnh (Kỳ Anh)', en: "Add Hà Tĩnh's own rules (Kỳ Anh)" },
  structureJson: { vi: 'Cơ cấu (JSON)', en: 'Structure (JSON)' },
  planJson: { vi: 'Đề án (JSON)', en: 'Plan (JSON)' },
  validate: { vi: 'Kiểm tra đề án', en: 'Validate the plan' },
  oldCommunes: { vi: 'Xã cũ kết thúc', en: 'Old communes ended' },
  newCommunes: { vi: 'Xã mới bắt đầu', en: 'New communes started' },
  result: { vi: 'Kết quả', en: 'Result' },
  issues: { vi: 'Vấn đề', en: 'Issues' },
  valid: { vi: 'Hợp lệ', en: 'Valid' },
  invalid: { vi: 'Không hợp lệ', en: 'Not valid' },
  errors: { vi: 'lỗi', en: 'errors' },
  warnings: { vi: 'cảnh báo', en: 'warnings' },
  infos: { vi: 'thông tin', en: 'info' },
  report: { vi: 'Báo cáo', en: 'Report' },
  pictureSection: { vi: '3. Đề án thành hình', en: '3. The plan as a picture' },
  pictureHelp: {
    vi: 'Bên trái: các đơn vị kết thúc; bên phải: đơn vị mới (hoặc đơn vị nhận). Đường liền: nhập nguyên trạng; đường đứt: một phần; chấm: giải thể, chuyển giao nhiệm vụ. Chấm đỏ/vàng: đơn vị có lỗi/cảnh báo (di chuột hoặc chọn để xem).',
    en: 'Left: units that end; right: new units (or units that receive). Solid line: went whole; dashed: in part; dotted: dissolved, duties passed on. Red/amber dot: a unit with an error/warning (hover or focus to read).',
  },
  ended: { vi: 'Kết thúc', en: 'Ended' },
  started: { vi: 'Bắt đầu', en: 'Started' },
  full: { vi: 'nguyên trạng', en: 'whole' },
  partial: { vi: 'một phần', en: 'in part' },
  dissolved: { vi: 'giải thể', en: 'dissolved' },
  noPicture: { vi: 'Chưa có hình: hãy kiểm tra một đề án.', en: 'No picture yet: validate a plan.' },
  coverageSection: { vi: '4. Độ phủ kiêm nhiệm so với chỉ tiêu', en: '4. Concurrent-role coverage against a target' },
  coverageSample: { vi: 'Cơ cấu mẫu', en: 'Sample structure' },
  coverageLevel: { vi: 'Cấp', en: 'Level' },
  coverageTarget: { vi: 'Chỉ tiêu (trên %)', en: 'Target (more than %)' },
  coverageHelp: {
    vi: 'Mỗi thanh: tỷ lệ đơn vị có một người giữ cả các chức danh của quy định (concurrencyCoverage); vạch đen: chỉ tiêu.',
    en: 'Each bar: the share of units where one person holds all the posts of the rule (concurrencyCoverage); black mark: the target.',
  },
  short: { vi: 'còn thiếu', en: 'short' },
  met: { vi: 'đạt', en: 'met' },
  noBars: { vi: 'Không có quy định kiêm nhiệm nào áp dụng vào ngày này.', en: 'No concurrent-role rule applies on this date.' },
  loading: { vi: 'Đang xử lý…', en: 'Working…' },
  ready: { vi: 'Sẵn sàng.', en: 'Ready.' },
  validated: { vi: 'Đã kiểm tra đề án', en: 'Plan validated' },
  validatedStructure: { vi: 'Đã kiểm tra cơ cấu vào ngày', en: 'Structure validated on' },
  validateStructure: { vi: 'Kiểm tra cơ cấu (vào ngày đã chọn)', en: 'Validate the structure (on the chosen date)' },
  inMs: { vi: 'trong', en: 'in' },
  failedJson: { vi: 'JSON không hợp lệ', en: 'Not valid JSON' },
  failedParse: { vi: 'Dữ liệu không đúng dạng', en: 'The input does not parse' },
  levelProvince: { vi: 'cấp tỉnh', en: 'province level' },
  levelDistrict: { vi: 'cấp huyện', en: 'district level' },
  levelCommune: { vi: 'cấp xã', en: 'commune level' },
  levelVillage: { vi: 'thôn, tổ dân phố', en: 'village level' },
  footer: {
    vi: 'Dữ liệu: danh sách đơn vị hành chính ngày 01/03/2025 và 01/07/2025 (xem data/vn-admin/README.md). Mọi tính toán chạy trong trình duyệt của bạn.',
    en: 'Data: the administrative unit lists of 2025-03-01 and 2025-07-01 (see data/vn-admin/README.md). Everything runs in your browser.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type Word = keyof typeof WORDS;

export function t(word: Word, locale: Locale): string {
  return WORDS[word][locale];
}

const KINDS: Record<string, Record<Locale, string>> = {
  country: { vi: 'Quốc gia', en: 'Country' },
  province: { vi: 'Tỉnh', en: 'Province' },
  'centrally-run-city': { vi: 'Thành phố trực thuộc TW', en: 'Centrally-run city' },
  district: { vi: 'Huyện', en: 'Rural district' },
  'urban-district': { vi: 'Quận', en: 'Urban district' },
  town: { vi: 'Thị xã', en: 'Town' },
  'provincial-city': { vi: 'Thành phố thuộc tỉnh', en: 'Provincial city' },
  'municipal-city': { vi: 'Thành phố thuộc TP', en: 'Municipal city' },
  commune: { vi: 'Xã', en: 'Commune' },
  ward: { vi: 'Phường', en: 'Ward' },
  township: { vi: 'Thị trấn', en: 'Township' },
  'special-zone': { vi: 'Đặc khu', en: 'Special zone' },
};

/** A unit kind in words (the id when the page does not know it). */
export function kindName(kind: string, locale: Locale): string {
  return KINDS[kind]?.[locale] ?? kind;
}
