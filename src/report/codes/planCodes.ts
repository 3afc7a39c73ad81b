import type { CodeDefinition } from './CodeDefinition.js';

/** Codes raised by the `plan` module (`validatePlan`, `applyPlan`, `findMergeCandidates`). @internal */
export const planCodes = {
  /**
   * An operation names a unit that is neither in the structure nor created by an earlier operation
   * of the plan.
   *
   * Fix: Correct the id, or create the unit in an earlier operation.
   */
  plan_unit_unknown: {
    severity: 'error',
    vi: 'Thao tác {operation} nêu đơn vị {unitId}, không có trong cơ cấu hay trong đề án',
    en: 'Operation {operation} names unit {unitId}, which is neither in the structure nor created by the plan',
  },
  /**
   * An operation names a unit that exists but is not in force on the day before the plan or on
   * `effectiveOn`.
   *
   * Fix: Check the plan's date and the unit's dates; a unit ended by an earlier plan cannot be
   * merged again.
   */
  plan_unit_not_in_force: {
    severity: 'error',
    vi: 'Thao tác {operation}: đơn vị {unitId} không hiệu lực vào ngày {asOf}',
    en: 'Operation {operation}: unit {unitId} is not in force on {asOf}',
  },
  /**
   * A new unit created by the plan reuses an id the structure (or another new unit) already has.
   * Ids are never reused, even after a unit ends.
   *
   * Fix: Give the new unit an id of its own.
   */
  plan_id_not_fresh: {
    severity: 'error',
    vi: 'Mã đơn vị mới {unitId} (thao tác {operation}) đã được dùng',
    en: 'The new unit id {unitId} (operation {operation}) is already taken',
  },
  /**
   * One unit is ended or changed by more than one operation of the plan, so what becomes of it is
   * ambiguous.
   *
   * Fix: Let one operation handle the unit; several partial transfers of one unit are written as
   * `partial-transfer` operations with shares.
   */
  plan_unit_consumed_twice: {
    severity: 'error',
    vi: 'Đơn vị {unitId} bị chấm dứt hoặc thay đổi bởi nhiều thao tác: {operations}',
    en: 'Unit {unitId} is ended or changed by more than one operation: {operations}',
  },
  /**
   * In a merge the surviving unit is also listed among the units absorbed into it.
   *
   * Fix: Remove the surviving unit from `sourceIds`.
   */
  plan_target_among_sources: {
    severity: 'error',
    vi: 'Thao tác {operation}: đơn vị nhận {unitId} cũng là đơn vị bị sáp nhập',
    en: 'Operation {operation}: the surviving unit {unitId} is also among the sources',
  },
  /**
   * A consolidation or split creates a unit from no source unit.
   *
   * Fix: List the units the new one is formed from.
   */
  plan_no_sources: {
    severity: 'error',
    vi: 'Thao tác {operation}: đơn vị mới {unitId} không được hình thành từ đơn vị nào',
    en: 'Operation {operation}: the new unit {unitId} is formed from no unit',
  },
  /**
   * The shares of a split or of the partial transfers of one unit (population, area…) do not add up
   * to the whole.
   *
   * Fix: Correct the shares so that they add up to the whole, as the message says.
   */
  plan_shares_mismatch: {
    severity: 'error',
    vi: 'Các phần của {unitId} cộng lại {total} ({field}), không khớp yêu cầu: {expected}',
    en: 'The shares of {unitId} add up to {total} ({field}); they must add up to {expected}',
  },
  /**
   * Some partial transfers of a unit give a share of a figure and others do not, so the rest cannot
   * be worked out.
   *
   * Fix: Give the share in every part, or in none.
   */
  plan_shares_incomplete: {
    severity: 'error',
    vi: 'Các phần điều chỉnh của {unitId}: phần có, phần không ghi tỷ lệ ({field})',
    en: 'The partial transfers of {unitId} give a share ({field}) for some parts but not all',
  },
  /**
   * The partial transfers of one unit disagree on whether the unit ends after them.
   *
   * Fix: Set `sourceEnds` the same way on every partial transfer of the unit.
   */
  plan_partial_transfer_inconsistent: {
    severity: 'error',
    vi: 'Các phần điều chỉnh của {unitId} không thống nhất đơn vị này có chấm dứt hay không',
    en: 'The partial transfers of {unitId} disagree on whether it ends',
  },
  /**
   * A unit ends in the plan, but a unit under it (in force on the day, or starting later) is not
   * placed anywhere (no transfer to the successor).
   *
   * Fix: Add a `transfer` of the child to the unit that takes over, or end the child too.
   */
  plan_orphaned_unit: {
    severity: 'error',
    vi: '{unitId} thuộc {parentId}, đơn vị chấm dứt do {operation}, mà không được chuyển về đâu',
    en: '{unitId} belongs to {parentId}, which ends by {operation}, and is placed nowhere',
  },
  /**
   * A unit ends in the plan, but a post held at it (in force on the day, or starting later) goes
   * nowhere.
   *
   * Fix: End the assignment on `effectiveOn` (a post that starts later: move it to a unit that
   * continues), or move it to the successor unit.
   */
  plan_orphaned_assignment: {
    severity: 'error',
    vi: 'Chức vụ {post} ({unitId}) của {personId} (chấm dứt do {operation}) không được chuyển về đâu',
    en: 'The post of {post} ({unitId}) held by {personId} (ended by {operation}) goes nowhere',
  },
  /**
   * An operation combines units of different levels (a commune with a district). Only units of one
   * level merge.
   *
   * Fix: Combine units of one level; to move a unit to another level, end it and create a new one.
   */
  plan_level_mismatch: {
    severity: 'error',
    vi: 'Thao tác {operation}: {unitId} ở cấp {level}, còn {otherId} ở cấp {otherLevel}; chỉ sắp xếp các đơn vị cùng cấp',
    en: 'Operation {operation}: {unitId} is at {level} level but {otherId} at {otherLevel} level; only units of one level merge',
  },
  /**
   * The plan creates a unit of a kind or level that does not exist on `effectiveOn` (a district
   * after 2025-07-01).
   *
   * Fix: Create a unit of a kind the area hierarchy of the date has.
   */
  plan_level_not_in_force: {
    severity: 'error',
    vi: 'Loại {kind} (cấp {level}) không tồn tại vào ngày {asOf}: không thể tạo {unitId}',
    en: 'Kind {kind} ({level} level) does not exist on {asOf}: {unitId} cannot be created',
  },
  /**
   * After the plan, a unit would sit under a parent of a kind the area hierarchy of the date does
   * not allow.
   *
   * Fix: Choose a parent of an allowed kind (transfer the unit), or change the kind of the new
   * unit.
   */
  plan_parent_kind_not_allowed: {
    severity: 'error',
    vi: '{unitId}, loại {kind}, không thể trực thuộc {parentId}, loại {parentKind}, vào ngày {asOf}',
    en: '{unitId}, of kind {kind}, cannot sit under {parentId}, of kind {parentKind}, on {asOf}',
  },
  /**
   * An operation combines units of different families (party, state, front, public service, area)
   * and no cross-family rule in force permits this combination of kinds at that level.
   *
   * Fix: Combine units of one family, or cite (add with `extendRulebook`) the instrument that
   * permits the combination.
   */
  plan_family_mismatch: {
    severity: 'error',
    vi: 'Thao tác {operation}: {unitIds} thuộc các khối khác nhau ({families}) và không quy định nào hiệu lực ngày {asOf} cho phép hợp nhất ({kinds}, cấp {level})',
    en: 'Operation {operation}: {unitIds} belong to different families ({families}) and no rule in force on {asOf} permits combining them ({kinds}, {level} level)',
  },
  /**
   * A cross-family combination that a rule in force allows (a pilot or a permitted model); the
   * issue cites it.
   *
   * Fix: Nothing to fix: it records the legal basis of the combination.
   */
  plan_cross_family_permitted: {
    severity: 'info',
    vi: 'Thao tác {operation}: hợp nhất {kinds} được phép ({strength}) theo quy định "{rule}"',
    en: 'Operation {operation}: combining {kinds} is allowed ({strength}) under "{rule}"',
  },
  /**
   * A cross-family combination that a rule has stopped (a pilot ended) since the date shown.
   *
   * Fix: Do not combine these kinds after that date; keep the units apart or use the model the law
   * now gives.
   */
  plan_cross_family_forbidden: {
    severity: 'error',
    vi: 'Thao tác {operation}: hợp nhất {kinds} đã bị dừng từ ngày {since} theo quy định "{rule}"',
    en: 'Operation {operation}: combining {kinds} has been stopped since {since} under "{rule}"',
  },
  /**
   * An operation combines organisations that serve different areas; organisations merge within one
   * locality.
   *
   * Fix: Combine organisations of one area, or merge the areas first.
   */
  plan_locality_mismatch: {
    severity: 'error',
    vi: 'Thao tác {operation}: {unitId} phục vụ {areaId}, còn {otherId} phục vụ {otherAreaId}; tổ chức chỉ sắp xếp trong cùng địa bàn',
    en: 'Operation {operation}: {unitId} serves {areaId} but {otherId} serves {otherAreaId}; organisations merge within one area',
  },
  /**
   * An area combined by the operation does not lie within the area that will hold the result.
   *
   * Fix: Choose a `parentId` for the result that contains every source area, or split the
   * operation.
   */
  plan_area_outside_parent: {
    severity: 'error',
    vi: 'Thao tác {operation}: {unitId} không nằm trong {parentId}, địa bàn chứa đơn vị sau sắp xếp {resultId}',
    en: 'Operation {operation}: {unitId} does not lie within {parentId}, the area holding the result {resultId}',
  },
  /**
   * An area formed by the plan is below a standard of the date (households of a village, population
   * or area of a commune or province), by the shortfall shown.
   *
   * Fix: Merge more units into it, or cite the exemption that applies (special factors of the law).
   */
  plan_area_below_standard: {
    severity: 'warning',
    vi: '{unitName} ({unitId}) sau sắp xếp: {measure} {value}, dưới mức {required} theo quy định "{rule}" (thiếu {shortfall})',
    en: '{unitName} ({unitId}) after the plan: {measure} {value}, below the {required} required by "{rule}" (short by {shortfall})',
  },
  /**
   * An area formed by the plan seems below a standard, but an input figure is marked doubtful
   * (`doubtful` on the unit), so the shortfall may be an error of the data.
   *
   * Fix: Check the figure at its source before reading it as a shortfall; correct it, then remove
   * it from `doubtful`.
   */
  plan_area_figure_doubtful: {
    severity: 'warning',
    vi: '{unitName} ({unitId}) sau sắp xếp: {measure} {value} dưới mức {required} theo quy định "{rule}", nhưng số liệu này được đánh dấu là đáng ngờ; cần kiểm tra lại số liệu trước khi coi là thiếu',
    en: '{unitName} ({unitId}) after the plan: {measure} {value} is below the {required} required by "{rule}", but the figure is marked doubtful; check the input before reading it as a shortfall',
  },
  /**
   * A unit formed by the plan falls short of the area or population standard for a unit of no
   * special terrain but would meet the lower standard of a mountainous or highland unit, and its
   * terrain is not recorded, so the standard that applies cannot be chosen.
   *
   * Fix: Record the unit's `terrain` in the structure, then validate again.
   */
  plan_area_terrain_unknown: {
    severity: 'info',
    vi: '{unitName} ({unitId}) sau sắp xếp: chưa ghi địa hình; theo quy định "{rule}", {measure} {value} dưới mức {required} nếu không phải miền núi, vùng cao, nhưng đạt nếu là {terrains}: cần ghi địa hình để kết luận',
    en: '{unitName} ({unitId}) after the plan: no terrain recorded; under "{rule}" its {measure} {value} is below the {required} of a unit of no special terrain, but meets the standard as {terrains}: record the terrain to decide',
  },
  /**
   * Units formed by the plan that the law exempts from a standard (for example a unit formed from
   * three or more commune-level units, Nghị quyết 76/2025/UBTVQH15 Art. 5(2)), or units the caller
   * names as exempt for a reason the merge criteria allow (`exemptions` of `validatePlan` and
   * `findMergeCandidates`): they are listed and not measured against it.
   *
   * Fix: Nothing to fix; the reason says which exemption applies.
   */
  plan_area_exempt: {
    severity: 'info',
    vi: '{count, plural, other {# đơn vị}} không phải đối chiếu quy định "{rule}" ({reason}): {unitIds}',
    en: '{count, plural, one {# unit is} other {# units are}} not measured against "{rule}" ({reason}): {unitIds}',
  },
  /**
   * The rulebook has no population and area standard for a kind of unit formed by the plan on its
   * date, so those units are not measured.
   *
   * Fix: Nothing is wrong with the plan; add the standard with `extendRulebook` if you know it.
   */
  plan_admin_standard_not_found: {
    severity: 'info',
    vi: 'Bộ quy định chưa có tiêu chuẩn dân số, diện tích cho loại đơn vị {kind} vào ngày {asOf}; {count, plural, other {# đơn vị}} do đề án hình thành chưa được đối chiếu: {unitIds}',
    en: 'The rulebook has no population and area standard for units of kind {kind} on {asOf}; {count, plural, one {# unit formed by the plan is} other {# units formed by the plan are}} not measured: {unitIds}',
  },
  /**
   * No household minimum of the date matches the village's region and terrain, so it is not
   * measured.
   *
   * Fix: Give the village's `region` and `terrain`, or add the standard that applies.
   */
  plan_standard_not_found: {
    severity: 'info',
    vi: '{unitName} ({unitId}, {kind}): không tìm thấy mức chuẩn số hộ cho vùng {region}, địa hình {terrain} vào ngày {asOf}',
    en: '{unitName} ({unitId}, {kind}): no household minimum found for region {region}, terrain {terrain} on {asOf}',
  },
  /**
   * An area formed by the plan lacks the figure (households, population, area) a standard needs.
   *
   * Fix: Give the figure on the source units (or on the new unit) so the standard can be checked.
   */
  plan_area_data_missing: {
    severity: 'info',
    vi: '{unitName} ({unitId}): thiếu số liệu {measure}, không kiểm tra được tiêu chuẩn',
    en: '{unitName} ({unitId}): no {measure} given, so the standard cannot be checked',
  },
  /**
   * The quota (biên chế) of a unit after the merge exceeds the sum of its sources' quotas in a
   * category.
   *
   * Fix: Lower the new quota to at most the sum of the sources'.
   */
  plan_quota_above_sources: {
    severity: 'error',
    vi: '{unitId}: biên chế {quota} ({category}) vượt tổng biên chế các đơn vị trước sắp xếp {sourcesQuota}',
    en: '{unitId}: quota {quota} ({category}) exceeds the total quota of its sources, {sourcesQuota}',
  },
  /**
   * After the merge more people are in post than the quota allows; the law gives a period to absorb
   * the surplus, ending on the deadline shown.
   *
   * Fix: Plan the reduction by the deadline (see `tinh-gon/staffing`), or lower the headcount in
   * the plan.
   */
  plan_staff_surplus: {
    severity: 'warning',
    vi: '{unitId}: có mặt {actual} vượt biên chế {quota} ({category}); dôi dư {surplus}, giải quyết xong trước {deadline}',
    en: '{unitId}: {actual} in post against a quota of {quota} ({category}); surplus of {surplus} to absorb by {deadline}',
  },
  /**
   * A merged unit will have more deputies than the limit; allowed at a merger, but the number must
   * comply by the deadline shown.
   *
   * Fix: Plan to bring the deputies within the limit by the deadline.
   */
  plan_deputies_may_exceed: {
    severity: 'info',
    vi: '{unitId} sau sắp xếp có {deputies, plural, other {# cấp phó}} (đơn vị nhiều nhất trước đó có {maxBefore}); được vượt, nhưng phải đúng quy định trước {deadline}',
    en: '{unitId} will have {deputies, plural, one {# deputy} other {# deputies}} (at most {maxBefore} in one source before); allowed at the merger, but numbers must comply by {deadline}',
  },
  /**
   * A `convert` operation names a unit that is not a public service unit; only those change
   * autonomy group or become companies.
   *
   * Fix: Convert only public service units; reorganise other units with the other operations.
   */
  plan_convert_not_public_service: {
    severity: 'error',
    vi: 'Chỉ chuyển đổi được đơn vị sự nghiệp công lập; {unitId} không phải ({kind})',
    en: 'Only public service units can be converted; {unitId} is not one ({kind})',
  },
  /**
   * A `convert` operation gives a public service unit the autonomy group it already has.
   *
   * Fix: Remove the operation or give the group it should move to.
   */
  plan_convert_no_change: {
    severity: 'warning',
    vi: '{unitId} đã ở nhóm tự chủ {autonomyGroup}',
    en: '{unitId} is already in autonomy group {autonomyGroup}',
  },
  /**
   * A unit receives units or duties from an operation but itself ends in the same plan, so what it
   * receives goes nowhere.
   *
   * Fix: Send them to the unit that survives, or order the plan so the successor does not end.
   */
  plan_successor_ends: {
    severity: 'error',
    vi: 'Thao tác {operation}: {unitId}, đơn vị tiếp nhận đơn vị hoặc nhiệm vụ từ thao tác này, cũng chấm dứt trong đề án',
    en: 'Operation {operation}: {unitId}, which receives units or duties from it, also ends in the plan',
  },
  /**
   * The structure after the plan has a problem on `effectiveOn` that the input did not have, and
   * the operation named caused it (the structure issue's message is quoted). It keeps
   * `validatePlan` closed under apply.
   *
   * Fix: Fix the operation so that the resulting structure is valid; the quoted structure issue
   * says what is wrong.
   */
  plan_result_invalid: {
    severity: 'error',
    vi: 'Sau thao tác {operation}, cơ cấu vào ngày {asOf} có vấn đề: {structureMessage}',
    en: 'After operation {operation}, the structure on {asOf} has a problem: {structureMessage}',
  },
  /**
   * The structure after the plan has a new problem in units no operation names (a child left under
   * an ended parent, for instance).
   *
   * Fix: Add the operations that handle those units (a transfer, an end).
   */
  plan_result_invalid_untouched: {
    severity: 'error',
    vi: 'Cơ cấu sau đề án vào ngày {asOf} có vấn đề ở các đơn vị không thao tác nào nêu tên: {structureMessage}',
    en: 'The structure after the plan has a problem on {asOf} in units no operation names: {structureMessage}',
  },
  /**
   * A village or residential group is below the household standard of the date: under half of it
   * the law requires a merger, below it encourages one.
   *
   * Fix: A finding, not an error: plan the merger, or check the household figure.
   */
  merge_candidate_village: {
    severity: 'info',
    vi: '{unitName} ({unitId}, {kind}) có {households, plural, other {# hộ}}, {ratio}% mức chuẩn {standard} hộ: {strengthVi} sáp nhập',
    en: '{unitName} ({unitId}, {kind}) has {households, plural, one {# household} other {# households}}, {ratio}% of the {standard}-household minimum: merger {strengthEn}',
  },
  /**
   * A commune or district falls below the area and population shares of its standard that the merge
   * criteria of the date name (both, or either, as the criteria say).
   *
   * Fix: A finding: include the unit in a merger plan, or cite the exemption that applies.
   */
  merge_candidate_admin_unit: {
    severity: 'info',
    vi: '{unitName} ({unitId}, {kind}): diện tích {areaRatio}%, dân số {populationRatio}% tiêu chuẩn; thuộc diện sắp xếp',
    en: '{unitName} ({unitId}, {kind}): area {areaRatio}% and population {populationRatio}% of the standard; falls to be merged',
  },
  /**
   * Organisations in one locality share functions (tags such as `propaganda`), so they are
   * candidates to merge.
   *
   * Fix: A finding: consider consolidating them, or correct their `functions`.
   */
  merge_candidate_overlapping_functions: {
    severity: 'info',
    vi: 'Các tổ chức {unitIds} cùng địa bàn {areaId} có chức năng trùng nhau: {functions}',
    en: 'The organisations {unitIds} in {areaId} share functions: {functions}',
  },
} as const satisfies Record<string, CodeDefinition>;
