import type { StructureIndex } from '../model/indexStructure.js';

/**
 * Whether an area lies inside a fixed set of areas (or is one of them), answered from a memo.
 * @internal
 */
export type AreaScope = (areaId: string) => boolean;

/**
 * A memoised "is this area within one of `outerIds`?" over the `parentId` links, with the meaning
 * of `isWithinArea` (an id is within itself; a dangling parent or a cycle without one of
 * `outerIds` ends the walk: outside). Each walk stops at the first area already answered and
 * records the answer for every area it passed, so answering every area of a structure costs one
 * pass over its units, however deep the chain (a 20,000-deep chain is not walked 20,000 times).
 * @internal
 */
export function createAreaScope(index: StructureIndex, outerIds: readonly string[]): AreaScope {
  const outer = new Set(outerIds);
  const memo = new Map<string, boolean>();
  const path: string[] = [];
  const onPath = new Set<string>();
  return (areaId) => {
    let current: string | undefined = areaId;
    let answer = false;
    while (current !== undefined) {
      if (outer.has(current)) {
        answer = true;
        break;
      }
      const known = memo.get(current);
      if (known !== undefined) {
        answer = known;
        break;
      }
      // a cycle that met none of the outer areas: everything on it is outside
      if (onPath.has(current)) break;
      path.push(current);
      onPath.add(current);
      current = index.unitsById.get(current)?.parentId;
    }
    for (const id of path) memo.set(id, answer);
    path.length = 0;
    onPath.clear();
    return answer;
  };
}
