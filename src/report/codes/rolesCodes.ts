import type { CodeDefinition } from './CodeDefinition.js';

/*
 * `{postA}`, `{postB}`, `{posts}`, `{rule}` (the rule's title), `{areaName}`, `{kind}`, `{level}`
 * and `{scope}` are bilingual parameters: each message shows them in its own language.
 */

/** Codes raised by the `roles` module. @internal */
export const rolesCodes = {
  role_combination_forbidden: {
    severity: 'error',
    vi: '{personName} ({personId}) đồng thời là {postA} và {postB}: không được kiêm nhiệm theo quy định "{rule}"',
    en: '{personName} ({personId}) is both {postA} and {postB}: forbidden by "{rule}"',
  },
  role_combination_required: {
    severity: 'info',
    vi: '{personName} ({personId}) đồng thời là {postA} và {postB}: đúng quy định bắt buộc "{rule}"',
    en: '{personName} ({personId}) is both {postA} and {postB}: as required by "{rule}"',
  },
  role_combination_encouraged: {
    severity: 'info',
    vi: '{personName} ({personId}) đồng thời là {postA} và {postB}: mô hình được khuyến khích theo "{rule}"',
    en: '{personName} ({personId}) is both {postA} and {postB}: encouraged by "{rule}"',
  },
  role_combination_pilot: {
    severity: 'info',
    vi: '{personName} ({personId}) đồng thời là {postA} và {postB}: mô hình thí điểm theo "{rule}"',
    en: '{personName} ({personId}) is both {postA} and {postB}: a pilot under "{rule}"',
  },
  role_combination_permitted: {
    severity: 'info',
    vi: '{personName} ({personId}) đồng thời là {postA} và {postB}: được phép theo "{rule}"',
    en: '{personName} ({personId}) is both {postA} and {postB}: permitted by "{rule}"',
  },
  role_combination_unregulated: {
    severity: 'warning',
    vi: '{personName} ({personId}) đồng thời là {postA} và {postB} vào ngày {asOf}: không quy định nào trong bộ quy định nói về việc kiêm nhiệm này',
    en: '{personName} ({personId}) is both {postA} and {postB} on {asOf}: no rule in the rulebook speaks of this combination',
  },
  role_combinations_left_out: {
    severity: 'warning',
    vi: '{personName} ({personId}) còn {count, plural, other {# tổ hợp}} chức danh khác thuộc loại "{kind}" vào ngày {asOf}; chỉ {shown, plural, other {# tổ hợp}} đầu tiên được liệt kê riêng',
    en: '{personName} ({personId}) has {count, plural, one {# more combination} other {# more combinations}} of the kind "{kind}" on {asOf}; only the first {shown, plural, one {# is} other {# are}} listed one by one',
  },
  role_cap_exceeded: {
    severity: 'error',
    vi: '{personName} ({personId}) giữ {count, plural, other {# chức danh}} chủ chốt ({posts}), vượt mức tối đa {maxPosts} theo "{rule}"',
    en: '{personName} ({personId}) holds {count, plural, one {# key post} other {# key posts}} ({posts}), more than the {maxPosts} allowed by "{rule}"',
  },
  role_combination_missing: {
    severity: 'warning',
    vi: 'Tại {areaName} ({areaId}) vào ngày {asOf}, không ai đồng thời giữ các chức danh mà quy định bắt buộc "{rule}" yêu cầu',
    en: 'In {areaName} ({areaId}) on {asOf}, nobody holds together the posts that "{rule}" requires',
  },
  appointment_ends_post: {
    severity: 'info',
    vi: 'Bổ nhiệm {personName} ({personId}) làm {postA} từ {from} sẽ chấm dứt chức danh đó của {otherName} ({otherId})',
    en: 'Appointing {personName} ({personId}) as {postA} from {from} would end that post for {otherName} ({otherId})',
  },
  appointment_already_held: {
    severity: 'info',
    vi: '{personName} ({personId}) đã là {postA} vào ngày {from}',
    en: '{personName} ({personId}) is already {postA} on {from}',
  },
  coverage_level_outside_rule: {
    severity: 'warning',
    vi: 'Quy định "{rule}" không áp dụng ở cấp {level} (chỉ ở cấp {levels}); tỷ lệ vẫn được tính',
    en: 'Rule "{rule}" does not apply at level {level} (only at {levels}); the share is computed anyway',
  },
  coverage_no_units: {
    severity: 'error',
    vi: 'Không có địa bàn cấp {level} nào {scope} có hiệu lực vào ngày {asOf}: không tính được tỷ lệ theo quy định "{rule}"',
    en: 'No area of level {level} {scope} is in force on {asOf}: there is no share to compute for "{rule}"',
  },
} as const satisfies Record<string, CodeDefinition>;
