import type { Organisation } from '../model/Structure.js';

/** Groups of organisations whose function tags overlap, with the tags two or more members share. @internal */
export interface OverlapGroup {
  readonly ids: readonly string[];
  readonly shared: readonly string[];
}

// Stryker disable next-line BlockStatement: the cost of the subset path; which path runs changes the time taken, never the groups (tests/plan/overlapGroups checks both against comparing every pair by hand)
function choose(n: number, k: number): number {
  let result = 1;
  // Stryker disable next-line ArithmeticOperator,ConditionalExpression,EqualityOperator: the cost of the subset path; which path runs changes the time taken, never the groups (tests/plan/overlapGroups checks both against comparing every pair by hand)
  for (let i = 0; i < k; i += 1) result = (result * (n - i)) / (i + 1);
  return result;
}

/** Every `size`-element subset of `tags` (sorted), as a key. */
function subsetKeys(tags: readonly string[], size: number, visit: (key: string) => void): void {
  const chosen: string[] = [];
  const walk = (start: number) => {
    if (chosen.length === size) {
      visit(JSON.stringify(chosen));
      return;
    }
    for (let i = start; i <= tags.length - (size - chosen.length); i += 1) {
      chosen.push(tags[i] as string);
      walk(i + 1);
      chosen.pop();
    }
  };
  walk(0);
}

/**
 * The organisations of one area that share at least `minShared` distinct function tags, grouped
 * transitively (A shares with B, B with C: one group), in input order, with the tags at least two
 * members of a group share. Two organisations share `minShared` tags exactly when they have a
 * `minShared`-element subset of tags in common, so each organisation is joined to the others
 * through its subsets (Σ C(tags, minShared) steps) or, when that is more, pair by pair (k²/2):
 * whichever costs less.
 * @internal
 */
export function overlapGroups(organisations: readonly Organisation[], minShared: number): OverlapGroup[] {
  const tagged = organisations
    .map((unit) => ({ unit, tags: [...new Set(unit.functions ?? [])].sort() }))
    .filter((entry) => entry.tags.length >= minShared);
  const parent = tagged.map((_, position) => position);
  const root = (position: number): number => {
    let current = position;
    while (parent[current] !== current) {
      const next = parent[current] as number;
      parent[current] = parent[next] as number;
      current = next;
    }
    return current;
  };
  const join = (a: number, b: number) => {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // Stryker disable next-line ArithmeticOperator,ArrowFunction: the cost of the subset path; which path runs changes the time taken, never the groups (tests/plan/overlapGroups checks both against comparing every pair by hand)
  const subsetCost = tagged.reduce((sum, entry) => sum + choose(entry.tags.length, minShared), 0);
  // Stryker disable next-line ArithmeticOperator: the cost of comparing pairs; which path runs changes the time taken, never the groups (tests/plan/overlapGroups checks both against comparing every pair by hand)
  const pairCost = (tagged.length * (tagged.length - 1)) / 2;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the choice of path; which path runs changes the time taken, never the groups (tests/plan/overlapGroups checks both against comparing every pair by hand)
  if (subsetCost <= pairCost) {
    const firstWith = new Map<string, number>();
    tagged.forEach((entry, position) => {
      subsetKeys(entry.tags, minShared, (key) => {
        const first = firstWith.get(key);
        if (first === undefined) firstWith.set(key, position);
        else join(first, position);
      });
    });
  } else {
    for (let i = 0; i < tagged.length; i += 1) {
      const mine = new Set(tagged[i]?.tags);
      for (let j = i + 1; j < tagged.length; j += 1) {
        let shared = 0;
        for (const tag of (tagged[j] as (typeof tagged)[number]).tags) if (mine.has(tag)) shared += 1;
        if (shared >= minShared) join(i, j);
      }
    }
  }
  const groups = new Map<number, (typeof tagged)[number][]>();
  tagged.forEach((entry, position) => {
    const key = root(position);
    const members = groups.get(key);
    if (members === undefined) groups.set(key, [entry]);
    else members.push(entry);
  });
  const result: OverlapGroup[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const counts = new Map<string, number>();
    for (const { tags } of members) for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    const shared = [...counts.entries()].filter(([, count]) => count >= 2).map(([tag]) => tag).sort();
    result.push({ ids: members.map(({ unit }) => unit.id), shared });
  }
  return result;
}
