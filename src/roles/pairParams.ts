import type { Bilingual } from '../core/Bilingual.js';
import type { IssueParamValue } from '../report/Issue.js';
import type { RuleInForce } from '../rules/findRule.js';
import { describePost } from './describePost.js';
import type { HeldPost } from './HeldPost.js';

/** What a post's label is written from: the assignment (its role) and the unit (its name). */
type Post = Pick<HeldPost, 'assignment' | 'unit'>;

/** Where the params keep the two posts (hidden: not enumerable). */
const ASSIGNMENT_A = Symbol('tinh-gon.pair.assignmentA');
const UNIT_A = Symbol('tinh-gon.pair.unitA');
const ASSIGNMENT_B = Symbol('tinh-gon.pair.assignmentB');
const UNIT_B = Symbol('tinh-gon.pair.unitB');

interface Hidden {
  readonly [ASSIGNMENT_A]: Post['assignment'];
  readonly [UNIT_A]: Post['unit'];
  readonly [ASSIGNMENT_B]: Post['assignment'];
  readonly [UNIT_B]: Post['unit'];
}

/**
 * The descriptor of one post label: written on read from the hidden assignment and unit; a label
 * assigned in its place is kept as given, as on a plain object. One getter per key, shared by every
 * params object, so that they share one hidden class.
 */
function labelDescriptor(key: 'postA' | 'postB', assignment: typeof ASSIGNMENT_A | typeof ASSIGNMENT_B, unit: typeof UNIT_A | typeof UNIT_B): PropertyDescriptor {
  return {
    get(this: Hidden): Bilingual {
      return describePost({ assignment: this[assignment], unit: this[unit] });
    },
    set(this: object, value: Bilingual): void {
      Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  };
}

const POST_A = labelDescriptor('postA', ASSIGNMENT_A, UNIT_A);
const POST_B = labelDescriptor('postB', ASSIGNMENT_B, UNIT_B);

type MutableParams = Record<string, IssueParamValue>;

const hide = (target: object, key: symbol, value: unknown): void => {
  Object.defineProperty(target, key, { value });
};

/**
 * The params of a pair-of-posts issue: `personName`, `personId`, `postA`, `postB`, `asOf`, and when a
 * rule speaks of the pair `rule`, `ruleId` and `strength`, in that order. The two post labels are
 * written when read (from the assignment and the unit, which the structure already holds), like the
 * issue's message: a report of 100,000 pairs holds no label text. They read, serialise, spread and
 * compare like the other params.
 */
const PairParams = function PairParams(
  this: MutableParams,
  personName: string,
  personId: string,
  first: Post,
  second: Post,
  asOf: string,
  inForce: RuleInForce<'role-combination'> | undefined,
) {
  this.personName = personName;
  this.personId = personId;
  Object.defineProperty(this, 'postA', POST_A);
  Object.defineProperty(this, 'postB', POST_B);
  this.asOf = asOf;
  if (inForce !== undefined) {
    this.rule = inForce.rule.title;
    this.ruleId = inForce.rule.id;
    this.strength = inForce.version.strength ?? 'permitted';
  }
  hide(this, ASSIGNMENT_A, first.assignment);
  hide(this, UNIT_A, first.unit);
  hide(this, ASSIGNMENT_B, second.assignment);
  hide(this, UNIT_B, second.unit);
} as unknown as new (
  personName: string,
  personId: string,
  first: Post,
  second: Post,
  asOf: string,
  inForce: RuleInForce<'role-combination'> | undefined,
) => Readonly<Record<string, IssueParamValue>>;
// A plain object, as a literal would be: only the constructor differs, so that V8 keeps the fields in the object.
PairParams.prototype = Object.prototype;

/**
 * The params of the issue of a pair of posts (`first` named first), with the rule that speaks of it
 * if any.
 * @internal
 */
export function pairParams(
  personName: string,
  personId: string,
  first: Post,
  second: Post,
  asOf: string,
  inForce?: RuleInForce<'role-combination'>,
): Readonly<Record<string, IssueParamValue>> {
  return new PairParams(personName, personId, first, second, asOf, inForce);
}
