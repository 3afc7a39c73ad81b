import { describeArgument } from '../core/assertOptions.js';
import { isInForce, within } from '../core/Interval.js';
import { assertIsoDate, type IsoDate } from '../core/IsoDate.js';
import { indexStructure } from '../model/indexStructure.js';
import { postName, ROLE_LIST, type Role } from '../model/roles.js';
import type { Assignment, Person, Structure } from '../model/Structure.js';
import { createIssue } from '../report/createIssue.js';
import { type Result, toResult } from '../report/Result.js';
import { defaultRulebook } from '../rules/defaultRulebook.js';
import type { Rulebook } from '../rules/Rule.js';
import { assertLimit, assertOptions, assertRulebook, assertStructure } from './assertRolesInput.js';
import { checkCaps } from './checkCaps.js';
import { checkPersonCombinations } from './checkPersonCombinations.js';
import { checkRequiredInArea } from './checkRequiredInArea.js';
import { describePost, getPersonName } from './describePost.js';
import { findHeldPosts, resolvePost } from './HeldPost.js';
import { createIssueSink } from './IssueSink.js';
import { createRolesContext } from './RolesContext.js';
import { sortIssues } from './sortIssues.js';

/**
 * An appointment not yet made: who, to which post, from when (and until when, if known).
 *
 * @example
 * ```ts
 * const proposed: ProposedAppointment = {
 *   personId: 'cam-tay.secretary', unitId: 'cam-tay.council', role: 'chair', from: isoDate('2020-08-01'),
 * };
 * ```
 * @category Concurrent roles
 */
export interface ProposedAppointment {
  readonly personId: string;
  readonly unitId: string;
  readonly role: Role;
  /** The day the post would begin; the check is made for that day. */
  readonly from: IsoDate;
  readonly to?: IsoDate;
  /** A name for a person the structure does not list yet. */
  readonly personName?: string;
}

/**
 * Options of {@link checkAppointment}.
 *
 * @example
 * ```ts
 * const options: CheckAppointmentOptions = { rulebook: defaultRulebook };
 * ```
 * @category Concurrent roles
 */
export interface CheckAppointmentOptions {
  /** Defaults to `defaultRulebook`. */
  readonly rulebook?: Rulebook;
  /**
   * At most this many issues of one code about the person's combinations (default 20); the rest
   * are counted in one `role_combinations_left_out` issue, as in {@link checkConcurrentRoles}.
   */
  readonly perPersonLimit?: number;
}

/**
 * Roles one person holds at a time in a unit: appointing someone else ends the holder's post.
 * @internal
 */
export const SINGLE_HOLDER_ROLES: readonly Role[] = [
  'secretary',
  'standingDeputySecretary',
  'chair',
  'standingViceChair',
  'head',
  'director',
  'villageHead',
  'frontCommitteeHead',
];

function assertProposed(proposed: ProposedAppointment): void {
  if (proposed === null || typeof proposed !== 'object') {
    throw new TypeError('[tinh-gon] proposed must be an object { personId, unitId, role, from }');
  }
  for (const field of ['personId', 'unitId'] as const) {
    if (typeof proposed[field] !== 'string' || proposed[field] === '') {
      throw new TypeError(`[tinh-gon] proposed.${field} must be a non-empty string`);
    }
  }
  if (!ROLE_LIST.includes(proposed.role)) {
    throw new TypeError(`[tinh-gon] proposed.role must be a role of ROLES, received ${describeArgument(proposed.role)}`);
  }
  assertIsoDate(proposed.from, 'proposed.from');
  if (proposed.to !== undefined) {
    assertIsoDate(proposed.to, 'proposed.to');
    if (proposed.to <= proposed.from) {
      throw new RangeError(`[tinh-gon] proposed.to (${proposed.to}) must be after proposed.from (${proposed.from})`);
    }
  }
}

/**
 * Answers, before an appointment is made, what it would do on its first day: which combinations
 * the person would then hold (each matched against the rules like {@link checkConcurrentRoles}:
 * forbidden → error, a rule's strength → info, no rule → warning), whether it would take the
 * person over a cap on key posts, whose post it would end (`appointment_ends_post`: a chair,
 * secretary, head… is held by one person at a time) and which required combination it would break
 * in the unit's area (`role_combination_missing`, only when it held before). The structure is not
 * changed.
 *
 * @param structure - A parsed structure.
 * @param proposed - The appointment: person, unit, role, `from` (and `to`).
 * @param options - The rulebook (default `defaultRulebook`) and `perPersonLimit`.
 * @returns A `Result<void>` about the appointment: not `ok` when it would make a forbidden
 *   combination or exceed a cap.
 * @throws {TypeError} When `structure` is not a structure, `options` not an object, `rulebook`
 *   not a rulebook, or `proposed` lacks a person, unit, known role or ISO `from`.
 * @throws {RangeError} When `proposed.to` is not after `proposed.from`, or `perPersonLimit` is not
 *   a non-negative integer.
 * @example
 * ```ts
 * // the secretary of Cẩm Tây already chairs its people's committee; chairing the council too:
 * const report = checkAppointment(camPhaCity2020, {
 *   personId: 'cam-tay.secretary', unitId: 'cam-tay.council', role: 'chair', from: isoDate('2020-08-01'),
 * });
 * report.ok; //=> false
 * report.issues.map((issue) => issue.code);
 * //=> ['role_combination_forbidden', 'appointment_ends_post', 'role_combination_encouraged']
 * ```
 * @category Concurrent roles
 */
export function checkAppointment(
  structure: Structure,
  proposed: ProposedAppointment,
  options: CheckAppointmentOptions = {},
): Result<void> {
  assertStructure(structure);
  assertProposed(proposed);
  assertOptions(options);
  const { rulebook = defaultRulebook, perPersonLimit } = options;
  assertRulebook(rulebook);
  if (perPersonLimit !== undefined) assertLimit(perPersonLimit, 'options.perPersonLimit');
  const { personId, unitId, role, from: asOf } = proposed;
  const index = indexStructure(structure);
  const unit = index.unitsById.get(unitId);
  const newAssignment: Assignment = {
    personId,
    unitId,
    role,
    from: asOf,
    ...(proposed.to === undefined ? {} : { to: proposed.to }),
  };
  if (unit === undefined) {
    return toResult([
      createIssue('unknown_reference', {
        path: ['proposed', 'unitId'],
        personIds: [personId],
        params: { field: 'unitId', ownerId: personId, targetId: unitId },
      }),
    ]);
  }
  // An open-ended appointment ends with its unit; a dated one must fit inside it.
  if (!isInForce(unit, asOf) || (proposed.to !== undefined && !within(unit, newAssignment))) {
    return toResult([
      createIssue('assignment_outside_unit', {
        path: ['proposed'],
        unitIds: [unitId],
        personIds: [personId],
        params: {
          personId,
          role,
          unitId,
          from: asOf,
          to: proposed.to ?? '…',
          unitFrom: unit.from,
          unitTo: unit.to ?? '…',
        },
        labels: { post: postName(role, unit.name) },
      }),
    ]);
  }
  const contextOptions = perPersonLimit === undefined ? {} : { perPersonLimit };
  const before = createRolesContext(structure, rulebook, asOf, contextOptions);
  const personName = index.peopleById.get(personId)?.name ?? proposed.personName ?? personId;
  const current = (index.assignmentsByUnitId.get(unitId) ?? []).filter((assignment) => isInForce(assignment, asOf));
  const post = resolvePost(index, newAssignment);
  const label = post === undefined ? { vi: `${role} ${unitId}`, en: `${role} of ${unitId}` } : describePost(post);
  if (current.some((assignment) => assignment.personId === personId && assignment.role === role)) {
    return toResult([
      createIssue('appointment_already_held', {
        unitIds: [unitId],
        personIds: [personId],
        params: { personName, personId, postA: label, from: asOf },
      }),
    ]);
  }
  const sink = createIssueSink();
  const ended = SINGLE_HOLDER_ROLES.includes(role)
    ? current.filter((assignment) => assignment.role === role && assignment.personId !== personId)
    : [];
  for (const assignment of ended) {
    sink.add(
      createIssue('appointment_ends_post', {
        unitIds: [unitId],
        personIds: [personId, assignment.personId],
        params: {
          personName,
          personId,
          postA: label,
          from: asOf,
          otherName: getPersonName(before, assignment.personId),
          otherId: assignment.personId,
        },
      }),
    );
  }
  const endedSet = new Set<Assignment>(ended);
  const people: Person[] = index.peopleById.has(personId)
    ? structure.people
    : [...structure.people, { id: personId, name: personName }];
  const after: Structure = {
    units: structure.units,
    people,
    assignments: [
      ...structure.assignments.map((assignment) => (endedSet.has(assignment) ? { ...assignment, to: asOf } : assignment)),
      newAssignment,
    ],
  };
  const context = createRolesContext(after, rulebook, asOf, contextOptions);
  // the person holds at least the new assignment
  const posts = findHeldPosts(context.index, asOf, context.index.assignmentsByPersonId.get(personId)!);
  const newPost = posts.find((candidate) => candidate.assignment === newAssignment);
  if (newPost !== undefined) {
    const signatures = posts.map((post) => context.signatures.signatureOf(post));
    checkPersonCombinations(context, sink, personId, posts, signatures, newPost);
    checkCaps(context, sink, personId, posts, signatures);
    // a required combination is asked only of an area in force (not of one a dangling body outlives)
    for (const inForce of isInForce(newPost.area, asOf) ? context.combinations : []) {
      if (inForce.version.strength !== 'required') continue;
      if (checkRequiredInArea(before, inForce, newPost.area) !== undefined) continue;
      const missing = checkRequiredInArea(context, inForce, newPost.area);
      if (missing !== undefined) sink.add(missing);
    }
  }
  return toResult(sortIssues(sink.issues()));
}
