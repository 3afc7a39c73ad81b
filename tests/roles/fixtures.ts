import type { Assignment, Person, Structure, Unit } from '../../src/model/index.js';
import type { Rule } from '../../src/rules/index.js';
import { type IsoDate, isoDate } from '../../src/core/index.js';

/** A small four-level structure with every kind of body the role rules speak of. */
export const FROM = isoDate('2015-01-01');

type OrganisationSpec = readonly [kind: Unit['kind'], sector?: string];

const ORGANISATIONS: Record<string, readonly OrganisationSpec[]> = {
  p: [
    ['party-committee'],
    ['peoples-council'],
    ['peoples-committee'],
    ['fatherland-front'],
    ['mass-mobilisation-board'],
    ['organisation-board'],
    ['inspection-commission'],
    ['inspectorate'],
    ['specialised-agency', 'home-affairs'],
  ],
  d: [
    ['party-committee'],
    ['peoples-council'],
    ['peoples-committee'],
    ['fatherland-front'],
    ['mass-mobilisation-board'],
    ['propaganda-board'],
    ['organisation-board'],
    ['inspection-commission'],
    ['inspectorate'],
    ['specialised-agency', 'home-affairs'],
    ['public-service-unit', 'political-training'],
  ],
  c: [['party-committee'], ['peoples-council'], ['peoples-committee'], ['fatherland-front']],
  v: [['party-cell'], ['front-work-committee']],
};

/** Id of the body of a kind serving an area, e.g. `unitId('c', 'peoples-council')` → `c.peoples-council`. */
export function unitId(areaId: string, kind: Unit['kind'], sector?: string): string {
  return sector === undefined ? `${areaId}.${kind}` : `${areaId}.${kind}.${sector}`;
}

/** The fixture's units: province p, district d, commune c, village v, each with its bodies. */
export function fixtureUnits(prefix = ''): Unit[] {
  const id = (raw: string) => `${prefix}${raw}`;
  const units: Unit[] = [
    { id: id('p'), kind: 'province', name: { vi: 'Tỉnh P', en: 'P province' }, from: FROM },
    { id: id('d'), kind: 'district', name: { vi: 'Huyện D', en: 'D district' }, parentId: id('p'), from: FROM },
    { id: id('c'), kind: 'commune', name: { vi: 'Xã C', en: 'C commune' }, parentId: id('d'), from: FROM },
    { id: id('v'), kind: 'village', name: { vi: 'Thôn V', en: 'V village' }, parentId: id('c'), from: FROM },
  ];
  for (const [areaId, specs] of Object.entries(ORGANISATIONS)) {
    for (const [kind, sector] of specs) {
      const unit = {
        id: unitId(id(areaId), kind, sector),
        kind,
        name: { vi: `${kind} ${areaId}`, en: `${kind} of ${areaId}` },
        areaId: id(areaId),
        from: FROM,
        ...(sector === undefined ? {} : { sector }),
      } as Unit;
      units.push(unit);
    }
  }
  return units;
}

/** An assignment from `from` (default 2015-01-01) to `to`. */
export function hold(personId: string, unit: string, role: Assignment['role'], from: string = FROM, to?: string): Assignment {
  return { personId, unitId: unit, role, from: isoDate(from), ...(to === undefined ? {} : { to: isoDate(to) }) };
}

/** A structure of the fixture's units with these assignments (people named after their ids). */
export function fixture(assignments: readonly Assignment[], prefix = ''): Structure {
  const people: Person[] = [...new Set(assignments.map((assignment) => assignment.personId))].map((id) => ({
    id,
    name: `Person ${id}`,
  }));
  return { units: fixtureUnits(prefix), people, assignments: [...assignments] };
}

/** Shorthand for `isoDate`. */
export const d = (value: string): IsoDate => isoDate(value);

/**
 * A caller's rule: the commune party secretary chairs the commune people's committee, with its own
 * target of more than 50% of communes (from 2019-01-01).
 */
export const secretaryChairsCommitteeWithTarget = (strength: 'pilot' | 'required'): Rule => ({
  id: 'local.secretary-chairs-committee-target',
  type: 'role-combination',
  topic: 'roles',
  title: { vi: 'Bí thư là chủ tịch UBND xã', en: "The secretary chairs the commune people's committee" },
  versions: [
    {
      from: d('2019-01-01'),
      strength,
      params: {
        posts: [
          { roles: ['secretary'], unitKinds: ['party-committee'] },
          { roles: ['chair'], unitKinds: ['peoples-committee'] },
        ],
        sameArea: true,
        levels: ['commune'],
        target: { comparison: 'more-than', basisPoints: 5000 },
      },
      citation: { instrumentId: '18-NQ/TW', section: 'III.2' },
    },
  ],
});
