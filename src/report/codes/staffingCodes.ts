import type { CodeDefinition } from './CodeDefinition.js';

/** Codes raised by the `staffing` module. @internal */
export const staffingCodes = {
  /**
   * The floors and caps cannot be met by the total: the floors add up to more than the total, or
   * the caps to less.
   *
   * Fix: Lower the floors, raise the caps, or change the total.
   */
  apportion_infeasible: {
    severity: 'error',
    vi: 'Không thể phân bổ {total}: tổng mức sàn là {floorSum}, tổng mức trần cho phép tối đa {capSum}',
    en: 'Cannot apportion {total}: the floors sum to {floorSum} and the caps allow at most {capSum}',
  },
  /**
   * A unit's floor is above its cap.
   *
   * Fix: Correct that unit's floor or cap.
   */
  apportion_bounds_conflict: {
    severity: 'error',
    vi: 'Đơn vị {unit}: mức sàn {floor} lớn hơn mức trần {cap}',
    en: 'Unit {unit}: floor {floor} is above cap {cap}',
  },
  /**
   * The last seats are tied between units and no tie policy was given, so they are left unassigned
   * rather than given by an arbitrary order.
   *
   * Fix: Pass `tiePolicy` (or settle the tie by hand).
   */
  apportion_tie_unresolved: {
    severity: 'error',
    vi: '{seats, plural, other {# suất}} cuối cùng bằng nhau giữa các đơn vị {units}; chưa phân bổ — hãy chọn quy tắc xử lý hòa (tiePolicy)',
    en: '{seats, plural, one {The # last share is} other {The # last shares are}} tied between units {units}; left unassigned — pass a tie policy (tiePolicy)',
  },
  /**
   * The last seats were tied and the tie policy passed gave them to the units named.
   *
   * Fix: Nothing to fix: it records how the tie was settled.
   */
  apportion_tie_resolved: {
    severity: 'info',
    vi: '{seats, plural, other {# suất}} cuối cùng bằng nhau giữa các đơn vị {units}; đã giao cho {winners} theo quy tắc {policy}',
    en: '{seats, plural, one {The # last share was} other {The # last shares were}} tied between units {units}; given to {winners} by policy {policy}',
  },
  /**
   * On the date fewer people have gone than the linear path to the target requires; the gap is
   * shown.
   *
   * Fix: Speed up the reduction, or revise the plan's target or deadline if the law allows.
   */
  reduction_behind_schedule: {
    severity: 'warning',
    vi: 'Đến {asOf} mới giảm {achieved}/{required} người theo lộ trình (thiếu {gap})',
    en: 'By {asOf} only {achieved} of the {required} people due on the path have gone ({gap} short)',
  },
  /**
   * On the date the reduction is at or ahead of the linear path.
   *
   * Fix: Nothing to fix.
   */
  reduction_on_track: {
    severity: 'info',
    vi: 'Đến {asOf} đã giảm {achieved, plural, other {# người}}, lộ trình yêu cầu {required}',
    en: 'By {asOf} {achieved, plural, one {# person has} other {# people have}} gone; the path requires {required}',
  },
  /**
   * A unit has more staff than the norm of its class and period allows.
   *
   * Fix: Reduce the staff to the norm, or check the unit's class and figures.
   */
  staff_above_norm: {
    severity: 'warning',
    vi: 'Đơn vị {unitId} có {actual} người, vượt định mức {norm} là {surplus} người',
    en: 'Unit {unitId} has {actual} staff, {surplus} above the norm of {norm}',
  },
  /**
   * A unit has more deputy heads than the limit for its size allows.
   *
   * Fix: Bring the deputies within the limit (a merged unit has a grace period:
   * `plan_deputies_may_exceed`).
   */
  deputies_above_limit: {
    severity: 'warning',
    vi: 'Đơn vị {unitId} có {deputies, plural, other {# cấp phó}}, vượt mức tối đa {limit}',
    en: 'Unit {unitId} has {deputies, plural, one {# deputy} other {# deputies}}, above the limit of {limit}',
  },
  /**
   * A population or area figure is given without the standard it is measured against, so no extra
   * posts are counted for it.
   *
   * Fix: Give the standard (`populationStandard`, `areaStandardKm2`) with the figure.
   */
  norm_standard_missing: {
    severity: 'warning',
    vi: 'Đơn vị {unitId}: có số liệu `{fact}` nhưng thiếu mức chuẩn `{standard}`, nên không tính biên chế tăng thêm theo tiêu chí này',
    en: 'Unit {unitId}: `{fact}` is given without `{standard}`, so no extra posts are counted for it',
  },
  /**
   * The norm used is an average over the communes of a province, not a cap on each commune.
   *
   * Fix: Nothing to fix: read the figure as an average.
   */
  norm_average_not_cap: {
    severity: 'info',
    vi: 'Con số {average} người/xã là bình quân, không phải mức trần cho từng xã',
    en: 'The figure of {average} per commune is an average, not a cap for each commune',
  },
  /**
   * The person does not qualify for a benefit under the regime of the date, for the reason given.
   *
   * Fix: Check the person's figures (age, insurance months, decision date) or the regime that
   * applies.
   */
  benefit_not_eligible: {
    severity: 'warning',
    vi: 'Người {personId} không thuộc trường hợp hưởng {benefitVi}: {reasonVi}',
    en: 'Person {personId} is not eligible for {benefitEn}: {reasonEn}',
  },
  /**
   * A benefit needs a figure that was not given (months to retirement, insurance months…).
   *
   * Fix: Give the figure named.
   */
  benefit_missing_input: {
    severity: 'error',
    vi: 'Thiếu dữ liệu {input} của người {personId} để tính chế độ',
    en: 'The benefit of person {personId} needs {input}',
  },
  /**
   * An assumption: the months of early retirement count as whole 12-month years and the part-year
   * is dropped, since the instrument does not state the rounding.
   *
   * Fix: Nothing to fix; know that the amount rests on this reading.
   */
  benefit_part_year_dropped: {
    severity: 'info',
    vi: 'Giả định: {monthsEarly, plural, other {# tháng}} nghỉ sớm tính là {fullYears, plural, other {# năm}} đủ 12 tháng (bỏ phần lẻ; văn bản không quy định cách làm tròn)',
    en: 'Assumption: {monthsEarly, plural, one {# month early counts} other {# months early count}} as {fullYears, plural, one {# full 12-month year} other {# full 12-month years}} (the part-year is dropped; the rounding is not stated)',
  },
} as const satisfies Record<string, CodeDefinition>;
