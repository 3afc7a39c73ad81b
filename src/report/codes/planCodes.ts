import type { CodeDefinition } from './CodeDefinition.js';

/** Codes raised by the `plan` module (`validatePlan`, `applyPlan`, `findMergeCandidates`). @internal */
export const planCodes = {
  plan_unit_unknown: {
    severity: 'error',
    vi: 'Thao tác {operation} nêu đơn vị {unitId}, không có trong cơ cấu hay trong đề án',
    en: 'Operation {operation} names unit {unitId}, which is neither in the structure nor created by the plan',
  },
  plan_unit_not_in_force: {
    severity: 'error',
    vi: 'Đơn vị {unitId} (thao tác {operation}) không hiệu lực vào ngày {asOf}',
    en: 'Unit {unitId} (operation {operation}) is not in force on {asOf}',
  },
  plan_id_not_fresh: {
    severity: 'error',
    vi: 'Mã đơn vị mới {unitId} (thao tác {operation}) đã được dùng',
    en: 'The new unit id {unitId} (operation {operation}) is already taken',
  },
  plan_unit_consumed_twice: {
    severity: 'error',
    vi: 'Đơn vị {unitId} bị chấm dứt hoặc thay đổi bởi nhiều thao tác: {operations}',
    en: 'Unit {unitId} is ended or changed by more than one operation: {operations}',
  },
  plan_target_among_sources: {
    severity: 'error',
    vi: 'Thao tác {operation}: đơn vị nhận {unitId} cũng là đơn vị bị sáp nhập',
    en: 'Operation {operation}: the surviving unit {unitId} is also among the sources',
  },
  plan_no_sources: {
    severity: 'error',
    vi: 'Thao tác {operation}: đơn vị mới {unitId} không được hình thành từ đơn vị nào',
    en: 'Operation {operation}: the new unit {unitId} is formed from no unit',
  },
  plan_shares_mismatch: {
    severity: 'error',
    vi: 'Các phần của {unitId} ({field}) cộng lại {total}, phải bằng {expected}',
    en: 'The shares of {unitId} ({field}) add up to {total}; they must add up to {expected}',
  },
  plan_shares_incomplete: {
    severity: 'error',
    vi: 'Các phần điều chỉnh của {unitId}: phần có, phần không ghi tỷ lệ ({field})',
    en: 'The partial transfers of {unitId} give a share ({field}) for some parts but not all',
  },
  plan_partial_transfer_inconsistent: {
    severity: 'error',
    vi: 'Các phần điều chỉnh của {unitId} không thống nhất đơn vị này có chấm dứt hay không',
    en: 'The partial transfers of {unitId} disagree on whether it ends',
  },
  plan_orphaned_unit: {
    severity: 'error',
    vi: '{unitId} thuộc {parentId}, đơn vị chấm dứt do {operation}, mà không được chuyển về đâu',
    en: '{unitId} belongs to {parentId}, which ends by {operation}, and is placed nowhere',
  },
  plan_orphaned_assignment: {
    severity: 'error',
    vi: 'Chức vụ {role} của {personId} tại {unitId} (chấm dứt do {operation}) không được chuyển về đâu',
    en: 'The post {role} of {personId} at {unitId} (ended by {operation}) goes nowhere',
  },
  plan_level_mismatch: {
    severity: 'error',
    vi: 'Thao tác {operation}: {unitId} ở cấp {level}, còn {otherId} ở cấp {otherLevel}; chỉ sắp xếp các đơn vị cùng cấp',
    en: 'Operation {operation}: {unitId} is at {level} level but {otherId} at {otherLevel} level; only units of one level merge',
  },
  plan_level_not_in_force: {
    severity: 'error',
    vi: 'Loại {kind} (cấp {level}) không tồn tại vào ngày {asOf}: không thể tạo {unitId}',
    en: 'Kind {kind} (level {level}) does not exist on {asOf}: {unitId} cannot be created',
  },
  plan_parent_kind_not_allowed: {
    severity: 'error',
    vi: '{unitId} ({kind}) không thể trực thuộc {parentId} ({parentKind}) vào ngày {asOf}',
    en: '{unitId} ({kind}) cannot sit under {parentId} ({parentKind}) on {asOf}',
  },
  plan_family_mismatch: {
    severity: 'error',
    vi: 'Thao tác {operation}: {unitIds} thuộc các khối khác nhau ({families}) và không quy định nào hiệu lực ngày {asOf} cho phép hợp nhất ({kinds}, cấp {level})',
    en: 'Operation {operation}: {unitIds} belong to different families ({families}) and no rule in force on {asOf} permits combining them ({kinds}, {level} level)',
  },
  plan_cross_family_permitted: {
    severity: 'info',
    vi: 'Thao tác {operation}: hợp nhất {kinds} được phép ({strength}) theo {ruleId}',
    en: 'Operation {operation}: combining {kinds} is allowed ({strength}) under {ruleId}',
  },
  plan_cross_family_forbidden: {
    severity: 'error',
    vi: 'Thao tác {operation}: hợp nhất {kinds} đã bị dừng từ ngày {since} theo {ruleId}',
    en: 'Operation {operation}: combining {kinds} has been stopped since {since} under {ruleId}',
  },
  plan_locality_mismatch: {
    severity: 'error',
    vi: 'Thao tác {operation}: {unitId} phục vụ {areaId}, còn {otherId} phục vụ {otherAreaId}; tổ chức chỉ sắp xếp trong cùng địa bàn',
    en: 'Operation {operation}: {unitId} serves {areaId} but {otherId} serves {otherAreaId}; organisations merge within one area',
  },
  plan_area_outside_parent: {
    severity: 'error',
    vi: 'Thao tác {operation}: {unitId} không nằm trong {parentId}, địa bàn chứa đơn vị sau sắp xếp {resultId}',
    en: 'Operation {operation}: {unitId} does not lie within {parentId}, the area holding the result {resultId}',
  },
  plan_area_below_standard: {
    severity: 'warning',
    vi: '{unitId} sau sắp xếp: {measureVi} {value}, dưới mức {required} theo {ruleId} (thiếu {shortfall})',
    en: '{unitId} after the plan: {measure} {value}, below the {required} of {ruleId} (short by {shortfall})',
  },
  plan_area_figure_doubtful: {
    severity: 'warning',
    vi: '{unitId} sau sắp xếp: {measureVi} {value} dưới mức {required} theo {ruleId}, nhưng số liệu này được đánh dấu là đáng ngờ; cần kiểm tra lại số liệu trước khi coi là thiếu',
    en: '{unitId} after the plan: {measure} {value} is below the {required} of {ruleId}, but the figure is marked doubtful; check the input before reading it as a shortfall',
  },
  plan_admin_standard_not_found: {
    severity: 'info',
    vi: 'Bộ quy định chưa có tiêu chuẩn dân số, diện tích cho loại đơn vị {kind} vào ngày {asOf}; {count, plural, other {# đơn vị}} do đề án hình thành chưa được đối chiếu: {unitIds}',
    en: 'The rulebook has no population and area standard for units of kind {kind} on {asOf}; {count, plural, one {# unit formed by the plan is} other {# units formed by the plan are}} not measured: {unitIds}',
  },
  plan_standard_not_found: {
    severity: 'info',
    vi: '{unitId} ({kind}): không tìm thấy mức chuẩn số hộ cho vùng {region}, địa hình {terrain} vào ngày {asOf}',
    en: '{unitId} ({kind}): no household minimum found for region {region}, terrain {terrain} on {asOf}',
  },
  plan_area_data_missing: {
    severity: 'info',
    vi: '{unitId}: thiếu số liệu {measureVi}, không kiểm tra được tiêu chuẩn',
    en: '{unitId}: no {measure} given, so the standard cannot be checked',
  },
  plan_quota_above_sources: {
    severity: 'error',
    vi: '{unitId}: biên chế {quota} ({category}) vượt tổng biên chế các đơn vị trước sắp xếp {sourcesQuota}',
    en: '{unitId}: quota {quota} ({category}) exceeds the total quota of its sources, {sourcesQuota}',
  },
  plan_staff_surplus: {
    severity: 'warning',
    vi: '{unitId}: có mặt {actual} vượt biên chế {quota} ({category}); dôi dư {surplus}, giải quyết xong trước {deadline}',
    en: '{unitId}: {actual} in post against a quota of {quota} ({category}); surplus of {surplus} to absorb by {deadline}',
  },
  plan_deputies_may_exceed: {
    severity: 'info',
    vi: '{unitId} sau sắp xếp có {deputies, plural, other {# cấp phó}} (đơn vị nhiều nhất trước đó có {maxBefore}); được vượt, nhưng phải đúng quy định trước {deadline}',
    en: '{unitId} will have {deputies, plural, one {# deputy} other {# deputies}} (at most {maxBefore} in one source before); allowed at the merger, but numbers must comply by {deadline}',
  },
  plan_convert_not_public_service: {
    severity: 'error',
    vi: 'Chỉ chuyển đổi được đơn vị sự nghiệp công lập, {unitId} là {kind}',
    en: 'Only public service units can be converted; {unitId} is a {kind}',
  },
  plan_convert_no_change: {
    severity: 'warning',
    vi: '{unitId} đã ở nhóm tự chủ {autonomyGroup}',
    en: '{unitId} is already in autonomy group {autonomyGroup}',
  },
  plan_successor_ends: {
    severity: 'error',
    vi: 'Thao tác {operation}: {unitId}, đơn vị tiếp nhận đơn vị hoặc nhiệm vụ từ thao tác này, cũng chấm dứt trong đề án',
    en: 'Operation {operation}: {unitId}, which receives units or duties from it, also ends in the plan',
  },
  plan_result_invalid: {
    severity: 'error',
    vi: 'Sau thao tác {operation}, cơ cấu vào ngày {asOf} có vấn đề: {structureMessage}',
    en: 'After operation {operation}, the structure on {asOf} has a problem: {structureMessage}',
  },
  plan_result_invalid_untouched: {
    severity: 'error',
    vi: 'Cơ cấu sau đề án vào ngày {asOf} có vấn đề ở các đơn vị không thao tác nào nêu tên: {structureMessage}',
    en: 'The structure after the plan has a problem on {asOf} in units no operation names: {structureMessage}',
  },
  merge_candidate_village: {
    severity: 'info',
    vi: '{unitId} ({kind}) có {households, plural, other {# hộ}}, {ratio}% mức chuẩn {standard} hộ: {strengthVi} sáp nhập',
    en: '{unitId} ({kind}) has {households, plural, one {# household} other {# households}}, {ratio}% of the {standard}-household minimum: merger {strengthEn}',
  },
  merge_candidate_admin_unit: {
    severity: 'info',
    vi: '{unitId} ({kind}): diện tích {areaRatio}%, dân số {populationRatio}% tiêu chuẩn; thuộc diện sắp xếp',
    en: '{unitId} ({kind}): area {areaRatio}% and population {populationRatio}% of the standard; falls to be merged',
  },
  merge_candidate_overlapping_functions: {
    severity: 'info',
    vi: 'Các tổ chức {unitIds} cùng địa bàn {areaId} có chức năng trùng nhau: {functions}',
    en: 'The organisations {unitIds} in {areaId} share functions: {functions}',
  },
} as const satisfies Record<string, CodeDefinition>;
