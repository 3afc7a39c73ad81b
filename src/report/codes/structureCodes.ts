import type { CodeDefinition } from './CodeDefinition.js';

/** Codes raised by `validateStructure`. @internal */
export const structureCodes = {
  unknown_reference: {
    severity: 'error',
    vi: 'Trường `{field}` của {ownerId} trỏ tới {targetId}, không có trong cơ cấu',
    en: 'Field `{field}` of {ownerId} points to {targetId}, which is not in the structure',
  },
  parent_cycle: {
    severity: 'error',
    vi: 'Quan hệ trực thuộc tạo thành vòng lặp qua các đơn vị: {cycle}',
    en: 'Parent links form a cycle through: {cycle}',
  },
  parent_kind_not_allowed: {
    severity: 'error',
    vi: '{unitId} ({kind}) không thể trực thuộc {parentId} ({parentKind}) vào ngày {asOf}',
    en: '{unitId} ({kind}) cannot sit under {parentId} ({parentKind}) on {asOf}',
  },
  kind_not_in_force: {
    severity: 'error',
    vi: 'Không còn đơn vị loại {kind} (cấp {level}) vào ngày {asOf}, nhưng {unitId} vẫn hiệu lực',
    en: 'Units of kind {kind} (level {level}) do not exist on {asOf}, yet {unitId} is in force',
  },
  area_reference_not_area: {
    severity: 'error',
    vi: 'areaId của {unitId} phải là một địa bàn, nhưng {areaId} là loại {areaKind}',
    en: 'areaId of {unitId} must name an area, but {areaId} is a {areaKind}',
  },
  organisation_outside_parent_area: {
    severity: 'error',
    vi: '{unitId} phục vụ địa bàn {areaId}, không nằm trong địa bàn {parentAreaId} của đơn vị cấp trên {parentId}',
    en: '{unitId} serves {areaId}, which is not within {parentAreaId}, the area of its parent {parentId}',
  },
  parent_not_in_force: {
    severity: 'error',
    vi: '{unitId} hiệu lực vào ngày {asOf} nhưng đơn vị cấp trên {parentId} thì không',
    en: '{unitId} is in force on {asOf} but its parent {parentId} is not',
  },
  interval_reversed: {
    severity: 'error',
    vi: '{ownerId}: ngày kết thúc {to} không sau ngày bắt đầu {from}',
    en: '{ownerId}: end date {to} is not after start date {from}',
  },
  assignment_outside_unit: {
    severity: 'error',
    vi: '{personId} giữ chức {role} tại {unitId} từ {from} đến {to}, ngoài thời gian hiệu lực của đơn vị ({unitFrom} đến {unitTo})',
    en: '{personId} holds {role} at {unitId} from {from} to {to}, outside the unit’s validity ({unitFrom} to {unitTo})',
  },
  role_not_allowed_for_kind: {
    severity: 'warning',
    vi: 'Chức danh {role} không thường có ở loại đơn vị {kind} ({unitId})',
    en: 'The role {role} is not usual for a unit of kind {kind} ({unitId})',
  },
  staffing_actual_above_quota: {
    severity: 'warning',
    vi: '{unitId}: số có mặt {actual} vượt biên chế được giao {quota} ({category})',
    en: '{unitId}: actual headcount {actual} exceeds the assigned quota {quota} ({category})',
  },
} as const satisfies Record<string, CodeDefinition>;
