import type { Assignment, Person, Structure, Unit } from '../../src/model/index.js';
import type { Rulebook } from '../../src/rules/index.js';
import { defaultRulebook, findRule } from '../../src/rules/index.js';
import { type IsoDate, isoDate } from '../../src/core/index.js';

/** Shorthand for `isoDate`. */
export const d = (value: string): IsoDate => isoDate(value);

/** Any rule id, for table-driven lookups (a `DefaultRuleId` literal is checked where it is written). */
export const anyRulebook: Rulebook = defaultRulebook;

/** The version of a rule in force on a date, or `undefined` when none is. */
export function versionOn(ruleId: string, asOf: string) {
  const found = findRule(anyRulebook, ruleId, d(asOf));
  return found.ok ? found.inForce : undefined;
}

/** A month before the two-level model, so that the day before a 2025-07-01 rule has the same people. */
const FROM = d('2025-06-01');

/**
 * A commune of the two-level model (province → commune) with its people's committee, Fatherland
 * Front, the five socio-political organisations and the public administration service centre.
 */
export function twoLevelCommune(assignments: readonly Assignment[]): Structure {
  const organisation = (id: string, kind: Unit['kind'], sector?: string): Unit =>
    ({ id, kind, name: { vi: id, en: id }, areaId: 'xa', from: FROM, ...(sector === undefined ? {} : { sector }) }) as Unit;
  const units: Unit[] = [
    { id: 'tinh', kind: 'province', name: { vi: 'Tỉnh', en: 'Province' }, code: '42', from: FROM },
    { id: 'xa', kind: 'commune', name: { vi: 'Xã A', en: 'A commune' }, parentId: 'tinh', from: FROM },
    organisation('xa.ubnd', 'peoples-committee'),
    organisation('xa.mttq', 'fatherland-front'),
    organisation('xa.phu-nu', 'womens-union'),
    organisation('xa.trung-tam', 'specialised-agency', 'public-administration-service'),
  ];
  const people: Person[] = [...new Set(assignments.map((assignment) => assignment.personId))].map((id) => ({ id, name: `Person ${id}` }));
  return { units, people, assignments: [...assignments] };
}

/** An assignment from 2025-06-01. */
export function hold(personId: string, unitId: string, role: Assignment['role']): Assignment {
  return { personId, unitId, role, from: FROM };
}

/** The params of the version in force on a date; throws when none is (a test's own mistake). */
export function paramsOn<P>(ruleId: string, asOf: string): P {
  const inForce = versionOn(ruleId, asOf);
  if (inForce === undefined) throw new Error(`no version of ${ruleId} on ${asOf}`);
  return inForce.version.params as P;
}
