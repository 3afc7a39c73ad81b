import { createIssue } from '../report/createIssue.js';
import type { RuleInForce } from '../rules/findRule.js';
import { describePost, getPersonName, ruleReference, ruleTitleParams } from './describePost.js';
import type { HeldPost } from './HeldPost.js';
import type { IssueSink } from './IssueSink.js';
import type { PostSignature } from './postSignature.js';
import type { RolesContext } from './RolesContext.js';

/** Key posts named one by one in a `role_cap_exceeded` message; the rest are counted. */
const POSTS_NAMED = 10;

/**
 * The cap issues of one person (`signatures` holds the signature of each post, same order): for each cap rule whose `appliesTo` the person holds (at one of
 * its levels), a `role_cap_exceeded` error when the person holds more than `maxPosts` distinct key
 * posts (unit and role). The message names at most ten of them and counts the rest.
 * @internal
 */
export function checkCaps(
  context: RolesContext,
  sink: IssueSink,
  personId: string,
  posts: readonly HeldPost[],
  signatures: readonly PostSignature[],
): void {
  for (let position = 0; position < context.caps.length; position += 1) {
    if (!signatures.some((signature) => signature.capApplies[position] === 1)) continue;
    const inForce = context.caps[position] as RuleInForce<'role-cap'>;
    const distinct = new Map<string, HeldPost>();
    posts.forEach((post, i) => {
      if (signatures[i]?.capKey[position] === 1) distinct.set(`${post.unit.id}\u0000${post.assignment.role}`, post);
    });
    const { maxPosts } = inForce.version.params;
    if (distinct.size <= maxPosts) continue;
    const held = [...distinct.values()];
    const named = held.slice(0, POSTS_NAMED).map(describePost);
    const rest = held.length - named.length;
    sink.add(
      createIssue('role_cap_exceeded', {
        personIds: [personId],
        unitIds: [...new Set(held.map((post) => post.unit.id))],
        ...ruleReference(inForce),
        params: {
          personName: getPersonName(context, personId),
          personId,
          count: distinct.size,
          maxPosts,
          posts: {
            vi: named.map((text) => text.vi).join('; ') + (rest > 0 ? `; … và ${rest} chức danh khác` : ''),
            en: named.map((text) => text.en).join('; ') + (rest > 0 ? `; … and ${rest} more` : ''),
          },
          ...ruleTitleParams(inForce),
        },
      }),
    );
  }
}
