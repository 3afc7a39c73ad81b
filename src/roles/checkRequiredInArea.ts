import { isArea } from '../model/indexStructure.js';
import { getAreaLevel } from '../model/kinds.js';
import type { Unit } from '../model/Structure.js';
import { createIssue } from '../report/createIssue.js';
import type { Issue } from '../report/Issue.js';
import type { RuleInForce } from '../rules/findRule.js';
import { nameLabel } from '../structure/labels.js';
import { ruleReference, ruleTitleParams } from './describePost.js';
import { findAreaCombination } from './findAreaCombination.js';
import type { CombinationParams } from './postSignature.js';
import type { RolesContext } from './RolesContext.js';

/**
 * Whether an area lies where a combination rule applies: an area (not an organisation), at one of
 * the rule's levels and inside its `withinAreaIds` (a local rule's reach, answered from a memo).
 * @internal
 */
export function isAreaInScope(context: RolesContext, params: CombinationParams, area: Unit): boolean {
  if (!isArea(area) || !params.levels.includes(getAreaLevel(area.kind))) return false;
  const scope = context.scopeOf(params.withinAreaIds);
  return scope === undefined || scope(area.id);
}

/**
 * The `role_combination_missing` warning for one area and one required rule, or `undefined` when
 * the combination holds there (or cannot be asked of it: the rule is not about one area, the area
 * is out of its reach, or lacks a unit for one of its posts).
 * @internal
 */
export function checkRequiredInArea(context: RolesContext, inForce: RuleInForce<'role-combination'>, area: Unit): Issue | undefined {
  const { params } = inForce.version;
  if (!params.sameArea || !isAreaInScope(context, params, area)) return undefined;
  const found = findAreaCombination(context, params, area);
  if (!found.hasEveryPostUnit || found.holderIds.length > 0) return undefined;
  return createIssue('role_combination_missing', {
    unitIds: [area.id, ...found.unitIds.filter((id) => id !== area.id)],
    ...ruleReference(inForce),
    params: {
      areaId: area.id,
      areaName: nameLabel(area.name),
      asOf: context.asOf,
      ...ruleTitleParams(inForce),
    },
  });
}
