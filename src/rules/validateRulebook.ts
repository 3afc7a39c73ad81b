import type { Bilingual } from '../core/Bilingual.js';
import { assertObject, assertOptions } from '../core/assertOptions.js';
import { createIssue } from '../report/createIssue.js';
import { type SchemaProblem, describeExpected, describeReceived, describeValue, formatIssuePath, listValues } from '../report/describeSchemaIssue.js';
import type { Issue } from '../report/Issue.js';
import { type Result, toResult } from '../report/Result.js';
import { overlaps } from '../core/Interval.js';
import type { Instrument, Rule, Rulebook, RuleVersion } from './Rule.js';
import { assertRulebook } from './assertRulebook.js';
import { indexRulebook } from './indexRulebook.js';
import { RULE_TYPES } from './ruleTypes.js';
import { compareText } from '../core/compareText.js';

const KNOWN_TYPES: ReadonlySet<string> = new Set(RULE_TYPES);

/** What a params problem expected and received, in each language (zod issues are plain data). */
function describeProblem(problem: { readonly path: readonly PropertyKey[]; readonly message: string }): Bilingual {
  const schemaProblem = problem as unknown as SchemaProblem;
  const expected = describeExpected(schemaProblem);
  if (!('input' in schemaProblem) && !('code' in schemaProblem)) return { vi: expected.vi, en: problem.message };
  const received = describeReceived(schemaProblem);
  return { vi: `cần ${expected.vi}, nhận được ${received.vi}`, en: `expected ${expected.en}, received ${received.en}` };
}

function unknownTypeDetail(type: unknown, known: readonly string[]): Bilingual {
  const allowed = listValues(known);
  const received = describeValue(type);
  return { vi: `loại quy định không xác định ${received.vi}; cần ${allowed.vi}`, en: `unknown rule type ${received.en}; expected ${allowed.en}` };
}

/**
 * A schema that checks one rule type's params: anything with zod's `safeParse` (the schemas of
 * `ruleParamSchemas` are).
 *
 * @example
 * ```ts
 * const schema: ParamSchema = ruleParamSchemas['grace-period'];
 * ```
 * @category Rulebook
 */
export interface ParamSchema {
  /** Checks a value without throwing: `success`, or the problems with their paths. */
  safeParse(
    value: unknown,
    params?: { readonly reportInput?: boolean },
  ):
    | { readonly success: true }
    | { readonly success: false; readonly error: { readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] } };
}

/**
 * Options of {@link validateRulebook}.
 *
 * @example
 * ```ts
 * const options: ValidateRulebookOptions = { paramSchemas: ruleParamSchemas };
 * ```
 * @category Rulebook
 */
export interface ValidateRulebookOptions {
  /**
   * The params schema of each rule type, to check params too (an unknown type, a wrong shape).
   * The rulebook module loads no zod by itself: pass `ruleParamSchemas` (from the schemas) to
   * check a rulebook built in code; `parseRulebookAdditions` checks params of input it reads.
   */
  readonly paramSchemas?: Readonly<Record<string, ParamSchema>>;
}

function hasSource(instrument: Instrument): boolean {
  return instrument.url !== undefined || (instrument.sources ?? []).length > 0;
}

function versionHasSource(version: RuleVersion, instrument: Instrument): boolean {
  return (version.sources ?? []).length > 0 || version.quote !== undefined || hasSource(instrument);
}

/** A link between instruments as the message says it (the params keep the field's name). */
function linkWords(link: string): Bilingual {
  switch (link) {
    case 'amends':
      return { vi: 'sửa đổi', en: 'amends' };
    case 'replaces':
      return { vi: 'thay thế', en: 'replaces' };
    default:
      return { vi: 'bị bãi bỏ bởi', en: 'is repealed by' };
  }
}

/**
 * Checks a rulebook the way a compiler checks code: duplicated ids, rules without versions,
 * versions without a citation or citing an unknown instrument, versions that start before their
 * instrument takes effect, overlapping versions of one rule, reversed intervals, an instrument or
 * version said to be read in a `secondary` source that names none, params that do not fit their
 * rule type (with `paramSchemas`), and instrument links to unknown instruments (a warning).
 *
 * @param rulebook - The rulebook to check.
 * @param options - `paramSchemas` to check each version's params against its rule type.
 * @returns A report; every issue names the rule or instrument.
 * @throws {TypeError} When `rulebook` is not a rulebook (`{ instruments, rules }`), or `options`
 *   or `options.paramSchemas` is not an object.
 * @example
 * ```ts
 * validateRulebook(defaultRulebook).ok; //=> true
 * validateRulebook(defaultRulebook, { paramSchemas: ruleParamSchemas }).ok; //=> true
 * ```
 * @category Rulebook
 */
export function validateRulebook(rulebook: Rulebook, options: ValidateRulebookOptions = {}): Result<void> {
  assertRulebook(rulebook, 'validateRulebook: rulebook');
  assertOptions(options, 'validateRulebook');
  if (options.paramSchemas !== undefined) assertObject(options.paramSchemas, 'validateRulebook: options.paramSchemas');
  const issues: Issue[] = [];
  const { instrumentsById } = indexRulebook(rulebook, 'validateRulebook');
  const seenInstruments = new Set<string>();
  rulebook.instruments.forEach((instrument, index) => {
    const path = ['instruments', index];
    if (seenInstruments.has(instrument.id)) {
      issues.push(createIssue('rulebook_duplicate_instrument', { path, params: { instrumentId: instrument.id } }));
    }
    seenInstruments.add(instrument.id);
    if (instrument.verification === 'secondary' && !hasSource(instrument)) {
      issues.push(createIssue('rulebook_instrument_without_source', { path, params: { instrumentId: instrument.id } }));
    }
    if (instrument.effective < instrument.issued) {
      issues.push(
        createIssue('rulebook_instrument_dates', {
          path,
          params: { instrumentId: instrument.id, issued: instrument.issued, effective: instrument.effective },
        }),
      );
    }
    const links: [string, readonly string[]][] = [
      ['amends', instrument.amends ?? []],
      ['replaces', instrument.replaces ?? []],
      ['repealedBy', instrument.repealedBy === undefined ? [] : [instrument.repealedBy]],
    ];
    for (const [link, targets] of links) {
      for (const targetId of targets) {
        if (!instrumentsById.has(targetId)) {
          issues.push(
            createIssue('rulebook_unknown_instrument_link', {
              path: [...path, link],
              params: { instrumentId: instrument.id, targetId, link },
              labels: { link: linkWords(link) },
            }),
          );
        }
      }
    }
  });

  const seenRules = new Set<string>();
  (rulebook.rules as readonly Rule[]).forEach((rule, ruleIndex) => {
    const rulePath = ['rules', ruleIndex];
    const ruleId = rule.id;
    if (seenRules.has(ruleId)) {
      issues.push(createIssue('rulebook_duplicate_rule', { path: rulePath, ruleId, params: { ruleId } }));
    }
    seenRules.add(ruleId);
    if (rule.versions.length === 0) {
      issues.push(createIssue('rulebook_no_versions', { path: rulePath, ruleId, params: { ruleId } }));
    }
    const { paramSchemas } = options;
    const schema = paramSchemas === undefined ? undefined : paramSchemas[rule.type];
    rule.versions.forEach((version, versionIndex) => {
      const path = [...rulePath, 'versions', versionIndex];
      const from = version.from;
      if (version.to !== undefined && version.to <= version.from) {
        issues.push(
          createIssue('interval_reversed', {
            path,
            ruleId,
            params: { ownerId: `${ruleId}@${from}`, from, to: version.to },
          }),
        );
      }
      const citations = [version.citation, ...(version.alsoCites ?? [])];
      citations.forEach((citation, citationIndex) => {
        const citationPath = citationIndex === 0 ? [...path, 'citation'] : [...path, 'alsoCites', citationIndex - 1];
        if (citation === undefined || typeof citation.instrumentId !== 'string' || citation.instrumentId === '') {
          issues.push(createIssue('rulebook_missing_citation', { path: citationPath, ruleId, params: { ruleId, from } }));
          return;
        }
        const instrument = instrumentsById.get(citation.instrumentId);
        if (instrument === undefined) {
          issues.push(
            createIssue('rulebook_unknown_instrument', {
              path: citationPath,
              ruleId,
              params: { ruleId, from, instrumentId: citation.instrumentId },
            }),
          );
        } else if (citationIndex === 0) {
          if (from < instrument.effective) {
            issues.push(
              createIssue('rulebook_version_before_instrument', {
                path,
                ruleId,
                params: { ruleId, from, instrumentId: instrument.id, effective: instrument.effective },
              }),
            );
          }
          if ((version.verification ?? instrument.verification) === 'secondary' && !versionHasSource(version, instrument)) {
            issues.push(createIssue('rulebook_version_without_source', { path, ruleId, params: { ruleId, from, instrumentId: instrument.id } }));
          }
        }
      });
      if (!KNOWN_TYPES.has(rule.type) || (paramSchemas !== undefined && schema === undefined)) {
        issues.push(
          createIssue('rulebook_invalid_params', {
            path,
            ruleId,
            params: { ruleId, from, path: 'type', detail: `unknown rule type ${String(rule.type)}` },
            labels: { field: 'type', detail: unknownTypeDetail(rule.type, paramSchemas === undefined ? RULE_TYPES : Object.keys(paramSchemas)) },
          }),
        );
      } else if (schema !== undefined) {
        const parsed = schema.safeParse(version.params, { reportInput: true });
        if (!parsed.success) {
          for (const problem of parsed.error.issues) {
            issues.push(
              createIssue('rulebook_invalid_params', {
                path: [...path, 'params', ...problem.path.map((key) => (typeof key === 'number' ? key : String(key)))],
                ruleId,
                params: { ruleId, from, path: problem.path.join('.') || '(params)', detail: problem.message },
                labels: { field: formatIssuePath(['params', ...problem.path]), detail: describeProblem(problem) },
              }),
            );
          }
        }
      }
    });
    const sorted = [...rule.versions].sort((a, b) => compareText(a.from, b.from));
    for (let i = 1; i < sorted.length; i += 1) {
      const previous = sorted[i - 1];
      const current = sorted[i];
      if (previous !== undefined && current !== undefined && overlaps(previous, current)) {
        issues.push(
          createIssue('rulebook_overlapping_versions', {
            path: rulePath,
            ruleId,
            params: { ruleId, firstFrom: previous.from, secondFrom: current.from },
          }),
        );
      }
    }
  });
  return toResult(issues);
}
