import type { AreaUnit } from '../model/Structure.js';
import { type PlanAnalysis, type PlannedUnit, resolveUnit } from './analysePlan.js';

/**
 * Questions about where units lie, over the structure and the units a plan creates (each unit
 * under the parent its record names), answered in amortised constant time: on a parent chain
 * 100,000 deep, or a cycle, each question costs what it costs on a flat structure.
 *
 * - Facts inherited from the nearest ancestor that records them (terrain, region, border) and
 *   "some ancestor is of this kind" are memoised per unit along each walk.
 * - "Is A an ancestor of B" uses entry and exit times of one depth-first walk of the forest; a
 *   parent cycle is cut at one of its units, which then counts as a root.
 * @internal
 */
export class Ancestry {
  private readonly memos = new Map<string, Map<string, unknown>>();
  private times: { readonly entry: Map<string, number>; readonly exit: Map<string, number> } | undefined;
  private readonly withinMemo = new Map<string, { readonly starts: number[]; readonly ends: number[] }>();

  constructor(private readonly analysis: PlanAnalysis) {}

  /** A unit's fact, or the fact of its nearest ancestor that records one. */
  inheritedFact<K extends 'region' | 'terrain' | 'border'>(unit: PlannedUnit, field: K): AreaUnit[K] | undefined {
    const own = (unit as AreaUnit)[field];
    if (own !== undefined) return own;
    return this.nearest(unit.parentId, `fact:${field}`, (ancestor) => (ancestor as AreaUnit)[field]) as AreaUnit[K] | undefined;
  }

  /** The fact of the area a unit lies in (its parent's own, or inherited by the parent). */
  parentFact<K extends 'region' | 'terrain' | 'border'>(unit: PlannedUnit, field: K): AreaUnit[K] | undefined {
    // Stryker disable next-line ConditionalExpression: resolving an undefined id finds no unit, as the test does
    const parent = unit.parentId === undefined ? undefined : resolveUnit(this.analysis, unit.parentId);
    return parent === undefined ? undefined : this.inheritedFact(parent, field);
  }

  /** The area a unit lies in (its parent, as the plan leaves it), if known. */
  parentOf(unit: PlannedUnit): PlannedUnit | undefined {
    // Stryker disable next-line ConditionalExpression: resolving an undefined id finds no unit, as the test does
    return unit.parentId === undefined ? undefined : resolveUnit(this.analysis, unit.parentId);
  }

  /** The statistics code of the province or centrally-run city a unit is, or lies in (`undefined` when none is found or it has no code). */
  provinceCode(unit: PlannedUnit): string | undefined {
    const read = (area: PlannedUnit) => (area.kind === 'province' || area.kind === 'centrally-run-city' ? (area.code ?? null) : undefined);
    const own = read(unit);
    // Stryker disable next-line StringLiteral: the name of the memo; any name no other question uses keeps the same answers
    const found = own !== undefined ? own : this.nearest(unit.parentId, 'province-code', read);
    return typeof found === 'string' ? found : undefined;
  }

  /** Whether some ancestor of a unit (not the unit itself) is of one of the kinds. */
  hasAncestorOfKind(unit: PlannedUnit, kinds: readonly string[]): boolean {
    // Stryker disable next-line MethodExpression,StringLiteral: an unsorted key only keeps one memo per order of the same kinds, with the same answers; joined with no separator, no two sets of kinds give one key (no kind name is a concatenation of others, checked over the 40 kinds)
    const key = `kind:${[...kinds].sort().join(',')}`;
    return this.nearest(unit.parentId, key, (ancestor) => (kinds.includes(ancestor.kind) ? true : undefined)) === true;
  }

  /** Whether `ancestorId` is `unit` itself or one of its ancestors. */
  isSelfOrAncestor(ancestorId: string, unit: PlannedUnit): boolean {
    if (ancestorId === unit.id) return true;
    const { entry, exit } = this.tour();
    const start = entry.get(ancestorId);
    const at = entry.get(unit.id);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: `undefined < n` is false, so the two presence tests only short-cut; `<=` cannot differ (the same unit returned above; entry and exit times never repeat)
    return start !== undefined && at !== undefined && start < at && at < (exit.get(ancestorId) as number);
  }

  /**
   * Whether an area lies within `parentId` as it stands after the plan: one of its ancestors is
   * `parentId`, or ends into it. Binary search over the disjoint subtrees of `parentId` and the
   * units whose final successor it is.
   */
  liesWithin(unit: PlannedUnit, parentId: string): boolean {
    let spans = this.withinMemo.get(parentId);
    // Stryker disable next-line ConditionalExpression: rebuilding the spans of a parent on every question gives the same spans
    if (spans === undefined) {
      const { entry, exit } = this.tour();
      // Stryker disable next-line MethodExpression: an id the walk never reached (an unknown parent) adds an empty span no unit lies in
      const roots = [parentId, ...this.analysis.predecessorsOf(parentId)]
        .filter((id) => entry.has(id))
        .map((id) => [entry.get(id) as number, exit.get(id) as number] as const)
        .sort((a, b) => a[0] - b[0]);
      const starts: number[] = [];
      const ends: number[] = [];
      for (const [start, end] of roots) {
        // nested in the previous span (before the first, `ends.at(-1)` is undefined: nothing is)
        // Stryker disable next-line EqualityOperator: an entry time never equals an exit time (one clock, each value used once), so `<=` is `<`
        if (start < (ends.at(-1) ?? Number.NEGATIVE_INFINITY)) continue;
        starts.push(start);
        ends.push(end);
      }
      spans = { starts, ends };
      this.withinMemo.set(parentId, spans);
    }
    const at = this.tour().entry.get(unit.id);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut: with `at` undefined every `starts[i] < at` is false, and with no spans `undefined < at` is false, so the search below answers the same false
    if (at === undefined || spans.starts.length === 0) return false;
    let low = 0;
    // Stryker disable next-line ArithmeticOperator: indexes past the end read undefined, and `undefined < at` is false, so they act as +∞ and the search stops at the same span
    let high = spans.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      // Stryker disable next-line EqualityOperator: starts[k] === at only when the unit starts a span itself; then span k − 1 (ends before at) and span k (does not start before at) both answer false
      if ((spans.starts[middle] as number) < at) low = middle;
      else high = middle - 1;
    }
    // Stryker disable next-line EqualityOperator: an entry time never equals an exit time (one clock, each value used once), so `at <= end` is `at < end`
    return (spans.starts[low] as number) < at && at < (spans.ends[low] as number);
  }

  /** The first value found walking up from `startId` (inclusive), memoised under `key` for every unit walked. */
  private nearest(startId: string | undefined, key: string, read: (unit: PlannedUnit) => unknown): unknown {
    let memo = this.memos.get(key);
    // Stryker disable next-line ConditionalExpression: a fresh memo per question walks the chain again to the same answer
    if (memo === undefined) {
      memo = new Map();
      this.memos.set(key, memo);
    }
    // Stryker disable next-line ArrayDeclaration: an extra memo entry under an id no unit has changes no answer
    const walked: string[] = [];
    const seen = new Set<string>();
    let current = startId;
    let found: unknown;
    while (current !== undefined) {
      // Stryker disable next-line BlockStatement,ConditionalExpression: skipping the memo walks the chain again to the same answer
      if (memo.has(current)) {
        found = memo.get(current);
        break;
      }
      if (seen.has(current)) break;
      seen.add(current);
      walked.push(current);
      const unit = resolveUnit(this.analysis, current);
      if (unit === undefined) break;
      found = read(unit);
      if (found !== undefined) break;
      current = unit.parentId;
    }
    for (const id of walked) memo.set(id, found);
    return found;
  }

  /** Entry and exit times of one depth-first walk of the planned forest. */
  private tour(): { readonly entry: Map<string, number>; readonly exit: Map<string, number> } {
    // Stryker disable next-line ConditionalExpression: walking the forest again numbers it the same way
    if (this.times !== undefined) return this.times;
    const { analysis } = this;
    const units: PlannedUnit[] = [...analysis.index.unitsById.values()];
    for (const { unit } of analysis.created.values()) if (!analysis.index.unitsById.has(unit.id)) units.push(unit);
    const children = new Map<string, string[]>();
    // Stryker disable next-line ArrayDeclaration: walking from an id no unit has only advances the clock; the order of every unit stays
    const roots: string[] = [];
    for (const unit of units) {
      // Stryker disable next-line ConditionalExpression,LogicalOperator: resolveUnit finds nothing for an undefined id, and a unit filed as its own child is walked from itself by the cycle pass into the same tree, so the first two tests may go; the mutants of the third are killed (tests/plan/ancestryMutants.test.ts) and hidden with them
      if (unit.parentId !== undefined && unit.parentId !== unit.id && resolveUnit(analysis, unit.parentId) !== undefined) {
        const list = children.get(unit.parentId);
        if (list === undefined) children.set(unit.parentId, [unit.id]);
        else list.push(unit.id);
      } else roots.push(unit.id);
    }
    const entry = new Map<string, number>();
    const exit = new Map<string, number>();
    let clock = 0;
    const walkFrom = (root: string) => {
      const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
      entry.set(root, clock++);
      while (stack.length > 0) {
        const top = stack[stack.length - 1] as { id: string; next: number };
        const child = children.get(top.id)?.[top.next];
        if (child === undefined) {
          exit.set(top.id, clock++);
          stack.pop();
          continue;
        }
        top.next += 1;
        if (entry.has(child)) continue; // the edge that closes a cycle
        entry.set(child, clock++);
        stack.push({ id: child, next: 0 });
      }
    };
    // Stryker disable next-line ConditionalExpression: a root is in no child list (ids in units are unique), so it is never entered before its own turn and an always-true test walks the same; `false` is killed (tests/plan/ancestryMutants.test.ts) and hidden with it
    for (const root of roots) if (!entry.has(root)) walkFrom(root);
    // units left are on a parent cycle or below one: cut each cycle at the unit where a walk up repeats
    for (const unit of units) {
      if (entry.has(unit.id)) continue;
      // a unit left has a parent, which was left too: walking up repeats on the cycle
      const seen = new Set<string>();
      let current = unit.id;
      while (!seen.has(current)) {
        seen.add(current);
        // Stryker disable next-line OptionalChaining: a unit left for this pass has a parent that resolves (an unresolved parent makes it a root), so the walk only visits units that resolve
        current = resolveUnit(analysis, current)?.parentId ?? current;
      }
      walkFrom(current);
    }
    this.times = { entry, exit };
    return this.times;
  }
}
