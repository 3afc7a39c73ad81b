import type { CodeDefinition } from './CodeDefinition.js';

/** Codes raised by the `staffing` module. @internal */
export const staffingCodes = {
  apportion_infeasible: {
    severity: 'error',
    vi: 'Không thể phân bổ {total}: tổng mức sàn là {floorSum}, tổng mức trần cho phép tối đa {capSum}',
    en: 'Cannot apportion {total}: the floors sum to {floorSum} and the caps allow at most {capSum}',
  },
  apportion_bounds_conflict: {
    severity: 'error',
    vi: 'Đơn vị {unit}: mức sàn {floor} lớn hơn mức trần {cap}',
    en: 'Unit {unit}: floor {floor} is above cap {cap}',
  },
  apportion_tie_unresolved: {
    severity: 'error',
    vi: '{seats, plural, other {# suất}} cuối cùng bằng nhau giữa các đơn vị {units}; chưa phân bổ — hãy chọn quy tắc xử lý hòa (tiePolicy)',
    en: '{seats, plural, one {The # last share is} other {The # last shares are}} tied between units {units}; left unassigned — pass a tie policy (tiePolicy)',
  },
  apportion_tie_resolved: {
    severity: 'info',
    vi: '{seats, plural, other {# suất}} cuối cùng bằng nhau giữa các đơn vị {units}; đã giao cho {winners} theo quy tắc {policy}',
    en: '{seats, plural, one {The # last share was} other {The # last shares were}} tied between units {units}; given to {winners} by policy {policy}',
  },
  reduction_behind_schedule: {
    severity: 'warning',
    vi: 'Đến {asOf} mới giảm {achieved}/{required} người theo lộ trình (thiếu {gap})',
    en: 'By {asOf} only {achieved} of the {required} people due on the path have gone ({gap} short)',
  },
  reduction_on_track: {
    severity: 'info',
    vi: 'Đến {asOf} đã giảm {achieved, plural, other {# người}}, lộ trình yêu cầu {required}',
    en: 'By {asOf} {achieved, plural, one {# person has} other {# people have}} gone; the path requires {required}',
  },
  staff_above_norm: {
    severity: 'warning',
    vi: 'Đơn vị {unitId} có {actual} người, vượt định mức {norm} là {surplus} người',
    en: 'Unit {unitId} has {actual} staff, {surplus} above the norm of {norm}',
  },
  deputies_above_limit: {
    severity: 'warning',
    vi: 'Đơn vị {unitId} có {deputies, plural, other {# cấp phó}}, vượt mức tối đa {limit}',
    en: 'Unit {unitId} has {deputies, plural, one {# deputy} other {# deputies}}, above the limit of {limit}',
  },
  norm_standard_missing: {
    severity: 'warning',
    vi: 'Đơn vị {unitId}: có số liệu `{fact}` nhưng thiếu mức chuẩn `{standard}`, nên không tính biên chế tăng thêm theo tiêu chí này',
    en: 'Unit {unitId}: `{fact}` is given without `{standard}`, so no extra posts are counted for it',
  },
  norm_average_not_cap: {
    severity: 'info',
    vi: 'Con số {average} người/xã là bình quân, không phải mức trần cho từng xã',
    en: 'The figure of {average} per commune is an average, not a cap for each commune',
  },
  benefit_not_eligible: {
    severity: 'warning',
    vi: 'Người {personId} không thuộc trường hợp hưởng {benefitVi}: {reasonVi}',
    en: 'Person {personId} is not eligible for {benefitEn}: {reasonEn}',
  },
  benefit_missing_input: {
    severity: 'error',
    vi: 'Thiếu dữ liệu {input} của người {personId} để tính chế độ',
    en: 'The benefit of person {personId} needs {input}',
  },
  benefit_part_year_dropped: {
    severity: 'info',
    vi: 'Giả định: {monthsEarly, plural, other {# tháng}} nghỉ sớm tính là {fullYears, plural, other {# năm}} đủ 12 tháng (bỏ phần lẻ; văn bản không quy định cách làm tròn)',
    en: 'Assumption: {monthsEarly, plural, one {# month early counts} other {# months early count}} as {fullYears, plural, one {# full 12-month year} other {# full 12-month years}} (the part-year is dropped; the rounding is not stated)',
  },
} as const satisfies Record<string, CodeDefinition>;
