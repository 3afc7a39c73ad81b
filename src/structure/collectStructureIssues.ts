import type { IsoDate } from '../core/IsoDate.js';
import type { Structure } from '../model/Structure.js';
import { type IssueCollector, createIssueCollector } from '../report/createIssueCollector.js';
import type { Issue } from '../report/Issue.js';
import { findRule } from '../rules/findRule.js';
import type { Rulebook } from '../rules/Rule.js';
import { type HierarchyInForce, createStructureCheckContext } from './StructureCheckContext.js';
import { namingCollector } from './unitNames.js';
import { STRUCTURE_CHECKS } from './structureChecks.js';

const HIERARCHY_RULE = 'structure.area-hierarchy';

/**
 * Runs every structure check on a date under a rulebook into a collector: the body of
 * `validateStructure` once its arguments are checked. The units named in the params of the first
 * `namedLimit` issues are shown by name and id in their messages (none by default: a comparison
 * of issues reads their params, not their words).
 * @internal
 */
export function runStructureChecks(structure: Structure, asOf: IsoDate, rulebook: Rulebook, issues: IssueCollector, namedLimit = 0): void {
  const lookup = findRule(rulebook, HIERARCHY_RULE, asOf, { type: 'area-hierarchy' });
  let hierarchy: HierarchyInForce | undefined;
  if (lookup.ok) {
    const { version, verification } = lookup.inForce;
    hierarchy = { parents: version.params.parents, basis: { ruleId: HIERARCHY_RULE, citation: version.citation, verification } };
  } else issues.push(lookup.issue);
  // the units of the first issues are named by their names, read from the context's index (the
  // checks add issues only once the context is made)
  const collector = namingCollector(issues, namedLimit, (id) => context.index.unitsById.get(id)?.name);
  const context = createStructureCheckContext(structure, asOf, rulebook, hierarchy, collector);
  for (const check of STRUCTURE_CHECKS) check.run(context);
}

/**
 * Every issue the structure checks find, uncapped, under a rulebook given explicitly: what
 * `validatePlan`'s check of the result compares (it must see every issue of the input and of the
 * result, and it has its own rulebook, so it loads neither `defaultRulebook` nor the roles and
 * staffing rules). Linear in the size of the structure. The units of the first `namedLimit` issues
 * are named in their messages (none by default: the comparison reads params).
 * @internal
 */
export function collectStructureIssues(structure: Structure, asOf: IsoDate, rulebook: Rulebook, namedLimit = 0): readonly Issue[] {
  const issues = createIssueCollector({ limit: Number.MAX_SAFE_INTEGER });
  runStructureChecks(structure, asOf, rulebook, issues, namedLimit);
  return issues.issues();
}
