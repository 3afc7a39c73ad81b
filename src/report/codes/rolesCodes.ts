import type { CodeDefinition } from './CodeDefinition.js';

/*
 * `{postA}`, `{postB}`, `{posts}`, `{rule}` (the rule's title), `{areaName}`, `{kind}`, `{level}`
 * and `{scope}` are bilingual parameters: each message shows them in its own language.
 */

/** Codes raised by the `roles` module. @internal */
export const rolesCodes = {
  /**
   * A person holds two posts on the date that a rule in force forbids one person to hold together.
   *
   * Fix: End one of the posts, or appoint someone else.
   *
   * Rules: role-combination
   */
  role_combination_forbidden: {
    severity: 'error',
    vi: '{personName} ({personId}) đồng thời là {postA} và {postB}: không được kiêm nhiệm theo quy định "{rule}"',
    en: '{personName} ({personId}) is both {postA} and {postB}: forbidden by "{rule}"',
  },
  /**
   * A person holds two posts that a rule requires to be held together: a record of compliance.
   *
   * Fix: Nothing to fix.
   *
   * Rules: role-combination
   */
  role_combination_required: {
    severity: 'info',
    vi: '{personName} ({personId}) đồng thời là {postA} và {postB}: đúng quy định bắt buộc "{rule}"',
    en: '{personName} ({personId}) is both {postA} and {postB}: as required by "{rule}"',
  },
  /**
   * A person holds two posts that a rule encourages one person to hold (kiêm nhiệm).
   *
   * Fix: Nothing to fix.
   *
   * Rules: role-combination
   */
  role_combination_encouraged: {
    severity: 'info',
    vi: '{personName} ({personId}) đồng thời là {postA} và {postB}: mô hình được khuyến khích theo "{rule}"',
    en: '{personName} ({personId}) is both {postA} and {postB}: encouraged by "{rule}"',
  },
  /**
   * A person holds two posts under a pilot that a rule allows for a period.
   *
   * Fix: Nothing to fix while the pilot lasts; check its end date.
   *
   * Rules: role-combination
   */
  role_combination_pilot: {
    severity: 'info',
    vi: '{personName} ({personId}) đồng thời là {postA} và {postB}: mô hình thí điểm theo "{rule}"',
    en: '{personName} ({personId}) is both {postA} and {postB}: a pilot under "{rule}"',
  },
  /**
   * A person holds two posts that a rule permits.
   *
   * Fix: Nothing to fix.
   *
   * Rules: role-combination
   */
  role_combination_permitted: {
    severity: 'info',
    vi: '{personName} ({personId}) đồng thời là {postA} và {postB}: được phép theo "{rule}"',
    en: '{personName} ({personId}) is both {postA} and {postB}: permitted by "{rule}"',
  },
  /**
   * A person holds two posts and no rule of the rulebook speaks of this combination. Not
   * necessarily wrong: the rulebook may not have the instrument.
   *
   * Fix: Check the posts; if a local instrument allows the combination, add it with
   * `extendRulebook` so the report cites it.
   */
  role_combination_unregulated: {
    severity: 'warning',
    vi: '{personName} ({personId}) đồng thời là {postA} và {postB} vào ngày {asOf}: không quy định nào trong bộ quy định nói về việc kiêm nhiệm này',
    en: '{personName} ({personId}) is both {postA} and {postB} on {asOf}: no rule in the rulebook speaks of this combination',
  },
  /**
   * A person holds many posts and the combinations of one kind past the first few are counted in
   * this one issue instead of listed one by one (keeps reports bounded).
   *
   * Fix: Look at the person's posts; a placeholder person holding every post is a common cause.
   */
  role_combinations_left_out: {
    severity: 'warning',
    vi: '{personName} ({personId}) còn {count, plural, other {# tổ hợp}} chức danh khác thuộc loại "{kind}" vào ngày {asOf}; chỉ {shown, plural, other {# tổ hợp}} đầu tiên được liệt kê riêng',
    en: '{personName} ({personId}) has {count, plural, one {# more combination} other {# more combinations}} of the kind "{kind}" on {asOf}; only the first {shown, plural, one {# is} other {# are}} listed one by one',
  },
  /**
   * A person holds more key posts than a cap rule allows.
   *
   * Fix: Reduce the person's key posts to the cap.
   */
  role_cap_exceeded: {
    severity: 'error',
    vi: '{personName} ({personId}) giữ {count, plural, other {# chức danh}} chủ chốt ({posts}), vượt mức tối đa {maxPosts} theo "{rule}"',
    en: '{personName} ({personId}) holds {count, plural, one {# key post} other {# key posts}} ({posts}), more than the {maxPosts} allowed by "{rule}"',
  },
  /**
   * In an area, nobody holds together the posts that a rule in force requires one person to hold.
   *
   * Fix: Appoint one person to both posts, or check the assignments' dates.
   */
  role_combination_missing: {
    severity: 'warning',
    vi: 'Tại {areaName} ({areaId}) vào ngày {asOf}, không ai đồng thời giữ các chức danh mà quy định bắt buộc "{rule}" yêu cầu',
    en: 'In {areaName} ({areaId}) on {asOf}, nobody holds together the posts that "{rule}" requires',
  },
  /**
   * The appointment would take a post that someone else holds, so that person's assignment would
   * end.
   *
   * Fix: Nothing to fix if intended: end the other assignment on the appointment date.
   */
  appointment_ends_post: {
    severity: 'info',
    vi: 'Bổ nhiệm {personName} ({personId}) làm {postA} từ {from} sẽ chấm dứt chức danh đó của {otherName} ({otherId})',
    en: 'Appointing {personName} ({personId}) as {postA} from {from} would end that post for {otherName} ({otherId})',
  },
  /**
   * The person already holds the post on that date: the appointment changes nothing.
   *
   * Fix: Check the date or the person.
   */
  appointment_already_held: {
    severity: 'info',
    vi: '{personName} ({personId}) đã là {postA} vào ngày {from}',
    en: '{personName} ({personId}) is already {postA} on {from}',
  },
  /**
   * The combination rule asked about does not apply at the level asked for; the share is computed
   * anyway.
   *
   * Fix: Ask at a level the rule names, or read the share as information only.
   */
  coverage_level_outside_rule: {
    severity: 'warning',
    vi: 'Quy định "{rule}" không áp dụng ở cấp {level} (chỉ ở cấp {levels}); tỷ lệ vẫn được tính',
    en: 'Rule "{rule}" does not apply at {level} level (only at {levels}); the share is computed anyway',
  },
  /**
   * No area of the level asked for is in force on the date (within the area given), so there is no
   * share to compute.
   *
   * Fix: Check the level, the date and `within`.
   */
  coverage_no_units: {
    severity: 'error',
    vi: 'Không có địa bàn cấp {level} nào {scope} có hiệu lực vào ngày {asOf}: không tính được tỷ lệ theo quy định "{rule}"',
    en: 'No {level}-level area {scope} is in force on {asOf}: there is no share to compute for "{rule}"',
  },
} as const satisfies Record<string, CodeDefinition>;
