import type { Issue } from '../report/Issue.js';
import { compareText } from '../core/compareText.js';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

function issueKey(issue: Issue): string {
  return [
    SEVERITY_RANK[issue.severity],
    issue.code,
    (issue.personIds ?? []).join(','),
    (issue.unitIds ?? []).join(','),
    issue.ruleId ?? '',
    issue.message.en,
  ].join('\u0000');
}

/**
 * Sorts issues into a canonical order (severity, code, people, units, rule, message), so that a
 * report does not depend on the order of the input. For the few issues of one appointment; the
 * structure-wide check orders its issues as it finds them instead.
 * @internal
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const keyed = issues.map((issue) => ({ issue, key: issueKey(issue) }));
  keyed.sort((a, b) => compareText(a.key, b.key));
  return keyed.map(({ issue }) => issue);
}
