import type { Citation, Verification } from '../../core/Citation.js';
import { type AreaKind, getAreaLevel, type Level } from '../../model/kinds.js';
import type { Organisation } from '../../model/Structure.js';
import { findRule, type RuleInForce } from '../../rules/findRule.js';
import type { RuleType } from '../../rules/Rule.js';
import type { StructureCheckContext } from '../StructureCheckContext.js';

/*
 * What the apparatus checks share (the bodies of a commune, the departments of a province, the
 * staff of a commune, the categories of staff): the rules of one type in force on the date, and
 * the organisations in force serving each area, built once per validation.
 */

/** The rule id, citation and verification an issue raised under a rule carries. @internal */
export function basisOf(inForce: RuleInForce): { readonly ruleId: string; readonly citation: Citation; readonly verification: Verification } {
  return { ruleId: inForce.rule.id, citation: inForce.version.citation, verification: inForce.verification };
}

/**
 * Every rule of a type with a version in force on the date (a local rule added by `extendRulebook`
 * included). A rule with no version on the date is not the law of that date: nothing to check, and
 * nothing to report (the apparatus rules start with the two-level model).
 * @internal
 */
export function rulesInForce<T extends RuleType>(context: StructureCheckContext, type: T): RuleInForce<T>[] {
  const found: RuleInForce<T>[] = [];
  for (const rule of context.rulebook.rules) {
    if (rule.type !== type) continue;
    // Stryker disable next-line ObjectLiteral: the loop above skips the rules of other types, so asking findRule to check the type refuses none
    const lookup = findRule<T>(context.rulebook, rule.id, context.asOf, { type });
    if (lookup.ok) found.push(lookup.inForce);
  }
  return found;
}

/** The organisations in force serving each area in force, by the area's position. @internal */
export interface Apparatus {
  /** Positions of the organisations in force that serve the area at a position (empty: none). */
  readonly servingArea: ReadonlyMap<number, readonly number[]>;
  /** The level of the area at a position, for areas in force. */
  readonly levelOf: ReadonlyMap<number, Level>;
  /** Whether the structure models the area's government (a people's committee in force serves it). */
  readonly governed: (areaPosition: number) => boolean;
  /** The position of the province-level area an area lies in (itself for a province), -1 when none. */
  readonly provinceOf: (areaPosition: number) => number;
}

const built = new WeakMap<StructureCheckContext, Apparatus>();

/** The apparatus of the structure on the date, built once per validation. @internal */
export function apparatusOf(context: StructureCheckContext): Apparatus {
  const cached = built.get(context);
  if (cached !== undefined) return cached;
  const { structure, isArea, inForce, areaPositions, parentPositions } = context;
  const { units } = structure;
  const servingArea = new Map<number, number[]>();
  const levelOf = new Map<number, Level>();
  for (let position = 0; position < units.length; position += 1) {
    if (inForce[position] === 0) continue;
    if (isArea[position] === 1) {
      levelOf.set(position, getAreaLevel(units[position]?.kind as AreaKind));
      continue;
    }
    const areaPosition = areaPositions[position] as number;
    // Stryker disable next-line LogicalOperator: an organisation with an unknown area (-1) or an organisation for its area is then listed under a position no reader asks for (they ask for the areas in force only)
    if (areaPosition < 0 || isArea[areaPosition] === 0) continue;
    const list = servingArea.get(areaPosition);
    if (list === undefined) servingArea.set(areaPosition, [position]);
    else list.push(position);
  }
  const provinces = new Map<number, number>();
  const provinceOf = (areaPosition: number): number => {
    const known = provinces.get(areaPosition);
    if (known !== undefined) return known;
    // walk up at most a few levels (country, province, district, commune, village): a cycle ends the walk
    let current = areaPosition;
    let found = -1;
    for (let step = 0; step < 8 && current >= 0; step += 1) {
      if (isArea[current] === 1 && getAreaLevel(units[current]?.kind as AreaKind) === 'province') {
        found = current;
        break;
      }
      current = parentPositions[current] as number;
    }
    provinces.set(areaPosition, found);
    return found;
  };
  const apparatus: Apparatus = {
    servingArea,
    levelOf,
    // Stryker disable next-line ArrayDeclaration,OptionalChaining: a filler item names no unit, so it is no committee; every listed position names a unit
    governed: (areaPosition) => (servingArea.get(areaPosition) ?? []).some((position) => units[position]?.kind === 'peoples-committee'),
    provinceOf,
  };
  built.set(context, apparatus);
  return apparatus;
}

/** Whether an organisation is of a body a rule selects (one of the kinds; one of the sectors, where given). @internal */
export function isBody(unit: Organisation | undefined, selector: { readonly unitKinds: readonly string[]; readonly sectors?: readonly string[] | undefined }): boolean {
  if (unit === undefined || !selector.unitKinds.includes(unit.kind)) return false;
  return selector.sectors === undefined || (unit.sector !== undefined && selector.sectors.includes(unit.sector));
}
