import { createIssue } from '../report/createIssue.js';

import type { Issue } from '../report/Issue.js';


import { overlaps } from '../core/Interval.js';
import { indexRulebook } from './indexRulebook.js';
import { type Rule, type Rulebook, ruleParamSchemas } from './Rule.js';
import { type Result, toResult } from '../report/Result.js';

/**
 * Checks a rulebook the way a compiler checks code: duplicated ids, rules without versions,
 * versions without a citation or citing an unknown instrument, versions that start before their
 * instrument takes effect, overlapping versions of one rule, reversed intervals, params that do
 * not fit their rule type, and instrument links to unknown instruments (a warning).
 *
 * @param rulebook - The rulebook to check.
 * @returns A report; every issue names the rule or instrument.
 * @example
 * ```ts
 * validateRulebook(defaultRulebook).ok; //=> true
 * ```
 * @category Rulebook
 */
export function validateRulebook(rulebook: Rulebook): Result<void> {
  const issues: Issue[] = [];
  const { instrumentsById } = indexRulebook(rulebook);
  const seenInstruments = new Set<string>();
  rulebook.instruments.forEach((instrument, index) => {
    const path = ['instruments', index];
    if (seenInstruments.has(instrument.id)) {
      issues.push(createIssue('rulebook_duplicate_instrument', { path, params: { instrumentId: instrument.id } }));
    }
    seenInstruments.add(instrument.id);
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
    const schema = ruleParamSchemas[rule.type];
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
        } else if (citationIndex === 0 && from < instrument.effective) {
          issues.push(
            createIssue('rulebook_version_before_instrument', {
              path,
              ruleId,
              params: { ruleId, from, instrumentId: instrument.id, effective: instrument.effective },
            }),
          );
        }
      });
      if (schema === undefined) {
        issues.push(
          createIssue('rulebook_invalid_params', {
            path,
            ruleId,
            params: { ruleId, from, path: 'type', detail: `unknown rule type ${String(rule.type)}` },
          }),
        );
      } else {
        const parsed = schema.safeParse(version.params);
        if (!parsed.success) {
          for (const problem of parsed.error.issues) {
            issues.push(
              createIssue('rulebook_invalid_params', {
                path: [...path, 'params', ...problem.path.map((key) => (typeof key === 'number' ? key : String(key)))],
                ruleId,
                params: { ruleId, from, path: problem.path.join('.') || '(params)', detail: problem.message },
              }),
            );
          }
        }
      }
    });
    const sorted = [...rule.versions].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
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
