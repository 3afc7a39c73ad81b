import { z } from 'zod';
import { NOT_ACCEPTED, compileSchema } from './compileSchema.js';

type AnySchema = z.core.$ZodType;
type ZodIssue = z.core.$ZodIssue;

/**
 * The first issues zod finds in an input, and how many more it would find.
 * @internal
 */
export interface SchemaIssues {
  /** At most `limit` issues, in zod's order. */
  readonly issues: readonly ZodIssue[];
  /** How many further issues were counted but not described. */
  readonly omitted: number;
}

/** Arrays longer than this are checked element by element (so a million bad records are counted, not described). */
const LONG_ARRAY = 64;

interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, AnySchema>>;
  readonly innerType?: AnySchema;
  readonly element?: AnySchema;
  readonly checks?: readonly unknown[];
  readonly discriminator?: string;
}

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod's parse settings at the boundary: inputs kept on issues, no English message rendered per issue. */
const PARSE_CONTEXT = { reportInput: true, error: () => '' } as const;

function parseIssues(schema: AnySchema, input: unknown): readonly ZodIssue[] {
  const result = z.safeParse(schema, input, PARSE_CONTEXT);
  return result.success ? [] : result.error.issues;
}

/** The element schema of a field that is an array without checks of its own (under `optional`/`default`). */
function arrayElement(field: AnySchema): AnySchema | undefined {
  let def = defOf(field);
  while ((def.type === 'optional' || def.type === 'default') && def.innerType !== undefined) def = defOf(def.innerType);
  return def.type === 'array' && (def.checks ?? []).length === 0 ? def.element : undefined;
}

/** Whether zod answers any non-object with exactly one `invalid_type` issue for this schema. */
function takesObjectsOnly(schema: AnySchema): boolean {
  const def = defOf(schema);
  return (def.type === 'object' || (def.type === 'union' && def.discriminator !== undefined)) && (def.checks ?? []).length === 0;
}

/**
 * Finds what zod would report for an input, describing at most `limit` issues. For an object
 * whose fields hold long arrays (the units of a structure), each element is first checked by the
 * compiled schema and only the rejected ones are given to zod, while there is room to describe
 * them; past the limit a record that is not even an object counts as the one issue zod would
 * raise, without zod. So a million bad records cost a pass over them, not a million issues.
 * The issues and their order are zod's. An object with a refinement of its own is given to zod
 * whole, since the refinement must see the whole input.
 *
 * @param schema - The schema.
 * @param input - The input, already known not to be valid.
 * @param limit - How many issues to describe.
 * @returns The first issues and the count of the rest.
 * @internal
 */
export function findSchemaIssues(schema: AnySchema, input: unknown, limit: number): SchemaIssues {
  const def = defOf(schema);
  // an object with checks of its own (a refinement) must see its whole input: it goes to zod whole
  const shape = def.type === 'object' && (def.checks ?? []).length === 0 ? def.shape : undefined;
  const long = new Map<string, AnySchema>();
  if (shape !== undefined && isObject(input)) {
    for (const key of Object.keys(shape)) {
      const element = arrayElement(shape[key] as AnySchema);
      const value = Object.hasOwn(input, key) ? input[key] : undefined;
      if (element !== undefined && Array.isArray(value) && value.length > LONG_ARRAY) long.set(key, element);
    }
  }
  if (shape === undefined || long.size === 0) {
    const issues = parseIssues(schema, input);
    return { issues: issues.slice(0, limit), omitted: Math.max(0, issues.length - limit) };
  }
  // the rest of the object without its long arrays, then each long array element by element
  const rest = { ...(input as Record<string, unknown>) };
  for (const key of long.keys()) rest[key] = [];
  const restIssues = parseIssues(schema, rest);
  const issues: ZodIssue[] = [];
  let omitted = 0;
  const add = (issue: ZodIssue) => {
    if (issues.length < limit) issues.push(issue);
    else omitted += 1;
  };
  for (const key of Object.keys(shape)) {
    const element = long.get(key);
    if (element === undefined) {
      for (const issue of restIssues) if (issue.path[0] === key) add(issue);
      continue;
    }
    const accepts = compileSchema(element);
    const objectsOnly = takesObjectsOnly(element);
    const values = (input as Record<string, unknown[]>)[key] as unknown[];
    for (let index = 0; index < values.length; index += 1) {
      const value = values[index];
      if (accepts(value) !== NOT_ACCEPTED) continue;
      if (issues.length >= limit && objectsOnly && !isObject(value)) {
        omitted += 1;
        continue;
      }
      for (const issue of parseIssues(element, value)) add({ ...issue, path: [key, index, ...issue.path] } as ZodIssue);
    }
  }
  for (const issue of restIssues) if (!(typeof issue.path[0] === 'string' && Object.hasOwn(shape, issue.path[0]))) add(issue);
  return { issues, omitted };
}
