import { LEVELS, type UnitKind } from '../model/kinds.js';
import type { Role } from '../model/roles.js';
import type { RuleInForce } from '../rules/findRule.js';
import type { RuleParams } from '../rules/Rule.js';
import type { HeldPost } from './HeldPost.js';

/** @internal The params of a combination rule. */
export type CombinationParams = RuleParams<'role-combination'>;
/** @internal The params of a cap rule. */
export type CapParams = RuleParams<'role-cap'>;
/** @internal One post selector of a rule. */
export type PostSelector = CombinationParams['posts'][number];

/**
 * Whether a role held in a unit of a kind (and sector) fits a selector. A selector naming sectors
 * never fits a unit without one (an area).
 * @internal
 */
export function fitsSelector(selector: PostSelector, role: Role, kind: UnitKind, sector: string | undefined): boolean {
  if (!selector.roles.includes(role) || !selector.unitKinds.includes(kind)) return false;
  return selector.sectors === undefined || (sector !== undefined && selector.sectors.includes(sector));
}

/**
 * A rule a pair of posts may match, found from their signatures alone, and the ways the pair fits
 * the rule's posts: bit 1 the first post as the rule's post 0 and the second as its post 1, bit 2
 * the reverse, bit 4 any other pairing (what `secondUnderFirst` needs to tell apart).
 * @internal
 */
export interface PairCandidate {
  readonly position: number;
  readonly orientations: number;
}

/**
 * What the role rules in force say of every post with one role, unit kind, sector and level,
 * computed once per such post and shared by every post like it.
 * @internal
 */
export interface PostSignature {
  readonly id: number;
  /** Per combination rule (rulebook order): bit i set when the post fits the rule's post i at one of its levels. */
  readonly masks: Uint32Array;
  /** Per cap rule: the post is at one of its levels and fits `appliesTo`. */
  readonly capApplies: Uint8Array;
  /** Per cap rule: the post is at one of its levels and is one of its key posts. */
  readonly capKey: Uint8Array;
  /** The candidate rules of this post (first) with another signature (second), by the other's id. */
  readonly pairs: Map<number, readonly PairCandidate[]>;
}

/**
 * Signatures of posts and the rules each pair of signatures may match, for one set of rules,
 * built on first sight: the check then looks a pair up instead of scanning every rule.
 * @internal
 */
export interface SignatureTable {
  signatureOf(post: HeldPost): PostSignature;
  candidatesOf(first: PostSignature, second: PostSignature): readonly PairCandidate[];
}

/** The most posts a combination rule may name (one bit each in a 31-bit mask). */
const MAX_RULE_POSTS = 30;

/**
 * Builds the {@link SignatureTable} of the combination and cap rules in force.
 * @internal
 */
export function createSignatureTable(
  combinations: readonly RuleInForce<'role-combination'>[],
  caps: readonly RuleInForce<'role-cap'>[],
): SignatureTable {
  for (const inForce of combinations) {
    if (inForce.version.params.posts.length > MAX_RULE_POSTS) {
      throw new RangeError(`[tinh-gon] rule ${inForce.rule.id} names more than ${MAX_RULE_POSTS} posts`);
    }
  }
  // role → kind (and sector) → level → signature
  const table = new Map<Role, Map<string, (PostSignature | undefined)[]>>();
  let count = 0;
  const build = (post: HeldPost): PostSignature => {
    const { role } = post.assignment;
    const { kind } = post.unit;
    const { level, sector } = post;
    const masks = new Uint32Array(combinations.length);
    combinations.forEach((inForce, position) => {
      const { params } = inForce.version;
      if (!params.levels.includes(level)) return;
      let mask = 0;
      params.posts.forEach((selector, i) => {
        if (fitsSelector(selector, role, kind, sector)) mask |= 1 << i;
      });
      masks[position] = mask;
    });
    const capApplies = new Uint8Array(caps.length);
    const capKey = new Uint8Array(caps.length);
    caps.forEach((inForce, position) => {
      const { params } = inForce.version;
      if (!params.levels.includes(level)) return;
      if (params.appliesTo.some((selector) => fitsSelector(selector, role, kind, sector))) capApplies[position] = 1;
      if (params.keyPosts.some((selector) => fitsSelector(selector, role, kind, sector))) capKey[position] = 1;
    });
    const signature: PostSignature = { id: count, masks, capApplies, capKey, pairs: new Map() };
    count += 1;
    return signature;
  };
  return {
    signatureOf(post) {
      const { role } = post.assignment;
      let byKind = table.get(role);
      if (byKind === undefined) {
        byKind = new Map();
        table.set(role, byKind);
      }
      const kindKey = post.sector === undefined ? post.unit.kind : `${post.unit.kind}\u0000${post.sector}`;
      let byLevel = byKind.get(kindKey);
      if (byLevel === undefined) {
        byLevel = [];
        byKind.set(kindKey, byLevel);
      }
      const levelIndex = LEVELS.indexOf(post.level);
      let signature = byLevel[levelIndex];
      if (signature === undefined) {
        signature = build(post);
        byLevel[levelIndex] = signature;
      }
      return signature;
    },
    candidatesOf(first, second) {
      let candidates = first.pairs.get(second.id);
      if (candidates === undefined) {
        candidates = findCandidates(first, second, combinations.length);
        first.pairs.set(second.id, candidates);
      }
      return candidates;
    },
  };
}

function findCandidates(first: PostSignature, second: PostSignature, rules: number): PairCandidate[] {
  const candidates: PairCandidate[] = [];
  for (let position = 0; position < rules; position += 1) {
    const maskA = first.masks[position] as number;
    const maskB = second.masks[position] as number;
    if (maskA === 0 || maskB === 0) continue;
    let orientations = 0;
    for (let i = 0; i < MAX_RULE_POSTS; i += 1) {
      if ((maskA & (1 << i)) === 0) continue;
      for (let j = 0; j < MAX_RULE_POSTS; j += 1) {
        if (j === i || (maskB & (1 << j)) === 0) continue;
        orientations |= i === 0 && j === 1 ? 1 : i === 1 && j === 0 ? 2 : 4;
      }
    }
    if (orientations !== 0) candidates.push({ position, orientations });
  }
  return candidates;
}
