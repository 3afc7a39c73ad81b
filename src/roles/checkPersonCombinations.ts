import type { Bilingual } from '../core/Bilingual.js';
import { createIssue } from '../report/createIssue.js';
import type { Severity } from '../report/Issue.js';
import type { RuleInForce } from '../rules/findRule.js';
import type { Strength } from '../rules/Rule.js';
import { strengthName } from '../rules/strengthNames.js';
import { getPersonName, isNamedFirst } from './describePost.js';
import type { HeldPost } from './HeldPost.js';
import type { IssueSink } from './IssueSink.js';
import { pairParams } from './pairParams.js';
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

const UNREGULATED = 5;

/** The strength of rule behind each slot but the last (combinations no rule speaks of). */
const STRENGTH_OF_SLOT: readonly Strength[] = ['forbidden', 'required', 'encouraged', 'pilot', 'permitted'];

const SLOT_OF_STRENGTH = Object.fromEntries(STRENGTH_OF_SLOT.map((strength, slot) => [strength, slot])) as Readonly<Record<Strength, number>>;

const SEVERITY_OF_SLOT: readonly Severity[] = ['error', 'info', 'info', 'info', 'info', 'warning'];

/** What the left-out issue calls each kind of combination. */
function kindOfSlot(slot: number): Bilingual {
  const strength = STRENGTH_OF_SLOT[slot];
  return strength === undefined ? { vi: 'không quy định nào nói tới', en: 'no rule speaks of' } : strengthName(strength);
}

/** One person's posts and what has been said of them so far. */
interface PersonReport {
  readonly context: RolesContext;
  readonly sink: IssueSink;
  readonly personId: string;
  readonly posts: readonly HeldPost[];
  /** Issues listed, and issues only counted, per slot. */
  readonly listed: number[];
  readonly leftOut: number[];
  personIds: readonly string[] | undefined;
  personName: string | undefined;
}

/** Whether one more issue of a slot is listed (else it is only counted). */
function take(report: PersonReport, slot: number): boolean {
  report.personIds ??= [report.personId];
  report.personName ??= getPersonName(report.context, report.personId);
  if ((report.listed[slot] as number) < report.context.perPersonLimit) {
    report.listed[slot] = (report.listed[slot] as number) + 1;
    return true;
  }
  report.leftOut[slot] = (report.leftOut[slot] as number) + 1;
  return false;
}

/** The issue of a pair of posts (`i` before `j`) and a rule that speaks of it, or of no rule. */
function addPairIssue(report: PersonReport, slot: number, i: number, j: number, unitIds: readonly string[], inForce?: RuleInForce<'role-combination'>): void {
  const [first, second] = isNamedFirst(report.posts[j] as HeldPost, report.posts[i] as HeldPost) ? [j, i] : [i, j];
  const personIds = report.personIds as readonly string[];
  const params = pairParams(report.personName as string, report.personId, report.posts[first] as HeldPost, report.posts[second] as HeldPost, report.context.asOf, inForce);
  if (inForce === undefined) {
    report.sink.add(createIssue('role_combination_unregulated', { personIds, unitIds, params }));
    return;
  }
  report.sink.add(
    createIssue(PAIR_CODES[slot] as (typeof PAIR_CODES)[number], {
      personIds,
      unitIds,
      ruleId: inForce.rule.id,
      citation: inForce.version.citation,
      verification: inForce.verification,
      params,
    }),
  );
}

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
 * person holding k posts gets a bounded number of issues, not k²).
 *
 * `signatureOfPost` holds the signature of each post (same order); `pairsWith`, when given,
 * restricts the pairs to those including that post (an appointment).
 * @internal
 */
export function checkPersonCombinations(
  context: RolesContext,
  sink: IssueSink,
  personId: string,
  posts: readonly HeldPost[],
  signatureOfPost: readonly PostSignature[],
  pairsWith?: HeldPost,
): void {
  const { combinations, signatures } = context;
  const wantsInfo = context.wants('info');
  const wantsWarning = context.wants('warning');
  const report: PersonReport = {
    context,
    sink,
    personId,
    posts,
    listed: [0, 0, 0, 0, 0, 0],
    leftOut: [0, 0, 0, 0, 0, 0],
    personIds: undefined,
    personName: undefined,
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
        const inForce = combinations[position] as RuleInForce<'role-combination'>;
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
        // the severity filter comes before anything is built
        if (strength !== 'forbidden' && !wantsInfo) continue;
        const slot = SLOT_OF_STRENGTH[strength];
        if (!take(report, slot)) continue;
        unitIds ??= [a.unit.id, b.unit.id];
        addPairIssue(report, slot, i, j, unitIds, inForce);
      }
      if (!matched && wantsWarning && take(report, UNREGULATED)) addPairIssue(report, UNREGULATED, i, j, [a.unit.id, b.unit.id]);
    }
  }
  report.leftOut.forEach((count, slot) => {
    if (count === 0) return;
    sink.add(
      createIssue('role_combinations_left_out', {
        severity: SEVERITY_OF_SLOT[slot] as Severity,
        personIds: report.personIds as readonly string[],
        params: {
          personName: report.personName as string,
          personId,
          count,
          shown: context.perPersonLimit,
          kind: kindOfSlot(slot),
          leftOutCode: PAIR_CODES[slot] as string,
          asOf: context.asOf,
        },
      }),
    );
  });
}
