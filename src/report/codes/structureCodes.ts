import type { CodeDefinition } from './CodeDefinition.js';

/** Codes raised by `validateStructure`. @internal */
export const structureCodes = {
  /**
   * A field that names another record (`parentId`, `areaId`, an assignment's `unitId` or
   * `personId`) names an id the structure does not have.
   *
   * Fix: Add the missing record or correct the id.
   *
   * Rules: none
   */
  unknown_reference: {
    severity: 'error',
    vi: 'Trường `{field}` của {ownerId} trỏ tới {targetId}, không có trong cơ cấu',
    en: 'Field `{field}` of {ownerId} points to {targetId}, which is not in the structure',
  },
  /**
   * Following `parentId` from these units comes back to them: the tree of units has a loop.
   *
   * Fix: Correct the `parentId` of one unit in the cycle so that the chain ends at the country.
   */
  parent_cycle: {
    severity: 'error',
    vi: 'Quan hệ trực thuộc tạo thành vòng lặp qua các đơn vị: {cycle}',
    en: 'Parent links form a cycle through: {cycle}',
  },
  /**
   * The area hierarchy of the date does not allow this kind of unit under that kind of parent (a
   * commune directly under a province before 2025-07-01, an organisation under the wrong body).
   *
   * Fix: Move the unit under a parent of an allowed kind, or end it before the date if the law no
   * longer has this arrangement.
   */
  parent_kind_not_allowed: {
    severity: 'error',
    vi: '{unitId}, loại {kind}, không thể trực thuộc {parentId}, loại {parentKind}, vào ngày {asOf}',
    en: '{unitId}, of kind {kind}, cannot sit under {parentId}, of kind {parentKind}, on {asOf}',
  },
  /**
   * A unit of a kind that no longer exists on the date is still in force: districts after
   * 2025-06-30, for instance.
   *
   * Fix: End the unit (`to`) on the day its kind ceased, or apply the plan that dissolved it.
   */
  kind_not_in_force: {
    severity: 'error',
    vi: 'Không còn đơn vị loại {kind} (cấp {level}) vào ngày {asOf}, nhưng {unitId} vẫn hiệu lực',
    en: 'Units of kind {kind} ({level} level) do not exist on {asOf}, yet {unitId} is in force',
  },
  /**
   * `areaId` must name an area (country, province, commune…) but names an organisation.
   *
   * Fix: Point `areaId` at the area the organisation serves.
   */
  area_reference_not_area: {
    severity: 'error',
    vi: 'areaId của {unitId} phải là một địa bàn, nhưng {areaId} là loại {areaKind}',
    en: 'areaId of {unitId} must name an area, but {areaId} is a {areaKind}',
  },
  /**
   * An organisation serves an area that is not inside the area of the body it belongs to (a
   * commune's party cell under another district's party committee).
   *
   * Fix: Correct its `areaId` or its `parentId` so that the area served lies within the parent's.
   */
  organisation_outside_parent_area: {
    severity: 'error',
    vi: '{unitId} phục vụ địa bàn {areaId}, không nằm trong địa bàn {parentAreaId} của đơn vị cấp trên {parentId}',
    en: '{unitId} serves {areaId}, which is not within {parentAreaId}, the area of its parent {parentId}',
  },
  /**
   * A unit is in force on the date but its parent is not (ended before, or not yet started).
   *
   * Fix: Move the unit to the parent that took over, or align the dates of the two.
   */
  parent_not_in_force: {
    severity: 'error',
    vi: '{unitId} hiệu lực vào ngày {asOf} nhưng đơn vị cấp trên {parentId} thì không',
    en: '{unitId} is in force on {asOf} but its parent {parentId} is not',
  },
  /**
   * An end date (`to`) is on or before the start date (`from`): the validity interval `[from, to)`
   * is empty.
   *
   * Fix: Swap or correct the dates; `to` is exclusive, the first day the record is no longer in
   * force.
   */
  interval_reversed: {
    severity: 'error',
    vi: '{ownerId}: ngày kết thúc {to} không sau ngày bắt đầu {from}',
    en: '{ownerId}: end date {to} is not after start date {from}',
  },
  /**
   * A person holds a post at a unit for days on which the unit is not in force.
   *
   * Fix: End the assignment when the unit ends (or start it when the unit starts), or move it to
   * the successor unit.
   */
  assignment_outside_unit: {
    severity: 'error',
    vi: '{personId} giữ chức {post} ({unitId}) từ {from} đến {to}, ngoài thời gian hiệu lực của đơn vị ({unitFrom} đến {unitTo})',
    en: '{personId} holds the post of {post} ({unitId}) from {from} to {to}, outside the unit’s validity ({unitFrom} to {unitTo})',
  },
  /**
   * A role is unusual for the kind of unit it is held at (a village head at a people's committee).
   *
   * Fix: Check the role and the unit; use the role the body really has.
   */
  role_not_allowed_for_kind: {
    severity: 'warning',
    vi: 'Chức danh {role} không thường có ở loại đơn vị {kind} ({unitId})',
    en: 'The role {role} is not usual for a unit of kind {kind} ({unitId})',
  },
  /**
   * A unit has more people in post in a staff category than its assigned quota (biên chế).
   *
   * Fix: Correct the figures, or treat the surplus as something to absorb (see the staffing
   * functions).
   */
  staffing_actual_above_quota: {
    severity: 'warning',
    vi: '{unitId}: số có mặt {actual} vượt biên chế được giao {quota} ({category})',
    en: '{unitId}: actual headcount {actual} exceeds the assigned quota {quota} ({category})',
  },
  /**
   * An area whose people's committee is in the structure lacks a body the law of the date provides
   * for it (after 2025-07-01, the commune's office or public service centre, NĐ 150/2025).
   *
   * Fix: Add the body to the structure under the area's committee, or check that it is recorded
   * with the kind the rule names.
   */
  structure_body_missing: {
    severity: 'warning',
    vi: '{areaId}, loại {kind}, chưa có {body}, cơ quan phải có theo quy định "{rule}" vào ngày {asOf}',
    en: '{areaId}, of kind {kind}, has no {body}, which it must have under "{rule}" on {asOf}',
  },
  /**
   * A province has more specialised bodies (departments) of the kind the rule counts than the
   * maximum of the date.
   *
   * Fix: Merge or dissolve bodies until the count is within the limit, or check the bodies' kinds
   * and dates.
   */
  structure_bodies_above_limit: {
    severity: 'warning',
    vi: '{areaId}: {count} cơ quan được tính theo quy định "{rule}", vượt mức tối đa {limit} vào ngày {asOf}',
    en: '{areaId}: {count} bodies counted under "{rule}", above the limit of {limit} on {asOf}',
  },
  /**
   * The communes of a province have, on average, more specialised bodies than the average the law
   * allows (4.5 a commune; 4.7 in Hà Nội and Hồ Chí Minh City).
   *
   * Fix: Reduce the number of commune bodies in the province, or check the bodies recorded.
   */
  structure_body_average_above_limit: {
    severity: 'warning',
    vi: '{areaId}: bình quân {average} cơ quan mỗi xã ({count} cơ quan ở {communes} đơn vị cấp xã), vượt mức bình quân {limit} theo quy định "{rule}" vào ngày {asOf}',
    en: '{areaId}: on average {average} bodies a commune ({count} bodies in {communes} commune-level units), above the average of {limit} under "{rule}" on {asOf}',
  },
  /**
   * The rule counts this area's bodies but gives no maximum for it on the date (for example the
   * department cap of Hà Nội and Hồ Chí Minh City, which the sources do not state), so they are not
   * measured.
   *
   * Fix: Nothing is wrong with the structure; add the limit with `extendRulebook` if you know it.
   */
  structure_limit_not_found: {
    severity: 'info',
    vi: '{areaId}, mã {code}: không tìm thấy mức tối đa của quy định "{rule}" vào ngày {asOf}; chưa đối chiếu {count} cơ quan',
    en: '{areaId}, code {code}: no limit of "{rule}" found for it on {asOf}; its {count} bodies are not measured',
  },
  /**
   * A commune's party or Front bodies hold more staff of a category than the range of the rule.
   *
   * Fix: Bring the staff of the bodies named within the range, or check the staffing figures.
   */
  structure_commune_staff_above_range: {
    severity: 'warning',
    vi: '{areaId}: {total} {category} ({measure}) ở {bodies}, vượt mức {max} theo quy định "{rule}"',
    en: '{areaId}: {total} {category} ({measure}) in {bodies}, above the {max} allowed by "{rule}"',
  },
  /**
   * A commune's party or Front bodies hold fewer staff of a category than the range of the rule.
   *
   * Fix: Nothing must change at once; the range says how many the bodies may have.
   */
  structure_commune_staff_below_range: {
    severity: 'info',
    vi: '{areaId}: {total} {category} ({measure}) ở {bodies}, dưới mức {min} theo quy định "{rule}"',
    en: '{areaId}: {total} {category} ({measure}) in {bodies}, below the {min} required by "{rule}"',
  },
  /**
   * A unit carries staff of a category that no longer exists at its level on the date (commune
   * non-professional posts from 2025-07-01).
   *
   * Fix: Move the staff to a category in force at that level, or end the posts.
   */
  structure_staff_category_not_in_force: {
    severity: 'warning',
    vi: '{unitId} có {count} {category} ({measure}), loại không còn ở cấp {level} theo quy định "{rule}" vào ngày {asOf}',
    en: '{unitId} has {count} {category} ({measure}), a category that no longer exists at {level} level under "{rule}" on {asOf}',
  },
} as const satisfies Record<string, CodeDefinition>;
