/**
 * An apportionment method.
 *
 * - `hamilton` — largest remainder (phương pháp số dư lớn nhất): everyone gets the floor of their
 *   exact quota, the leftover shares go to the largest remainders. Satisfies quota; **not** house
 *   monotone (the Alabama paradox: one more share in total can cost a unit a share).
 * - `dhondt` — divisor method with divisors 1, 2, 3, … (Jefferson). House monotone, favours large units.
 * - `sainte-lague` — divisors 1, 3, 5, … (Webster). House monotone, unbiased.
 * - `huntington-hill` — divisors √(k(k−1)) (the US House since 1941). House monotone; every
 *   unit with a positive weight gets a share before any gets a second one (when there are fewer
 *   shares than units, the first shares go to the largest weights). Compared exactly through
 *   squares, never through a square root.
 *
 * All four are weight monotone (a larger weight never gets fewer shares when bounds do not bind).
 *
 * @example
 * ```ts
 * const method: ApportionMethod = 'sainte-lague';
 * ```
 * @category Staffing
 */
export type ApportionMethod = 'hamilton' | 'dhondt' | 'sainte-lague' | 'huntington-hill';

/**
 * How shares that are exactly tied are given out when the caller asks: `by-order` to the units
 * that come first in `weights`, `by-id` to the units whose `ids` sort first (code-unit order).
 * Without a policy an exact tie makes the apportionment fail with `apportion_tie_unresolved`.
 *
 * @example
 * ```ts
 * const policy: TiePolicy = 'by-id';
 * ```
 * @category Staffing
 */
export type TiePolicy = 'by-order' | 'by-id';

/**
 * Options of {@link apportion}.
 *
 * @example
 * ```ts
 * const options: ApportionOptions = { method: 'dhondt', caps: [5, 3, null], tiePolicy: 'by-order' };
 * ```
 * @category Staffing
 */
export interface ApportionOptions {
  /** The method (default `hamilton`). */
  readonly method?: ApportionMethod;
  /** Per-unit minimum share (default 0), e.g. a unit's minimum staff already counted. */
  readonly floors?: readonly number[];
  /** Per-unit maximum share, `null` for none (e.g. never cut more than a unit has). */
  readonly caps?: readonly (number | null)[];
  /** Unit ids, for messages and the `by-id` tie policy. */
  readonly ids?: readonly string[];
  /** Resolve exact ties this way; absent: an exact tie is a failure (`apportion_tie_unresolved`). */
  readonly tiePolicy?: TiePolicy;
}

/**
 * An exact tie for the last shares, and how the caller's tie policy resolved it: the tied units
 * (indices into `weights`), how many shares they contested, and who got them.
 *
 * @example
 * ```ts
 * const tie: ApportionTie = { units: [0, 1], seats: 1, winners: [0], resolvedBy: 'by-order' };
 * ```
 * @category Staffing
 */
export interface ApportionTie {
  /** Indices of the tied units, ascending. */
  readonly units: readonly number[];
  /** Their ids, when `ids` were given. */
  readonly unitIds?: readonly string[];
  /** Shares contested among them. */
  readonly seats: number;
  /** Indices of the units that got the contested shares, ascending. */
  readonly winners: readonly number[];
  /** The policy that resolved it. */
  readonly resolvedBy: TiePolicy;
}

/**
 * The value of a successful {@link apportion}: one integer share per weight, summing exactly to
 * the total.
 *
 * @example
 * ```ts
 * const result = apportion(10, [5, 3, 2]);
 * if (result.ok) result.value.shares; //=> [5, 3, 2]
 * ```
 * @category Staffing
 */
export interface Apportionment {
  readonly method: ApportionMethod;
  readonly total: number;
  /** One integer share per weight, in the same order; they sum to `total`. */
  readonly shares: readonly number[];
  /** The exact tie for the last shares that the tie policy resolved, if there was one. */
  readonly tie?: ApportionTie;
}
