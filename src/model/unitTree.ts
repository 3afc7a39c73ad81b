import type { Structure } from './Structure.js';

/**
 * The parent links of a structure resolved once, over positions in `structure.units`: the
 * cycles they form, and for every unit the span of its descendants in a depth-first order, so
 * that "does the chain of parents of A reach B?" is two comparisons however deep the chain or
 * long the cycle. Built in linear time on first use and cached per structure object.
 * @internal
 */
export interface UnitTree {
  /** Position of the first unit of each id. */
  readonly positionById: ReadonlyMap<string, number>;
  /** Position of each unit's parent; -1 when it has none or it is unknown; -2 for a unit shadowed by an earlier one of its id. */
  readonly parentOf: Int32Array;
  /** The parent cycles, each as the positions along it, in the order they were found. */
  readonly cycles: readonly (readonly number[])[];
  /**
   * Whether `outerId` is `innerId` or lies on its chain of parents (a parent id that names no
   * unit, at the top of the chain, counts: it is where the chain points).
   */
  isWithin(innerId: string, outerId: string): boolean;
}

const SHADOWED = -2;
const cache = new WeakMap<Structure, UnitTree>();

function findCycles(parentOf: Int32Array): number[][] {
  const count = parentOf.length;
  const state = new Uint8Array(count); // 0 = unseen, 1 = on the current walk, 2 = done
  const cycles: number[][] = [];
  // Stryker disable next-line ArrayDeclaration: `walk.length = 0` clears it before every walk, so what it starts with is never read
  const walk: number[] = [];
  // Stryker disable next-line EqualityOperator: state[count] is undefined, which is not 0, so the extra start is skipped
  for (let start = 0; start < count; start += 1) {
    // Stryker disable next-line LogicalOperator: a start already walked gives an empty walk, and a shadowed start walks only itself (nothing links to a shadowed position: links hold an id's first position), so skipping either one alone changes nothing
    if (state[start] !== 0 || parentOf[start] === SHADOWED) continue;
    walk.length = 0;
    let current = start;
    while (current >= 0 && state[current] === 0) {
      state[current] = 1;
      walk.push(current);
      current = parentOf[current] as number;
    }
    if (current >= 0 && state[current] === 1) cycles.push(walk.slice(walk.indexOf(current)));
    for (const position of walk) state[position] = 2;
  }
  return cycles;
}

/** How many parent links `isWithin` follows before it resolves the whole ancestry. */
const SHORT_WALK = 16;

type Unit = Structure['units'][number];

/**
 * Numbers the units in a depth-first order of the parent forest (each cycle standing as one
 * node), so that "is B above A?" becomes "is A's number within B's span?".
 */
function resolveAncestry(
  units: readonly Unit[],
  positionById: ReadonlyMap<string, number>,
  parentOf: Int32Array,
  cycles: readonly (readonly number[])[],
): (innerPosition: number, outerId: string) => boolean {
  const count = units.length;
  // Each cycle stands as one node (its first position); the rest of it are aliases of that node.
  const nodeOf = new Int32Array(count);
  // Stryker disable next-line EqualityOperator: a typed array read one past its end gives undefined and a write there is ignored, so `<= count` does what `< count` does
  for (let position = 0; position < count; position += 1) nodeOf[position] = position;
  const onCycle = new Uint8Array(count);
  for (const cycle of cycles) {
    for (const position of cycle) {
      nodeOf[position] = cycle[0] as number;
      onCycle[position] = 1;
    }
  }

  // The forest of nodes: a cycle's node and a unit without a known parent are roots.
  const treeParent = new Int32Array(count).fill(-1);
  const firstChild = new Int32Array(count + 1);
  // Stryker disable next-line EqualityOperator: a typed array read one past its end gives undefined and a write there is ignored, so `<= count` does what `< count` does
  for (let position = 0; position < count; position += 1) {
    const parent = parentOf[position] as number;
    if (parent < 0 || onCycle[position] === 1) continue;
    const node = nodeOf[parent] as number;
    treeParent[position] = node;
    firstChild[node + 1] = (firstChild[node + 1] as number) + 1;
  }
  // prefix sums: the children of node `p` are children[firstChild[p] .. firstChild[p + 1])
  // Stryker disable next-line EqualityOperator: a typed array read one past its end gives undefined and a write there is ignored, so `<= count` does what `< count` does
  for (let position = 0; position < count; position += 1) {
    firstChild[position + 1] = (firstChild[position + 1] as number) + (firstChild[position] as number);
  }
  const children = new Int32Array(count);
  const filled = new Int32Array(count);
  // Stryker disable next-line EqualityOperator: a typed array read one past its end gives undefined and a write there is ignored, so `<= count` does what `< count` does
  for (let position = 0; position < count; position += 1) {
    const parent = treeParent[position] as number;
    if (parent < 0) continue;
    children[(firstChild[parent] as number) + (filled[parent] as number)] = position;
    filled[parent] = (filled[parent] as number) + 1;
  }

  // Depth-first order, iteratively: `enter` numbers a node, `leave` is the last number below it.
  // Stryker disable next-line UnaryOperator: every node a question reads is numbered by the walk below; only shadowed positions and the other positions of a cycle keep the fill value, and they are never read
  const enter = new Int32Array(count).fill(-1);
  const leave = new Int32Array(count);
  const rootOf = new Int32Array(count);
  const stack = new Int32Array(count);
  const nextChild = filled; // reused: the next child to visit
  let clock = 0;
  // Stryker disable next-line EqualityOperator: nodeOf[count] is undefined, which is not count, so the extra root is skipped
  for (let root = 0; root < count; root += 1) {
    if (parentOf[root] === SHADOWED || nodeOf[root] !== root || treeParent[root] !== -1) continue;
    let depth = 0;
    stack[0] = root;
    enter[root] = clock++;
    rootOf[root] = root;
    nextChild[root] = firstChild[root] as number;
    while (depth >= 0) {
      const node = stack[depth] as number;
      const next = nextChild[node] as number;
      if (next < (firstChild[node + 1] as number)) {
        nextChild[node] = next + 1;
        const child = children[next] as number;
        enter[child] = clock++;
        rootOf[child] = root;
        nextChild[child] = firstChild[child] as number;
        depth += 1;
        stack[depth] = child;
      } else {
        leave[node] = clock - 1;
        depth -= 1;
      }
    }
  }

  return (inner, outerId) => {
    const innerNode = nodeOf[inner] as number;
    const outer = positionById.get(outerId);
    if (outer !== undefined) {
      const outerNode = nodeOf[outer] as number;
      const at = enter[innerNode] as number;
      // a unit on a cycle reaches every unit of its cycle, itself included
      const from = onCycle[outer] === 1 ? (enter[outerNode] as number) : (enter[outerNode] as number) + 1;
      return at >= from && at <= (leave[outerNode] as number);
    }
    // a parent id that names no unit, at the top of the chain
    const root = rootOf[innerNode] as number;
    return onCycle[root] === 0 && parentOf[root] === -1 && (units[root] as Unit).parentId === outerId;
  };
}

/**
 * Builds (or returns the cached) {@link UnitTree} of a structure.
 *
 * @param structure - A structure.
 * @param positionById - The position of the first unit of each id (the index's table).
 * @returns The tree.
 * @internal
 */
export function getUnitTree(structure: Structure, positionById: ReadonlyMap<string, number>): UnitTree {
  const cached = cache.get(structure);
  if (cached !== undefined) return cached;
  const { units } = structure;
  const count = units.length;
  const parentOf = new Int32Array(count);
  // without duplicated ids (the size of the table tells) no unit is shadowed: one lookup per unit
  const shadowing = positionById.size !== count;
  for (let position = 0; position < count; position += 1) {
    const unit = units[position] as Unit;
    if (shadowing && positionById.get(unit.id) !== position) parentOf[position] = SHADOWED;
    else parentOf[position] = unit.parentId === undefined ? -1 : (positionById.get(unit.parentId) ?? -1);
  }
  const cycles = findCycles(parentOf);
  let ancestry: ((innerPosition: number, outerId: string) => boolean) | undefined;
  const tree: UnitTree = {
    positionById,
    parentOf,
    cycles,
    isWithin(innerId, outerId) {
      if (innerId === outerId) return true;
      const inner = positionById.get(innerId);
      if (inner === undefined) return false;
      // most questions are answered a step or two up; a long chain or a cycle is resolved once
      let current = inner;
      // Stryker disable next-line BlockStatement,EqualityOperator: the short walk is a shortcut: the resolved ancestry below, built once, gives the same answers with the walk skipped, one step shorter or longer (`false` and `true` of the test: killed, the latter by a timeout on a cycle)
      for (let step = 0; step < SHORT_WALK; step += 1) {
        const parent = parentOf[current] as number;
        if (parent < 0) return (units[current] as Unit).parentId === outerId;
        if ((units[parent] as Unit).id === outerId) return true;
        current = parent;
      }
      ancestry ??= resolveAncestry(units, positionById, parentOf, cycles);
      return ancestry(inner, outerId);
    },
  };
  cache.set(structure, tree);
  return tree;
}
