import { isAreaKind } from '../model/kinds.js';
import type { AreaUnit } from '../model/Structure.js';
import type { PlannedUnit } from './analysePlan.js';
import type { Share } from './Plan.js';

/*
 * The figures of areas (population, households, area) and the shares plans move, in exact units:
 * people and households are integers, areas are counted in hundredths of a km², so sums and
 * differences never drift and what leaves a source is exactly what reaches its target.
 */

/** The figures an area standard reads. @internal */
export const FACT_FIELDS = ['population', 'households', 'areaKm2'] as const;

/** One of {@link FACT_FIELDS}. @internal */
export type FactField = (typeof FACT_FIELDS)[number];

/** The fields a share may give. @internal */
export const SHARE_FIELDS = ['population', 'households', 'areaKm2', 'basisPoints'] as const;

/** One of {@link SHARE_FIELDS}. @internal */
export type ShareField = (typeof SHARE_FIELDS)[number];

/** Figures of an area, any of them unknown. @internal */
export type AreaFacts = { -readonly [K in FactField]?: number | undefined };

/** A figure in exact units: integers as they are, areas in hundredths of a km². @internal */
export function toExact(field: ShareField, value: number): number {
  return field === 'areaKm2' ? Math.round(value * 100) : value;
}

/** A figure back from exact units. @internal */
export function fromExact(field: ShareField, value: number): number {
  return field === 'areaKm2' ? value / 100 : value;
}

/** The figures an area records (none for an organisation or an unknown unit). @internal */
export function factsOf(unit: PlannedUnit | undefined): AreaFacts {
  if (unit === undefined || !isAreaKind(unit.kind)) return {};
  const area = unit as AreaUnit;
  return { population: area.population, areaKm2: area.areaKm2, households: area.households };
}

/**
 * What a share moves of one figure, in exact units: the figure given, or the fraction of the
 * source's figure (rounded down for people and households, to the nearest hundredth of a km² for
 * area); `undefined` when neither is known.
 * @internal
 */
export function shareAmount(share: Share | undefined, source: PlannedUnit | undefined, field: FactField): number | undefined {
  const given = share?.[field];
  if (given !== undefined) return toExact(field, given);
  const basisPoints = share?.basisPoints;
  if (basisPoints === undefined || source === undefined || !isAreaKind(source.kind)) return undefined;
  const whole = (source as AreaUnit)[field];
  if (whole === undefined) return undefined;
  const scaled = toExact(field, whole) * basisPoints;
  return field === 'areaKm2' ? Math.round(scaled / 10_000) : Math.floor(scaled / 10_000);
}

/** The figures a share moves out of its source. @internal */
export function shareFacts(share: Share | undefined, source: PlannedUnit | undefined): AreaFacts {
  const facts: AreaFacts = {};
  for (const field of FACT_FIELDS) {
    const amount = shareAmount(share, source, field);
    if (amount !== undefined) facts[field] = fromExact(field, amount);
  }
  return facts;
}

/** The sum of figures, each known only when it is known in every part. @internal */
export function sumFacts(parts: readonly AreaFacts[]): AreaFacts {
  const facts: AreaFacts = {};
  for (const field of FACT_FIELDS) {
    let total: number | undefined = 0;
    for (const part of parts) {
      const value = part[field];
      if (value === undefined) {
        total = undefined;
        break;
      }
      total += toExact(field, value);
    }
    if (total !== undefined) facts[field] = fromExact(field, total);
  }
  return facts;
}

/** `value` moved by `amount` exact units of `field` (`sign` 1 to add, -1 to take away). @internal */
export function moveFigure(field: FactField, value: number, amount: number, sign: 1 | -1): number {
  return fromExact(field, toExact(field, value) + sign * amount);
}
