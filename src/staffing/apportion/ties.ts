import { createIssue } from '../../report/createIssue.js';
import type { Issue } from '../../report/Issue.js';
import type { ApportionTie, TiePolicy } from './Apportionment.js';

/**
 * Shares before tie handling: `holders` each hold one share that is exactly tied with the
 * `contenders`, who hold none of the contested shares.
 * @internal
 */
export interface Contest {
  readonly shares: number[];
  readonly holders: number[];
  readonly contenders: number[];
}

/**
 * What became of an exact tie: the final shares and the resolved tie, or the issue that says the
 * shares are left to the caller.
 * @internal
 */
export type Settlement =
  | { readonly ok: true; readonly shares: number[]; readonly tie?: ApportionTie; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Settles the tie of a contest: none, resolved by the caller's policy (an `apportion_tie_resolved`
 * info), or left unresolved (an `apportion_tie_unresolved` error whose params carry the tied units,
 * the contested seats and the shares every unit is sure of).
 *
 * @param contest - Shares and the tied units.
 * @param ids - Unit ids, for messages and the `by-id` policy.
 * @param policy - The caller's tie policy, if any.
 * @returns The settlement.
 * @example
 * ```ts
 * settleTie({ shares: [1, 0], holders: [0], contenders: [1] }, undefined, 'by-order').ok; //=> true
 * ```
 * @internal
 */
export function settleTie(contest: Contest, ids: readonly string[] | undefined, policy: TiePolicy | undefined): Settlement {
  const { shares, holders, contenders } = contest;
  if (holders.length === 0 && contenders.length === 0) return { ok: true, shares, issues: [] };
  const tied = [...holders, ...contenders].sort((a, b) => a - b);
  const seats = holders.length;
  for (const holder of holders) shares[holder] = (shares[holder] as number) - 1;
  const unitIds = ids === undefined ? undefined : tied.map((index) => ids[index] as string);
  const labels = unitIds ?? tied;
  if (policy === undefined) {
    const issue = createIssue('apportion_tie_unresolved', {
      params: { seats, units: labels, unitIndices: tied, shares },
      ...(unitIds === undefined ? {} : { unitIds }),
    });
    return { ok: false, issues: [issue] };
  }
  const ordered =
    policy === 'by-order'
      ? tied
      : [...tied].sort((a, b) => {
          const x = ids?.[a] as string;
          const y = ids?.[b] as string;
          return x < y ? -1 : x > y ? 1 : 0;
        });
  const winners = ordered.slice(0, seats).sort((a, b) => a - b);
  for (const winner of winners) shares[winner] = (shares[winner] as number) + 1;
  const issue = createIssue('apportion_tie_resolved', {
    params: { seats, units: labels, winners: winners.map((index) => ids?.[index] ?? index), policy },
  });
  const tie: ApportionTie = { units: tied, ...(unitIds === undefined ? {} : { unitIds }), seats, winners, resolvedBy: policy };
  return { ok: true, shares, tie, issues: [issue] };
}
