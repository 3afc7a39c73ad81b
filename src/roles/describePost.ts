import type { Bilingual } from '../core/Bilingual.js';
import type { Citation, Verification } from '../core/Citation.js';
import { type Family, getFamily } from '../model/kinds.js';
import { ROLE_LIST, type Role, rolePrefix } from '../model/roles.js';
import type { RuleInForce } from '../rules/findRule.js';
import type { HeldPost } from './HeldPost.js';
import type { RolesContext } from './RolesContext.js';

/**
 * The words before a unit's name, per role and language, built once: a post's label is then one
 * concatenation, which the engine keeps as a pair of references to two strings it already holds
 * (the prefix and the unit's name) instead of a new copy of both in every issue that names it.
 */
const PREFIX: { readonly vi: Readonly<Record<Role, string>>; readonly en: Readonly<Record<Role, string>> } = {
  vi: Object.fromEntries(ROLE_LIST.map((role) => [role, rolePrefix(role).vi])) as Record<Role, string>,
  en: Object.fromEntries(ROLE_LIST.map((role) => [role, rolePrefix(role).en])) as Record<Role, string>,
};

/**
 * A post written for people, in Vietnamese and English: "chủ tịch UBND phường Cẩm Tây",
 * "chair of Cẩm Tây ward people's committee".
 * @internal
 */
export function describePost(post: Pick<HeldPost, 'assignment' | 'unit'>): Bilingual {
  const { role } = post.assignment;
  return {
    vi: PREFIX.vi[role] + post.unit.name.vi,
    en: PREFIX.en[role] + (post.unit.name.en ?? post.unit.name.vi),
  };
}

/** The order in which messages name the families: party, state, front, public service, area. */
function familyRank(family: Family): number {
  switch (family) {
    case 'party':
      return 0;
    case 'state':
      return 1;
    case 'front':
      return 2;
    case 'public-service':
      return 3;
    default:
      return 4;
  }
}

/**
 * Whether a message names post `b` before post `a`: the party post first, then state, front,
 * public service, village.
 * @internal
 */
export function isNamedFirst(b: HeldPost, a: HeldPost): boolean {
  return familyRank(getFamily(b.unit.kind)) < familyRank(getFamily(a.unit.kind));
}

/**
 * A person's name, or the id when the structure does not list the person.
 * @internal
 */
export function getPersonName(context: RolesContext, personId: string): string {
  return context.index.peopleById.get(personId)?.name ?? personId;
}

/**
 * What an issue carries about the rule that raised it: id, citation and verification.
 * @internal
 */
export function ruleReference(inForce: RuleInForce): {
  readonly ruleId: string;
  readonly citation: Citation;
  readonly verification: Verification;
} {
  return { ruleId: inForce.rule.id, citation: inForce.version.citation, verification: inForce.verification };
}

// the roles checks read it from here; it lives with the other message labels, which the plan and
// structure checks share
export { ruleTitleParams } from '../structure/labels.js';
