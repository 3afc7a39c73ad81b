import { describe, expect, it } from 'vitest';
import type { HeldPost } from '../../src/roles/HeldPost.js';
import { isNamedFirst } from '../../src/roles/describePost.js';

// A message about two posts names the party post first, then state, front, public service, area.
const ORDER = [
  ['party', 'party-committee'],
  ['state', 'peoples-council'],
  ['front', 'fatherland-front'],
  ['public-service', 'public-service-unit'],
  ['area', 'commune'],
] as const;
const post = (kind: string) => ({ unit: { kind } }) as unknown as HeldPost;

describe('isNamedFirst: the order of the families in a message', () => {
  const pairs = ORDER.flatMap(([first, firstKind], i) => ORDER.map(([second, secondKind], j) => [first, second, firstKind, secondKind, i < j] as const));
  it.each(pairs)('%s before %s: %s, %s → %s', (_first, _second, firstKind, secondKind, expected) => {
    // isNamedFirst(b, a): whether b is named before a
    expect(isNamedFirst(post(firstKind), post(secondKind))).toBe(expected);
  });
});
