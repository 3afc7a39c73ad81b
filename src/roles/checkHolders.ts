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
  const byPerson = context.index.assignmentsByPersonId;
  const personIds: string[] = [];
  for (const [personId, assignments] of byPerson) if (assignments.length >= 2) personIds.push(personId);
  personIds.sort();
  for (const personId of personIds) {
    const posts = findHeldPosts(context.index, context.asOf, byPerson.get(personId) ?? []);
    if (posts.length < 2) continue;
    checkPersonCombinations(context, sink, personId, posts);
    checkCaps(context, sink, personId, posts);
  }
}
