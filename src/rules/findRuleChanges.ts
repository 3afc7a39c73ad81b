import type { Bilingual } from '../core/Bilingual.js';
import { assertIsoDate, type IsoDate } from '../core/IsoDate.js';
import type { Citation, Verification } from '../core/Citation.js';
import { indexRulebook } from './indexRulebook.js';
import type { Rule, RuleType, RuleVersion, Rulebook, Topic } from './Rule.js';
import { compareText } from '../core/compareText.js';

/**
 * How a rule changed on a date: a version `started` where none was in force the day before, the
 * version in force `ended` with none after it, or one version gave way to another (`changed`).
 *
 * @example
 * ```ts
 * const kind: RuleChangeKind = 'changed';
 * ```
 * @category Rulebook
 */
export type RuleChangeKind = 'started' | 'ended' | 'changed';

/**
 * What differs between two versions of a rule: the params, the strength, the citations (the main
 * one or the further ones), the verification of the basis, or only the wording around them (`note`,
 * `quote`, `sources`).
 *
 * @example
 * ```ts
 * const difference: RuleDifference = 'params';
 * ```
 * @category Rulebook
 */
export type RuleDifference = 'params' | 'strength' | 'citation' | 'verification' | 'wording';

/**
 * One change in the law: on `on` (the first day the new state holds) rule `ruleId` started, ended
 * or changed version, with the versions either side and the citation that carries the change.
 *
 * @example
 * ```ts
 * const change: RuleChange = findRuleChanges(defaultRulebook, { from: isoDate('2019-01-19'), to: isoDate('2019-01-20') })[0];
 * change.citation.instrumentId; //=> '14/2018/TT-BNV'
 * ```
 * @category Rulebook
 */
export interface RuleChange {
  /** The first day of the new state: the day a version starts, or the day after the last one ends. */
  readonly on: IsoDate;
  readonly kind: RuleChangeKind;
  readonly ruleId: string;
  readonly type: RuleType;
  readonly topic: Topic;
  readonly title: Bilingual;
  /** The version in force the day before `on` (absent when the rule `started`). */
  readonly before?: RuleVersion | undefined;
  /** The version in force on `on` (absent when the rule `ended`). */
  readonly after?: RuleVersion | undefined;
  /** What differs between `before` and `after`; empty unless the change is `changed`. */
  readonly differences: readonly RuleDifference[];
  /** The basis of the change: the citation of `after`, or of `before` when the rule ended. */
  readonly citation: Citation;
  /** The verification of that basis (the version's own, else its instrument's, else `unverified`). */
  readonly verification: Verification;
}

/**
 * Options of {@link findRuleChanges}: the window `(from, to]` and, optionally, one topic or type.
 *
 * @example
 * ```ts
 * const options: FindRuleChangesOptions = { from: isoDate('2025-01-01'), to: isoDate('2026-01-01'), topic: 'benefits' };
 * ```
 * @category Rulebook
 */
export interface FindRuleChangesOptions {
  /** The day the comparison starts from: a change on this day is not listed (it is already the law). */
  readonly from: IsoDate;
  /** The last day looked at: a change on this day is listed. */
  readonly to: IsoDate;
  readonly topic?: Topic;
  readonly type?: RuleType;
}

const sameCitation = (a: Citation, b: Citation): boolean =>
  a.instrumentId === b.instrumentId && a.article === b.article && a.clause === b.clause && a.point === b.point && a.section === b.section;

const sameCitations = (a: readonly Citation[] | undefined, b: readonly Citation[] | undefined): boolean => {
  const left = a ?? [];
  const right = b ?? [];
  return left.length === right.length && left.every((citation, index) => {
    const other = right[index];
    return other !== undefined && sameCitation(citation, other);
  });
};

/** Structural equality of plain JSON data (params), independent of key order. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameData(item, b[index]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  const otherKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  return keys.length === otherKeys.length && keys.every((key) => Object.hasOwn(right, key) && sameData(left[key], right[key]));
}

/** The version in force on the day before `day`: it starts before `day` and has not ended before it. */
const inForceTheDayBefore = (version: RuleVersion, day: IsoDate): boolean =>
  version.from < day && (version.to === undefined || day <= version.to);

const inForceOn = (version: RuleVersion, day: IsoDate): boolean => version.from <= day && (version.to === undefined || day < version.to);

/**
 * Lists what changed in the law between two dates: every rule version that started, ended or gave
 * way to another on a day in `(from, to]`, with the versions either side, what differs, and the
 * citation carrying the change. The law on `to` is the law on `from` with these changes applied.
 *
 * @param rulebook - The rulebook (e.g. `defaultRulebook`).
 * @param options - `from`, `to` (ISO dates, `from` ≤ `to`), and optionally a `topic` or a `type`.
 * @returns The changes by date, then in rulebook order; empty when nothing changed.
 * @throws {TypeError} When `from` or `to` is not an ISO date.
 * @throws {RangeError} When `to` is before `from`.
 * @example
 * ```ts
 * findRuleChanges(defaultRulebook, { from: isoDate('2019-01-19'), to: isoDate('2019-01-20') })
 *   .map((change) => [change.on, change.kind, change.ruleId]);
 * //=> [['2019-01-20', 'changed', 'merge.village-household-standard']]
 * ```
 * @see audit-2026-12.md E1: Thông tư 14/2018/TT-BNV takes effect on 2019-01-20.
 * @category Rulebook
 */
export function findRuleChanges(rulebook: Rulebook, options: FindRuleChangesOptions): RuleChange[] {
  if (typeof options !== 'object' || options === null) throw new TypeError('[tinh-gon] findRuleChanges needs options { from, to }');
  assertIsoDate(options.from, 'options.from');
  assertIsoDate(options.to, 'options.to');
  if (options.to < options.from) {
    throw new RangeError(`[tinh-gon] options.to (${options.to}) is before options.from (${options.from})`);
  }
  const { from, to } = options;
  const { instrumentsById } = indexRulebook(rulebook, 'findRuleChanges');
  const verificationOf = (version: RuleVersion): Verification =>
    version.verification ?? instrumentsById.get(version.citation.instrumentId)?.verification ?? 'unverified';
  const changes: RuleChange[] = [];
  for (const rule of rulebook.rules as readonly Rule[]) {
    if (options.topic !== undefined && rule.topic !== options.topic) continue;
    if (options.type !== undefined && rule.type !== options.type) continue;
    const versions = rule.versions as readonly RuleVersion[];
    const days = new Set<IsoDate>();
    for (const version of versions) {
      days.add(version.from);
      if (version.to !== undefined) days.add(version.to);
    }
    for (const day of days) {
      if (day <= from || day > to) continue;
      const before = versions.find((version) => inForceTheDayBefore(version, day));
      const after = versions.find((version) => inForceOn(version, day));
      if (before === after) continue;
      // `day` is a bound of some version, so when the two differ one of them is that version.
      const basis = (after ?? before) as RuleVersion;
      const differences: RuleDifference[] = [];
      if (before !== undefined && after !== undefined) {
        if (!sameData(before.params, after.params)) differences.push('params');
        if (before.strength !== after.strength) differences.push('strength');
        if (!sameCitation(before.citation, after.citation) || !sameCitations(before.alsoCites, after.alsoCites)) differences.push('citation');
        if (verificationOf(before) !== verificationOf(after)) differences.push('verification');
        if (differences.length === 0) differences.push('wording');
      }
      const kind: RuleChangeKind = before === undefined ? 'started' : after === undefined ? 'ended' : 'changed';
      changes.push({
        on: day,
        kind,
        ruleId: rule.id,
        type: rule.type,
        topic: rule.topic,
        title: rule.title,
        ...(before === undefined ? {} : { before }),
        ...(after === undefined ? {} : { after }),
        differences,
        citation: basis.citation,
        verification: verificationOf(basis),
      });
    }
  }
  // by date; the sort is stable, so the changes of one day keep the rulebook's order
  return changes.sort((a, b) => compareText(a.on, b.on));
}
