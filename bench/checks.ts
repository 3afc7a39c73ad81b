/**
 * Agreement checks: a baseline that does less work than the library must be caught, so every
 * baseline's answer is compared with the library's, on the measured input (its warm-up result) and
 * on a damaged copy that makes every check fire. A disagreement fails the run (exit code 1); a
 * missed goal never does.
 */
import type { Issue, Structure, Unit } from '../src/index.js';

/** Counts of items by a key. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

/** Differences between two count tables, as sentences (empty when equal). */
export function compareCounts(what: string, library: Readonly<Record<string, number>>, other: Readonly<Record<string, number>>, otherName: string): string[] {
  const keys = [...new Set([...Object.keys(library), ...Object.keys(other)])].sort();
  return keys
    .filter((key) => (library[key] ?? 0) !== (other[key] ?? 0))
    .map((key) => `${what}: ${key} library ${library[key] ?? 0}, ${otherName} ${other[key] ?? 0}`);
}

/** Deep equality of plain JSON-like data; a key whose value is `undefined` counts as absent. */
export function findDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return `${path || '(root)'}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array ≠ object`;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return `${path}: length ${a.length} ≠ ${other.length}`;
    for (let i = 0; i < a.length; i += 1) {
      const difference = findDifference(a[i], other[i], `${path}.${i}`);
      if (difference !== undefined) return difference;
    }
    return undefined;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x).filter((key) => x[key] !== undefined), ...Object.keys(y).filter((key) => y[key] !== undefined)]);
  for (const key of keys) {
    const difference = findDifference(x[key], y[key], `${path}.${key}`);
    if (difference !== undefined) return difference;
  }
  return undefined;
}

/** The set of paths (`units.3.from`) of a list of problems, sorted. */
export function pathSet(paths: readonly (readonly (string | number)[] | undefined)[]): string[] {
  return [...new Set(paths.map((path) => (path ?? []).join('.')))].sort();
}

/** Issues of the library by `code`. */
export function countCodes(issues: readonly Pick<Issue, 'code'>[]): Record<string, number> {
  return countBy(issues, (issue) => issue.code);
}

/** An order-independent fingerprint of concurrency issues: code, person, units (sorted), rule. */
export function roleIssueKeys(
  issues: readonly { readonly code: string; readonly personId?: string; readonly personIds?: readonly string[]; readonly unitIds?: readonly string[]; readonly ruleId?: string }[],
): Record<string, number> {
  return countBy(issues, (issue) =>
    [issue.code, issue.personId ?? issue.personIds?.[0] ?? '', [...(issue.unitIds ?? [])].sort().join(','), issue.ruleId ?? ''].join('|'),
  );
}

/** Differences between two fingerprint tables, at most a few named. */
export function compareKeys(what: string, library: Readonly<Record<string, number>>, other: Readonly<Record<string, number>>, otherName: string): string[] {
  const differences = compareCounts(what, library, other, otherName);
  return differences.length <= 5 ? differences : [...differences.slice(0, 5), `${what}: … ${differences.length - 5} more differences`];
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/**
 * A small copy of a structure (the first `size` units, people and posts) with one fault of every
 * kind `parseStructure` knows: a bad date, a negative count, an unknown kind, an unknown key, a
 * missing name, a wrong role, a non-string id, a fractional headcount, an unknown sex, a duplicate id.
 *
 * @param structure - A valid structure.
 * @param size - Records of each list to keep.
 * @returns Unknown input with faults at known places.
 */
export function damageForParse(structure: Structure, size = 3000): unknown {
  const units = clone(structure.units.slice(0, size)) as unknown as Record<string, unknown>[];
  const people = clone(structure.people.slice(0, size)) as unknown as Record<string, unknown>[];
  const assignments = clone(structure.assignments.slice(0, size)) as unknown as Record<string, unknown>[];
  const areaAt = units.findIndex((unit) => unit.kind === 'village');
  const organisationAt = units.findIndex((unit) => unit.staffing !== undefined);
  const set = (list: Record<string, unknown>[], position: number, change: (record: Record<string, unknown>) => void) => {
    const record = list[position];
    if (record !== undefined) change(record);
  };
  set(units, 1, (unit) => {
    unit.from = '2025-02-30';
  });
  set(units, areaAt, (unit) => {
    unit.households = -1;
  });
  set(units, 3, (unit) => {
    unit.kind = 'castle';
  });
  set(units, 4, (unit) => {
    unit.colour = 'red';
  });
  set(units, 5, (unit) => {
    unit.name = {};
  });
  set(units, 6, (unit) => {
    unit.id = 7;
  });
  set(units, organisationAt, (unit) => {
    unit.staffing = { quota: { cadre: 1.5 } };
  });
  set(units, 8, (unit) => {
    unit.to = '2025-7-1';
  });
  set(people, 2, (person) => {
    person.sex = 'x';
  });
  set(people, 3, (person) => {
    person.name = '';
  });
  set(assignments, 2, (assignment) => {
    assignment.role = 'king';
  });
  set(assignments, 3, (assignment) => {
    assignment.personId = 5;
  });
  set(assignments, 4, (assignment) => {
    assignment.extra = true;
  });
  return { units, people, assignments };
}

/**
 * A copy of a small valid structure with duplicate ids only (they pass the schema, then fail).
 *
 * @param structure - A valid structure.
 * @param size - Records of each list to keep.
 * @returns Unknown input whose only faults are duplicate ids.
 */
export function duplicateIdsForParse(structure: Structure, size = 3000): unknown {
  const units = clone(structure.units.slice(0, size));
  const people = clone(structure.people.slice(0, size));
  (units[10] as { id: string }).id = (units[9] as Unit).id;
  (people[10] as { id: string }).id = (people[9] as { id: string }).id;
  return { units, people, assignments: clone(structure.assignments.slice(0, size)) };
}

/**
 * A copy of a structure with faults every `validateStructure` check finds: unknown parent, area
 * and references of posts, an area reference to an organisation, reversed intervals, a parent
 * cycle, a kind not in force, parents of the wrong kind, an organisation outside its parent's area,
 * a parent not in force, a post outside its unit's validity and actual headcount above quota.
 *
 * @param structure - A valid post-2025 structure.
 * @returns The damaged copy.
 */
export function damageForValidate(structure: Structure): Structure {
  const units = clone(structure.units) as unknown as Record<string, unknown>[];
  const assignments = clone(structure.assignments) as unknown as Record<string, unknown>[];
  const find = (test: (unit: Record<string, unknown>) => boolean, skip = 0) => units.filter(test)[skip];
  const villages = units.filter((unit) => unit.kind === 'village');
  const cells = units.filter((unit) => unit.kind === 'party-cell');
  const communes = units.filter((unit) => unit.kind === 'commune');
  const staffed = units.filter((unit) => (unit.staffing as { quota?: unknown } | undefined)?.quota !== undefined);
  const province = find((unit) => unit.kind === 'province');
  const set = (unit: Record<string, unknown> | undefined, change: (unit: Record<string, unknown>) => void) => {
    if (unit !== undefined) change(unit);
  };
  set(villages[0], (unit) => {
    unit.parentId = 'nowhere';
  });
  set(cells[0], (unit) => {
    unit.areaId = 'nowhere';
  });
  set(cells[1], (unit) => {
    unit.areaId = cells[2]?.id;
  });
  set(villages[1], (unit) => {
    unit.to = '2020-01-01';
  });
  // a cycle of two villages
  set(villages[2], (unit) => {
    unit.parentId = villages[3]?.id;
  });
  set(villages[3], (unit) => {
    unit.parentId = villages[2]?.id;
  });
  // a district on 2025-07-01, under a province
  units.push({ id: 'bench-district', kind: 'district', name: { vi: 'Huyện thử' }, parentId: province?.id, from: '2025-07-01' });
  // a village directly under a province
  set(villages[4], (unit) => {
    unit.parentId = province?.id;
  });
  // a party cell under a people's committee
  set(cells[3], (unit) => {
    unit.parentId = find((candidate) => candidate.kind === 'peoples-committee')?.id;
  });
  // a party cell in another commune's village than its party committee
  set(cells[4], (unit) => {
    unit.areaId = villages.find((village) => village.parentId !== communes.find((commune) => `${commune.id}/pc` === unit.parentId)?.id && village.parentId !== undefined)?.id;
  });
  // a parent not in force
  set(villages[5], (unit) => {
    unit.parentId = 'bench-old-commune';
  });
  units.push({ id: 'bench-old-commune', kind: 'commune', name: { vi: 'Xã cũ' }, parentId: province?.id, from: '2025-07-01', to: '2025-07-01' });
  // headcount above quota
  set(staffed[0], (unit) => {
    const staffing = unit.staffing as { quota: Record<string, number>; actual?: Record<string, number> };
    const [category, quota] = Object.entries(staffing.quota)[0] ?? ['cadre', 1];
    staffing.actual = { ...staffing.actual, [category]: quota + 5 };
  });
  set(assignments[0], (assignment) => {
    assignment.personId = 'nobody';
  });
  set(assignments[1], (assignment) => {
    assignment.unitId = 'nothing';
  });
  set(assignments[2], (assignment) => {
    assignment.from = '2020-01-01';
  });
  set(assignments[3], (assignment) => {
    assignment.to = '2020-01-01';
  });
  return { units: units as unknown as Unit[], people: structure.people, assignments: assignments as unknown as Structure['assignments'] };
}

/**
 * A copy of a structure with concurrent posts every concurrency rule speaks of: forbidden pairs
 * (a council chair who is also a committee vice-chair; a deputy director heading a unit under the
 * same department), a provincial secretary over the cap of key posts, and a commune where nobody
 * holds the required combination.
 *
 * @param structure - A valid post-2025 structure.
 * @returns The copy with extra posts.
 */
export function damageForRoles(structure: Structure): Structure {
  const assignments = [...structure.assignments];
  const holder = (unitId: string, role: string) => assignments.find((post) => post.unitId === unitId && post.role === role)?.personId;
  const add = (personId: string | undefined, unitId: string, role: string) => {
    if (personId !== undefined) assignments.push({ personId, unitId, role, from: '2025-07-01' } as Structure['assignments'][number]);
  };
  const communes = structure.units.filter((unit) => unit.kind === 'commune').slice(0, 20);
  for (const commune of communes.slice(0, 10)) add(holder(`${commune.id}/hdnd`, 'chair'), `${commune.id}/ubnd`, 'viceChair');
  const provinces = structure.units.filter((unit) => unit.kind === 'province').slice(0, 5);
  for (const province of provinces) {
    const secretary = holder(`${province.id}/pc`, 'secretary');
    add(secretary, `${province.id}/ubnd`, 'chair');
    add(secretary, `${province.id}/mttq`, 'chair');
    const health = `${province.id}/ubnd/health`;
    add(holder(health, 'deputyDirector'), `${health}/bv0`, 'director');
  }
  // the required commune-committee combination broken: the chair's post moved to a new person
  const broken = new Set(communes.slice(10).map((commune) => `${commune.id}/ubnd`));
  return {
    units: structure.units,
    people: [...structure.people, { id: 'bench-chair', name: 'Người thử' }],
    assignments: assignments.map((post) => (broken.has(post.unitId) && post.role === 'chair' ? { ...post, personId: 'bench-chair' } : post)),
  };
}
