import type { Issue, Severity } from '../report/Issue.js';

/**
 * Where the checks put their issues: one list per severity, so the report comes out errors first,
 * then warnings, then infos, each in the order found, without sorting by string keys.
 * @internal
 */
export interface IssueSink {
  add(issue: Issue): void;
  /** Errors, then warnings, then infos. */
  issues(): Issue[];
}

/**
 * An empty {@link IssueSink}.
 * @internal
 */
export function createIssueSink(): IssueSink {
  const bySeverity: Record<Severity, Issue[]> = { error: [], warning: [], info: [] };
  return {
    add(issue) {
      bySeverity[issue.severity].push(issue);
    },
    issues() {
      return [...bySeverity.error, ...bySeverity.warning, ...bySeverity.info];
    },
  };
}
