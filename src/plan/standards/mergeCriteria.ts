import type { Level } from '../../model/kinds.js';
import type { MergeExemption, RuleParams } from '../../rules/Rule.js';

/*
 * The merge criteria `validatePlan` and `findMergeCandidates` share: whether an area meets a trigger
 * of the date (NQ 35/2023 Art. 6, NQ 76/2025 Art. 3) and which of the reasons a caller gives for it
 * the criteria allow. One code path, so that a unit the finder lists is the unit the validator holds
 * to its standard, and the reverse.
 */

type Criteria = RuleParams<'admin-unit-merge-criteria'>;

/** A population and area, of an area or of the standard it is held to. */
interface Figures {
  readonly population: number;
  readonly areaKm2: number;
}

/** A finite non-negative number as the decimal it prints as: `digits × 10^-scale`. */
function decimalOf(value: number): { readonly digits: bigint; readonly scale: number } {
  // String() gives the shortest decimal that reads back as the number: what the caller wrote (0.69, 1e-7, 1e+21)
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  return { digits: BigInt(whole + fraction), scale: fraction.length - Number(exponent) };
}

/**
 * Whether `value` is below `bps` basis points of `standard`, compared as the decimals the figures are
 * written in: `value × 10,000 < standard × bps`, exact. Neither a quotient nor a float product is:
 * 0.27 km² is exactly 20% of 1.35 km², yet `0.27 × 10,000 / 1.35` is below 2,000, and
 * `0.69 × 10,000` is below `3.45 × 2,000` in floats.
 * @internal
 */
export function isBelowShare(value: number, standard: number, bps: number): boolean {
  const a = decimalOf(value);
  const b = decimalOf(standard);
  const scale = Math.max(a.scale, b.scale);
  return a.digits * 10n ** BigInt(scale - a.scale) * 10_000n < b.digits * 10n ** BigInt(scale - b.scale) * BigInt(bps);
}

/**
 * Whether an area of `level` with `figures` meets a trigger of `criteria` against `standard`: its
 * area, its population, or both (the trigger's `match`) below the trigger's share of the standard
 * ({@link isBelowShare}: exact, so a figure exactly at the share is not below it).
 * @internal
 */
export function meetsMergeCriterion(criteria: Criteria, level: Level | undefined, figures: Figures, standard: Figures): boolean {
  return criteria.triggers.some((trigger) => {
    if (level === undefined || !trigger.levels.includes(level)) return false;
    const areaBelow = trigger.areaBelowBps !== undefined && isBelowShare(figures.areaKm2, standard.areaKm2, trigger.areaBelowBps);
    const populationBelow = trigger.populationBelowBps !== undefined && isBelowShare(figures.population, standard.population, trigger.populationBelowBps);
    return trigger.match === 'both' ? areaBelow && populationBelow : areaBelow || populationBelow;
  });
}

/**
 * The reasons the caller gives for unit `unitId` (its own entry in `exemptions`; an inherited key such
 * as `constructor` is no entry) that `criteria` allow, in the order given; none when the criteria of
 * the date allow no exemption.
 * @internal
 */
export function allowedExemptions(
  criteria: Criteria,
  exemptions: Readonly<Record<string, readonly MergeExemption[]>> | undefined,
  unitId: string,
): readonly MergeExemption[] {
  if (exemptions === undefined || !Object.hasOwn(exemptions, unitId)) return [];
  const allowed: readonly MergeExemption[] = criteria.exemptions ?? [];
  return (exemptions[unitId] as readonly MergeExemption[]).filter((reason) => allowed.includes(reason));
}
