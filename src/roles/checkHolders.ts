import type { Assignment } from '../model/Structure.js';
import { checkCaps } from './checkCaps.js';
import { checkPersonCombinations } from './checkPersonCombinations.js';
import { findHeldPosts } from './HeldPost.js';
import type { IssueSink } from './IssueSink.js';
import type { RolesContext } from './RolesContext.js';

/**
 * The person-by-person part of the concurrent-role check: everyone holding two or more posts on
 * the date, in id order (so the report does not depend on the order of the input), their pairs of
 * posts and then the caps on key posts.
 * @internal
 */
export function checkHolders(context: RolesContext, sink: IssueSink): void {
  const holders: [personId: string, assignments: readonly Assignment[]][] = [];
  for (const entry of context.index.assignmentsByPersonId) if (entry[1].length >= 2) holders.push(entry);
  // person ids are distinct keys: never equal
  holders.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [personId, assignments] of holders) {
    const posts = findHeldPosts(context.index, context.asOf, assignments);
    if (posts.length < 2) continue;
    const signatures = posts.map((post) => context.signatures.signatureOf(post));
    checkPersonCombinations(context, sink, personId, posts, signatures);
    checkCaps(context, sink, personId, posts, signatures);
  }
}
