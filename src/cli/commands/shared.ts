import type { Bilingual } from '../../core/index.js';
import { UNIT_KINDS, type Structure, type Unit } from '../../model/index.js';
import { parsePlan, parseRulebookAdditions, parseStructure } from '../../parse/index.js';
import type { Plan } from '../../plan/index.js';
import type { Result } from '../../report/index.js';
import { defaultRulebook, extendRulebook, type Rulebook } from '../../rules/index.js';
import type { Answer, Block, CommandContext, OptionSpec } from '../Command.js';
import { parseFailure } from '../inputs.js';

/** `--rules <additions.json>`: a province's or an app's rules added to the default rulebook. */
export const RULES_OPTION: OptionSpec = {
  name: 'rules',
  type: 'string',
  value: '<additions.json>',
  help: { vi: 'thêm quy định (tệp RulebookAdditions JSON) vào bộ quy định mặc định', en: 'add rules (a RulebookAdditions JSON file) to the default rulebook' },
};

const STRUCTURE: Bilingual = { vi: 'cơ cấu tổ chức (structure)', en: 'structure' };
const PLAN: Bilingual = { vi: 'đề án (plan)', en: 'plan' };
const ADDITIONS: Bilingual = { vi: 'tệp bổ sung quy định (RulebookAdditions)', en: 'rulebook additions file' };

/** Reads and parses a structure from a file or standard input (exit 2 when it is not one). */
export async function loadStructure(context: CommandContext, source: string): Promise<Structure> {
  const parsed = parseStructure(await context.inputs.json(source));
  return parsed.ok ? parsed.value : parseFailure(source, STRUCTURE, parsed);
}

/** Reads and parses a plan from a file or standard input (exit 2 when it is not one). */
export async function loadPlan(context: CommandContext, source: string): Promise<Plan> {
  const parsed = parsePlan(await context.inputs.json(source));
  return parsed.ok ? parsed.value : parseFailure(source, PLAN, parsed);
}

/** The default rulebook, extended with `--rules` when given. */
export async function loadRulebook(context: CommandContext): Promise<Rulebook> {
  const source = context.options.rules;
  if (typeof source !== 'string') return defaultRulebook;
  const parsed = parseRulebookAdditions(await context.inputs.json(source));
  return parsed.ok ? extendRulebook(defaultRulebook, parsed.value) : parseFailure(source, ADDITIONS, parsed);
}

/** A string option's value, or `undefined`. */
export function stringOption(context: CommandContext, name: string): string | undefined {
  const value = context.options[name];
  // Stryker disable next-line ConditionalExpression: only string options are read this way, and the parser gives those a string or nothing
  return typeof value === 'string' ? value : undefined;
}

/** A unit's name in the chosen language (its Vietnamese name when it has no English one). */
export function unitName(unit: Unit | undefined, context: Pick<CommandContext, 'lang'>): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: unreachable: every id an event names is in the structure before or after
  /* v8 ignore next -- every id an event names is in the structure before or after */
  if (unit === undefined) return '?';
  return (context.lang === 'en' ? unit.name.en : undefined) ?? unit.name.vi;
}

/** The label of a unit kind in the chosen language. */
export function kindLabel(kind: Unit['kind'], context: Pick<CommandContext, 'lang'>): string {
  return UNIT_KINDS[kind].label[context.lang];
}

/** Formats a whole number by the language: 1.234.567 (vi), 1,234,567 (en). */
export function formatInteger(value: number, context: Pick<CommandContext, 'lang'>): string {
  // Stryker disable next-line ObjectLiteral: every value formatted here is a whole number (a count, a length, whole đồng), so there are no fraction digits to drop
  return new Intl.NumberFormat(context.lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 0 }).format(value);
}

/**
 * The English word that agrees with a count: `one` for 1, `many` otherwise (`1 unit`, `0 units`,
 * `1 unit ends`, `2 units end`). Vietnamese has no plural: its texts need no such choice.
 */
export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** Formats a figure by the language, with up to two decimals: 64,74 (vi), 64.74 (en). */
export function formatNumber(value: number, context: Pick<CommandContext, 'lang'>): string {
  return new Intl.NumberFormat(context.lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 }).format(value);
}

/** An answer that is a report: exit 1 when it has an error. */
export function reportAnswer(report: Pick<Result<unknown>, 'ok' | 'issues'>, blocks: readonly Block[], data: Readonly<Record<string, unknown>> = {}): Answer {
  return { failed: !report.ok, report, data, blocks: [...blocks, { kind: 'report', report }] };
}
