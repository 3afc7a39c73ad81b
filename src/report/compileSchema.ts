import { z } from 'zod';

/**
 * What a compiled schema answers when the input is not valid (or when it cannot tell cheaply):
 * the caller then runs zod itself, which says why.
 * @internal
 */
export const NOT_ACCEPTED: unique symbol = Symbol('tinh-gon.notAccepted');

/**
 * A schema compiled into plain closures: the parsed output when the input is valid, otherwise
 * {@link NOT_ACCEPTED}. It never reports issues: it is the fast path of the boundary.
 * @internal
 */
export type CompiledSchema = (input: unknown) => unknown;

type Node = (value: unknown) => unknown;
type AnySchema = z.core.$ZodType;
type Check = z.core.$ZodCheck;

interface Def {
  readonly type: string;
  readonly checks?: readonly Check[];
  readonly coerce?: boolean;
  readonly format?: string;
  readonly shape?: Readonly<Record<string, AnySchema>>;
  readonly catchall?: AnySchema;
  readonly innerType?: AnySchema;
  readonly element?: AnySchema;
  readonly options?: readonly AnySchema[];
  readonly discriminator?: string;
  readonly unionFallback?: boolean;
  readonly defaultValue?: unknown;
}

interface CheckDef {
  readonly check: string;
  readonly when?: (payload: { value: unknown; issues: unknown[] }) => boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly tx?: (value: unknown) => unknown;
  readonly fn?: (value: unknown) => unknown;
}

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Runs zod itself on one node: exact, for whatever the compiler does not know. */
function delegate(schema: AnySchema): Node {
  return (value) => {
    const result = z.safeParse(schema, value);
    return result.success ? result.data : NOT_ACCEPTED;
  };
}

/** Runs one zod check by its own implementation: `true` when it raises no issue. */
function runCheck(check: Check, value: unknown): boolean {
  const payload = { value, issues: [] as unknown[] };
  (check._zod.check as (payload: unknown) => unknown)(payload);
  return payload.issues.length === 0;
}

/** zod's own condition of its length checks ("the value has a length"), true of every string and array. */
let lengthCondition: unknown;
function isLengthCondition(when: unknown): boolean {
  lengthCondition ??= (z.string().min(1)._zod.def.checks?.[0]?._zod.def as unknown as CheckDef | undefined)?.when;
  return when === lengthCondition;
}

type Step = (value: unknown) => unknown;

/**
 * One check as a step over the value: the (possibly rewritten) value, or NOT_ACCEPTED. A check
 * with a condition (`when`) runs only when its condition holds, as in zod.
 */
function compileCheck(check: Check): Step {
  const def = check._zod.def as unknown as CheckDef;
  const step = compileCheckBody(check, def);
  const { when } = def;
  if (typeof when !== 'function' || isLengthCondition(when)) return step;
  return (value) => (when({ value, issues: [] }) ? step(value) : value);
}

function compileCheckBody(check: Check, def: CheckDef): Step {
  switch (def.check) {
    case 'overwrite':
      return def.tx as Step;
    case 'max_length': {
      const maximum = def.maximum as number;
      // code units bound code points from above: under the limit in units is under it in points
      return (value) => ((value as { length: number }).length <= maximum || runCheck(check, value) ? value : NOT_ACCEPTED);
    }
    case 'min_length': {
      const minimum = def.minimum as number;
      // zod counts code points in a string; at twice the minimum in code units, the count is certain
      return (value) => {
        const length = (value as { length: number }).length;
        if (typeof value === 'string' ? length >= minimum * 2 : length >= minimum) return value;
        return runCheck(check, value) ? value : NOT_ACCEPTED;
      };
    }
    case 'greater_than': {
      // on a number node (dates and big integers are zod's own)
      const bound = def.value as number;
      return def.inclusive
        ? (value) => ((value as number) >= bound ? value : NOT_ACCEPTED)
        : (value) => ((value as number) > bound ? value : NOT_ACCEPTED);
    }
    case 'less_than': {
      const bound = def.value as number;
      return def.inclusive
        ? (value) => ((value as number) <= bound ? value : NOT_ACCEPTED)
        : (value) => ((value as number) < bound ? value : NOT_ACCEPTED);
    }
    case 'number_format':
      if (def.format !== 'safeint') break;
      return (value) => (Number.isSafeInteger(value) || runCheck(check, value) ? value : NOT_ACCEPTED);
    case 'string_format':
      if (def.format !== 'regex') break;
      return (value) => {
        const pattern = def.pattern as RegExp;
        pattern.lastIndex = 0;
        return pattern.test(value as string) ? value : NOT_ACCEPTED;
      };
    case 'custom': {
      const fn = def.fn as (value: unknown) => unknown;
      // a refinement answering exactly `true` passes; anything else is left to zod
      return (value) => (fn(value) === true || runCheck(check, value) ? value : NOT_ACCEPTED);
    }
  }
  return (value) => (runCheck(check, value) ? value : NOT_ACCEPTED);
}

/** A node's own parse followed by its checks, in order (an overwrite feeds the next check). */
function withChecks(schema: AnySchema, parse: Node): Node {
  const checks = defOf(schema).checks ?? [];
  if (checks.length === 0) return parse;
  const steps = checks.map(compileCheck);
  return (value) => {
    let current = parse(value);
    for (let index = 0; index < steps.length && current !== NOT_ACCEPTED; index += 1) current = (steps[index] as Step)(current);
    return current;
  };
}

function compileObject(schema: AnySchema, def: Def): Node {
  const shape = def.shape as Readonly<Record<string, AnySchema>>;
  let strict: boolean;
  if (def.catchall === undefined) strict = false;
  else if (defOf(def.catchall).type === 'never') strict = true;
  else return delegate(schema);
  const keys = Object.keys(shape);
  // a key the compiled parsers cannot read or write as zod does: zod answers
  if (keys.includes('__proto__') || Object.getOwnPropertySymbols(shape).length > 0) return delegate(schema);
  const kinds: (0 | 1 | 2)[] = []; // 0 required, 1 optional (only when present), 2 defaulted (always)
  const nodes: Node[] = [];
  for (const key of keys) {
    const field = shape[key] as AnySchema;
    const { optin, optout } = field._zod;
    if (optin === undefined) kinds.push(0);
    else if (optin === 'optional' && optout === 'optional') kinds.push(1);
    else if ((optin as string) === 'defaulted' && optout === undefined) kinds.push(2);
    else return delegate(schema);
    nodes.push(compileNode(field));
  }
  return (canGenerateCode() ? generateObject : closeObject)(keys, kinds, nodes, strict);
}

/** The object parser as closures over the keys (no code generation: works under a CSP). */
function closeObject(keys: readonly string[], kinds: readonly (0 | 1 | 2)[], nodes: readonly Node[], strict: boolean): Node {
  const known = new Set(keys);
  const count = keys.length;
  return (input) => {
    if (!isObject(input)) return NOT_ACCEPTED;
    if (strict) for (const key in input) if (!known.has(key)) return NOT_ACCEPTED;
    const output: Record<string, unknown> = {};
    for (let index = 0; index < count; index += 1) {
      const key = keys[index] as string;
      const kind = kinds[index];
      if (kind !== 2 && !(key in input)) {
        if (kind === 0) return NOT_ACCEPTED;
        continue;
      }
      const value = (nodes[index] as Node)(input[key]);
      if (value === NOT_ACCEPTED) return NOT_ACCEPTED;
      output[key] = value;
    }
    return output;
  };
}

/**
 * The object parser generated as code for its keys: property reads and writes by name, which
 * the engine compiles like hand-written code, and one hidden class for every output object.
 */
function generateObject(keys: readonly string[], kinds: readonly (0 | 1 | 2)[], nodes: readonly Node[], strict: boolean): Node {
  const lines = ['return function parseObject(input) {', 'if (typeof input !== "object" || input === null || Array.isArray(input)) return NOT;'];
  if (strict && keys.length === 0) lines.push('for (const key in input) return NOT;');
  else if (strict) {
    const cases = keys.map((key) => `case ${JSON.stringify(key)}:`).join(' ');
    lines.push(`for (const key in input) { switch (key) { ${cases} continue; default: return NOT; } }`);
  }
  lines.push('const output = {};', 'let value;');
  keys.forEach((key, index) => {
    const name = JSON.stringify(key);
    const parse = `value = node${index}(input[${name}]); if (value === NOT) return NOT; output[${name}] = value;`;
    if (kinds[index] === 0) lines.push(`if (!(${name} in input)) return NOT;`, parse);
    else if (kinds[index] === 1) lines.push(`if (${name} in input) { ${parse} }`);
    else lines.push(parse);
  });
  lines.push('return output;', '};');
  const parameters = ['NOT', ...nodes.map((_, index) => `node${index}`)];
  const factory = new Function(...parameters, lines.join('\n')) as (...values: unknown[]) => Node;
  return factory(NOT_ACCEPTED, ...nodes);
}

let codeGeneration: boolean | undefined;

/**
 * Whether object parsers may be generated as code: not when zod is told to avoid it
 * (`z.config({ jitless: true })`) or when the environment forbids `new Function` (a Content
 * Security Policy without `unsafe-eval`).
 */
function canGenerateCode(): boolean {
  if (z.config().jitless === true) return false;
  if (codeGeneration === undefined) {
    try {
      codeGeneration = typeof new Function('return 1') === 'function';
    } catch {
      codeGeneration = false;
    }
  }
  return codeGeneration;
}

function compileDiscriminatedUnion(schema: AnySchema, def: Def): Node {
  const discriminator = def.discriminator as string;
  if (def.unionFallback === true) return delegate(schema);
  const byValue = new Map<unknown, Node>();
  for (const option of def.options as readonly AnySchema[]) {
    // zod refuses, when the union is built, an option without the discriminator
    const values = (option._zod as { propValues: Record<string, Set<unknown>> }).propValues[discriminator] as Set<unknown>;
    const node = compileNode(option);
    for (const value of values) {
      if (byValue.has(value)) return delegate(schema);
      byValue.set(value, node);
    }
  }
  return (input) => {
    if (!isObject(input)) return NOT_ACCEPTED;
    const node = byValue.get(input[discriminator]);
    return node === undefined ? NOT_ACCEPTED : node(input);
  };
}

function compileNode(schema: AnySchema): Node {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      if (def.coerce === true || def.format !== undefined) return delegate(schema);
      return withChecks(schema, (value) => (typeof value === 'string' ? value : NOT_ACCEPTED));
    case 'number':
      if (def.coerce === true || def.format !== undefined) return delegate(schema);
      return withChecks(schema, (value) => (typeof value === 'number' && Number.isFinite(value) ? value : NOT_ACCEPTED));
    case 'boolean':
      if (def.coerce === true) return delegate(schema);
      return withChecks(schema, (value) => (typeof value === 'boolean' ? value : NOT_ACCEPTED));
    case 'enum':
    case 'literal': {
      const values = schema._zod.values as Set<unknown>;
      return withChecks(schema, (value) => (values.has(value) ? value : NOT_ACCEPTED));
    }
    case 'optional': {
      const inner = compileNode(def.innerType as AnySchema);
      // as zod does: absence stays absent, unless the inner schema substitutes a value for it (a default)
      if ((def.innerType as AnySchema)._zod.optin === 'defaulted') return withChecks(schema, inner);
      return withChecks(schema, (value) => (value === undefined ? undefined : inner(value)));
    }
    case 'default': {
      const inner = compileNode(def.innerType as AnySchema);
      return withChecks(schema, (value) => {
        if (value === undefined) return def.defaultValue;
        const parsed = inner(value);
        return parsed === undefined ? def.defaultValue : parsed;
      });
    }
    case 'array': {
      const element = compileNode(def.element as AnySchema);
      return withChecks(schema, (value) => {
        if (!Array.isArray(value)) return NOT_ACCEPTED;
        const { length } = value;
        const output = new Array<unknown>(length);
        for (let index = 0; index < length; index += 1) {
          const item = element(value[index]);
          if (item === NOT_ACCEPTED) return NOT_ACCEPTED;
          output[index] = item;
        }
        return output;
      });
    }
    case 'object':
      return withChecks(schema, compileObject(schema, def));
    case 'union':
      if (def.discriminator !== undefined) return withChecks(schema, compileDiscriminatedUnion(schema, def));
      return delegate(schema);
    default:
      return delegate(schema);
  }
}

/** Compiled schemas, one table per mode (objects generated as code, or closures only). */
const compiled = { code: new WeakMap<AnySchema, CompiledSchema>(), closures: new WeakMap<AnySchema, CompiledSchema>() };

/**
 * Compiles a zod schema once into closures that accept valid input without zod's per-field
 * bookkeeping. Exact by construction: a check the compiler does not decide with certainty runs
 * zod's own implementation, and a schema it does not know is handed to zod whole. Objects are
 * generated as code where the environment allows it; under `z.config({ jitless: true })` or a
 * Content Security Policy that forbids `eval`, everything is closures.
 *
 * @param schema - A zod schema.
 * @returns A function answering the parsed output, or {@link NOT_ACCEPTED}.
 * @internal
 */
export function compileSchema(schema: AnySchema): CompiledSchema {
  const cache = canGenerateCode() ? compiled.code : compiled.closures;
  let compiledSchema = cache.get(schema);
  if (compiledSchema === undefined) {
    compiledSchema = compileNode(schema);
    cache.set(schema, compiledSchema);
  }
  return compiledSchema;
}
