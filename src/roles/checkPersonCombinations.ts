import type { Bilingual } from '../core/Bilingual.js';
import { createIssue } from '../report/createIssue.js';
import type { Severity } from '../report/Issue.js';
import type { Strength } from '../rules/Rule.js';
import { describePost, getPersonName, isNamedFirst, ruleReference, ruleTitleParams } from './describePost.js';
import type { HeldPost } from './HeldPost.js';
import type { IssueSink } from './IssueSink.js';
import type { PostSignature } from './postSignature.js';
import type { RolesContext } from './RolesContext.js';

/** The codes of a pair of posts, in a fixed order (the position is the counter's slot). */
const PAIR_CODES = [
  'role_combination_forbidden',
  'role_combination_required',
  'role_combination_encouraged',
  'role_combination_pilot',
  'role_combination_permitted',
  'role_combination_unregulated',
] as const;

type PairCode = (typeof PAIR_CODES)[number];

const UNREGULATED = 5;

const SLOT_OF_STRENGTH: Readonly<Record<Strength, number>> = { forbidden: 0, required: 1, encouraged: 2, pilot: 3, permitted: 4 };

const SEVERITY_OF_SLOT: readonly Severity[] = ['error', 'info', 'info', 'info', 'info', 'warning'];

/** What the left-out issue calls each kind of combination. */
const KIND_OF_SLOT: readonly Bilingual[] = [
  { vi: 'bị cấm', en: 'forbidden' },
  { vi: 'bắt buộc', en: 'required' },
  { vi: 'được khuyến khích', en: 'encouraged' },
  { vi: 'thí điểm', en: 'pilot' },
  { vi: 'được phép', en: 'permitted' },
  { vi: 'không quy định nào nói tới', en: 'no rule speaks of' },
];

/**
 * The issues of one person's pairs of posts, in a bounded number. Every pair of posts in two
 * different units is matched against the combination rules the pair's signatures may match
 * (then the rule's `sameArea`, `withinAreaIds` and `secondUnderFirst` are checked on the pair):
 * one issue per matching rule (forbidden → error, any other strength → info), or one
 * `role_combination_unregulated` warning when none matches. Pairs within one unit (the secretary
 * who also sits on the standing committee of the same committee) are ranks of one body, not a
 * combination, and give nothing. Issues of a severity the context does not want are never built.
 *
 * At most `perPersonLimit` issues of each code are listed for the person; the rest of that code
 * are counted in one `role_combinations_left_out` issue of the same severity (never silence, and a
 * person holding k posts gets O(1) issues, not k²).
 *
 * `pairsWith`, when given, restricts the pairs to those including that post (an appointment).
 * @internal
 */
export function checkPersonCombinations(
  context: RolesContext,
  sink: IssueSink,
  personId: string,
  posts: readonly HeldPost[],
  pairsWith?: HeldPost,
): void {
  const { combinations, signatures, asOf, perPersonLimit } = context;
  const wantsInfo = context.wants('info');
  const wantsWarning = context.wants('warning');
  const signatureOfPost: PostSignature[] = posts.map((post) => signatures.signatureOf(post));
  const listed = [0, 0, 0, 0, 0, 0];
  const leftOut = [0, 0, 0, 0, 0, 0];
  const labels: (Bilingual | undefined)[] = [];
  let personIds: readonly string[] | undefined;
  let personName: string | undefined;
  const label = (position: number): Bilingual => {
    let text = labels[position];
    if (text === undefined) {
      text = describePost(posts[position] as HeldPost);
      labels[position] = text;
    }
    return text;
  };
  /** Whether one more issue of a slot is listed (else it is counted). */
  const take = (slot: number): boolean => {
    personIds ??= [personId];
    personName ??= getPersonName(context, personId);
    if ((listed[slot] as number) < perPersonLimit) {
      listed[slot] = (listed[slot] as number) + 1;
      return true;
    }
    leftOut[slot] = (leftOut[slot] as number) + 1;
    return false;
  };
  const baseParams = (i: number, j: number) => {
    const a = posts[i] as HeldPost;
    const b = posts[j] as HeldPost;
    const [first, second] = isNamedFirst(b, a) ? [j, i] : [i, j];
    return { personName: personName as string, personId, postA: label(first), postB: label(second), asOf };
  };
  for (let i = 0; i < posts.length; i += 1) {
    const a = posts[i] as HeldPost;
    for (let j = i + 1; j < posts.length; j += 1) {
      const b = posts[j] as HeldPost;
      if (a.unit.id === b.unit.id) continue;
      if (pairsWith !== undefined && a !== pairsWith && b !== pairsWith) continue;
      let matched = false;
      let unitIds: readonly string[] | undefined;
      for (const { position, orientations } of signatures.candidatesOf(signatureOfPost[i] as PostSignature, signatureOfPost[j] as PostSignature)) {
        const inForce = combinations[position] as (typeof combinations)[number];
        const { params } = inForce.version;
        if (params.sameArea && a.areaId !== b.areaId) continue;
        const scope = context.scopeOf(params.withinAreaIds);
        if (scope !== undefined && !(scope(a.areaId) && scope(b.areaId))) continue;
        if (
          params.secondUnderFirst === true &&
          (orientations & 4) === 0 &&
          !((orientations & 1) !== 0 && b.unit.parentId === a.unit.id) &&
          !((orientations & 2) !== 0 && a.unit.parentId === b.unit.id)
        ) {
          continue;
        }
        matched = true;
        const strength = inForce.version.strength ?? 'permitted';
        const slot = SLOT_OF_STRENGTH[strength];
        // the severity filter comes before anything is built
        if (strength !== 'forbidden' && !wantsInfo) continue;
        if (!take(slot)) continue;
        unitIds ??= [a.unit.id, b.unit.id];
        sink.add(
          createIssue(PAIR_CODES[slot] as PairCode, {
            personIds: personIds as readonly string[],
            unitIds,
            ...ruleReference(inForce),
            params: { ...baseParams(i, j), ...ruleTitleParams(inForce), strength },
          }),
        );
      }
      if (!matched && wantsWarning && take(UNREGULATED)) {
        sink.add(
          createIssue('role_combination_unregulated', {
            personIds: personIds as readonly string[],
            unitIds: [a.unit.id, b.unit.id],
            params: baseParams(i, j),
          }),
        );
      }
    }
  }
  leftOut.forEach((count, slot) => {
    if (count === 0) return;
    sink.add(
      createIssue('role_combinations_left_out', {
        severity: SEVERITY_OF_SLOT[slot] as Severity,
        personIds: personIds as readonly string[],
        params: {
          personName: personName as string,
          personId,
          count,
          shown: perPersonLimit,
          kind: KIND_OF_SLOT[slot] as Bilingual,
          leftOutCode: PAIR_CODES[slot] as PairCode,
          asOf,
        },
      }),
    );
  });
}
