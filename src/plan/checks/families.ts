import { type Bilingual, joinBilingual } from '../../core/Bilingual.js';
import { type Family, getFamily, type Level } from '../../model/kinds.js';
import type { RuleParams } from '../../rules/Rule.js';
import { rulesInForce } from '../../rules/findRule.js';
import { strengthName } from '../../rules/strengthNames.js';
import { kindLabel, LEVEL_LABELS, ruleTitleParams, unitLabel } from '../../structure/labels.js';
import { areaIdOf, levelOf, type PlannedUnit, resolveUnit } from '../analysePlan.js';
import { basisOf, type PlanContext } from '../context.js';

/** How each family of units is named in a message. */
const FAMILY_LABELS: Readonly<Record<Family, Bilingual>> = {
  area: { vi: 'địa bàn', en: 'area' },
  party: { vi: 'khối Đảng', en: 'party' },
  state: { vi: 'khối Nhà nước', en: 'state' },
  front: { vi: 'khối Mặt trận', en: 'front' },
  'public-service': { vi: 'khối sự nghiệp', en: 'public service' },
};

function crossFamilyRuleApplies(
  context: PlanContext,
  params: RuleParams<'cross-family-consolidation'>,
  units: readonly PlannedUnit[],
  level: Level | undefined,
  areaId: string | undefined,
): boolean {
  if (level === undefined || !params.levels.includes(level)) return false;
  for (const unit of units) {
    if (!(params.kinds as readonly string[]).includes(unit.kind)) return false;
    if (params.specialisedAgencySector !== undefined && unit.kind === 'specialised-agency') {
      if ((unit as { sector?: string }).sector !== params.specialisedAgencySector) return false;
    }
  }
  if (params.withinAreaIds !== undefined) {
    const area = areaId === undefined ? undefined : resolveUnit(context.analysis, areaId);
    if (area === undefined) return false;
    if (!params.withinAreaIds.some((id) => context.ancestry.isSelfOrAncestor(id, area))) return false;
  }
  return true;
}

/**
 * Families: a merger or consolidation combines units of one family (party, state, front, public
 * service, area), unless a cross-family rule in force on `effectiveOn` permits the combination of
 * kinds at that level (and sector, and within the areas a local instrument reaches); a rule that
 * forbids it (a suspended pilot) is cited. An area is never combined with an organisation.
 * @internal
 */
export function checkFamilies(context: PlanContext): void {
  const { analysis } = context;
  analysis.plan.operations.forEach((_operation, operationIndex) => {
    const combined = analysis.combinations[operationIndex];
    if (combined === undefined) return;
    const units = [...combined.sourceIds, combined.resultId]
      .map((id) => resolveUnit(analysis, id))
      .filter((unit): unit is PlannedUnit => unit !== undefined);
    const families = [...new Set<Family>(units.map((unit) => getFamily(unit.kind)))];
    if (families.length < 2) return;
    const result = resolveUnit(analysis, combined.resultId);
    const level = result === undefined ? undefined : levelOf(analysis, result);
    const areaId = result === undefined ? undefined : areaIdOf(result);
    const kinds = [...new Set(units.map((unit) => unit.kind))];
    // the kinds by their names in each language (the params keep their ids)
    const kindsShown = joinBilingual(kinds.map(kindLabel));
    const common = { path: ['operations', operationIndex], unitIds: units.map((unit) => unit.id) };
    const applicable = families.includes('area')
      ? []
      : rulesInForce(context.rulebook, analysis.effectiveOn, { type: 'cross-family-consolidation' }).filter((inForce) =>
          crossFamilyRuleApplies(context, inForce.version.params, units, level, areaId),
        );
    const allowing = applicable.find((inForce) => inForce.version.strength !== 'forbidden');
    if (allowing !== undefined) {
      const strength = allowing.version.strength ?? 'permitted';
      context.add('plan_cross_family_permitted', {
        ...common,
        params: { operation: context.label(operationIndex), kinds, strength, ...ruleTitleParams(allowing) },
        labels: { kinds: kindsShown, strength: strengthName(strength) },
        ...basisOf(allowing),
      });
      return;
    }
    const forbidding = applicable.find((inForce) => inForce.version.strength === 'forbidden');
    if (forbidding !== undefined) {
      context.add('plan_cross_family_forbidden', {
        ...common,
        params: { operation: context.label(operationIndex), kinds, since: forbidding.version.from, ...ruleTitleParams(forbidding) },
        labels: { kinds: kindsShown },
        ...basisOf(forbidding),
      });
      return;
    }
    context.add('plan_family_mismatch', {
      ...common,
      params: {
        operation: context.label(operationIndex),
        unitIds: units.map((unit) => unit.id),
        families,
        kinds,
        level: level ?? '?',
        asOf: analysis.effectiveOn,
      },
      labels: {
        unitIds: joinBilingual(units.map((unit) => unitLabel(unit.id, unit.name))),
        kinds: kindsShown,
        level: level === undefined ? '?' : LEVEL_LABELS[level],
        families: joinBilingual(families.map((family) => FAMILY_LABELS[family])),
      },
    });
  });
}
