import type { Bilingual } from '../core/Bilingual.js';
import type { UnitName } from '../model/Structure.js';
import type { IssueCollector } from '../report/createIssueCollector.js';
import type { CreateIssueOptions } from '../report/createIssue.js';
import type { IssueParamValue } from '../report/Issue.js';
import { unitLabel } from './labels.js';

/** The params of a structure issue that hold the id of one unit. @internal */
export const STRUCTURE_UNIT_PARAMS = ['unitId', 'parentId', 'areaId', 'parentAreaId'] as const;

/**
 * The labels that show, in a message, each unit whose id a param in `keys` holds by its name and
 * id (`Xã Cộng Hòa (x-ch)`), for the units `nameOf` knows. `unitId` is left as it is when the issue
 * names the unit itself (`unitName`), and a key the issue labels itself (`own`) is never replaced.
 * `undefined` when there is nothing to label, so that the issue keeps no labels at all.
 * @internal
 */
export function unitNameLabels(
  params: Readonly<Record<string, IssueParamValue>>,
  keys: readonly string[],
  nameOf: (id: string) => UnitName | undefined,
  own: Readonly<Record<string, IssueParamValue>> = {},
): Record<string, Bilingual> | undefined {
  let labels: Record<string, Bilingual> | undefined;
  for (const key of keys) {
    const id = params[key];
    if (typeof id !== 'string' || Object.hasOwn(own, key) || (key === 'unitId' && params.unitName !== undefined)) continue;
    const name = nameOf(id);
    if (name === undefined) continue;
    labels ??= {};
    labels[key] = unitLabel(id, name);
  }
  return labels;
}

/**
 * A collector that passes every issue on to `inner`, the first `limit` of them with the units their
 * params name shown by name (see {@link unitNameLabels}). Past `limit` the issues pass unlabelled:
 * a capped report leaves them out, and its work stays one lookup per id for what it keeps.
 * @internal
 */
export function namingCollector(inner: IssueCollector, limit: number, nameOf: (id: string) => UnitName | undefined): IssueCollector {
  let added = 0;
  return {
    add(code, options?: CreateIssueOptions) {
      added += 1;
      if (added > limit || options?.params === undefined) {
        inner.add(code, options);
        return;
      }
      const labels = unitNameLabels(options.params, STRUCTURE_UNIT_PARAMS, nameOf, options.labels);
      inner.add(code, labels === undefined ? options : { ...options, labels: { ...labels, ...options.labels } });
    },
    push: (issue) => inner.push(issue),
    hasErrors: () => inner.hasErrors(),
    issues: () => inner.issues(),
    toResult: ((value?: unknown) => inner.toResult(value)) as IssueCollector['toResult'],
  };
}
