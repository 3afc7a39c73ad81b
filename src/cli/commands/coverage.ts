import { LEVELS, type Level } from '../../model/index.js';
import { concurrencyCoverage, type TargetShare } from '../../roles/index.js';
import { formatPercent, toBasisPoints } from '../../core/index.js';
import { usageError } from '../CliError.js';
import type { Command } from '../Command.js';
import { formatInteger, loadRulebook, loadStructure, plural, RULES_OPTION, stringOption } from './shared.js';

/** A percent in basis points, or `undefined` past the safe range (`toBasisPoints` throws a `RangeError` there). */
function basisPointsOf(percent: string): number | undefined {
  try {
    return toBasisPoints(percent);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    /* v8 ignore next -- a string of digits is never a TypeError */
    throw error;
  }
}

/** Reads `--target`: `>75%` (more than) or `>=75%` (at least). */
export function readTarget(text: string): TargetShare {
  const match = /^\s*(>=|≥|>)\s*(\d+(?:\.\d{1,2})?)\s*%?\s*$/.exec(text);
  const basisPoints = match === null ? undefined : basisPointsOf(match[2] as string);
  if (match === null || basisPoints === undefined || basisPoints > 10_000) {
    throw usageError(
      `--target viết ">75%" (trên 75%) hoặc ">=75%" (ít nhất 75%), tối đa 100% và hai chữ số thập phân; nhận "${text}".`,
      `--target is written ">75%" (more than 75%) or ">=75%" (at least 75%), at most 100% with two decimals; got "${text}".`,
    );
  }
  return { comparison: match[1] === '>' ? 'more-than' : 'at-least', basisPoints };
}

/** `tinh-gon coverage`: concurrencyCoverage against a target. */
export const coverageCommand: Command = {
  name: 'coverage',
  summary: { vi: 'tỷ lệ đơn vị có một mô hình kiêm nhiệm, so với chỉ tiêu', en: 'how many units have a concurrent-role combination, against a target' },
  usage: 'coverage <structure.json|-> --rule <rule-id> --level <level> [--within <area-id>] [--target ">75%"]',
  description: {
    vi: 'Đếm số địa bàn của một cấp có một người giữ đồng thời các chức vụ của quy định (ví dụ bí thư kiêm chủ tịch UBND),\ntỷ lệ, và còn thiếu bao nhiêu so với chỉ tiêu. Mã thoát 1 khi chưa đạt chỉ tiêu.',
    en: 'Counts the areas of a level where one person holds the posts of a combination rule together (e.g. the party\nsecretary chairing the people\'s committee), the share, and how far it is from a target. Exit code 1 when the target is missed.',
  },
  options: [
    { name: 'rule', type: 'string', value: '<rule-id>', help: { vi: 'mã quy định kiêm nhiệm, ví dụ roles.secretary-chairs-committee', en: 'the combination rule, e.g. roles.secretary-chairs-committee' } },
    { name: 'level', type: 'string', value: LEVELS.join('|'), choices: LEVELS, help: { vi: 'cấp được đếm', en: 'the level counted' } },
    { name: 'within', type: 'string', value: '<area-id>', help: { vi: 'chỉ các địa bàn thuộc địa bàn này', en: 'only areas inside this one' } },
    { name: 'target', type: 'string', value: '">75%"|">=75%"', help: { vi: 'chỉ tiêu: > trên, >= ít nhất (mặc định: của quy định, nếu có)', en: "target: > more than, >= at least (default: the rule's own, if any)" } },
    RULES_OPTION,
  ],
  usesAsOf: true,
  positionals: [1, 1],
  examples: [
    {
      command: 'tinh-gon coverage examples/data/structure.json --rule roles.secretary-chairs-committee --level commune --as-of 2020-07-23 --target ">75%"',
      note: { vi: 'bao nhiêu xã, phường có bí thư kiêm chủ tịch UBND', en: 'how many communes have the secretary chairing the committee' },
    },
  ],
  run: async (context) => {
    const { t, lang } = context;
    const rule = stringOption(context, 'rule');
    const level = stringOption(context, 'level') as Level | undefined;
    if (rule === undefined || level === undefined) throw usageError('Cần --rule và --level.', 'Both --rule and --level are needed.');
    const targetText = stringOption(context, 'target');
    const within = stringOption(context, 'within');
    const structure = await loadStructure(context, context.positionals[0] as string);
    const rulebook = await loadRulebook(context);
    const result = concurrencyCoverage(structure, {
      rule,
      level,
      asOf: context.asOf,
      rulebook,
      // Stryker disable next-line ConditionalExpression: concurrencyCoverage reads `within` only by `=== undefined` checks, so an explicit undefined is the same as none
      ...(within === undefined ? {} : { within }),
      ...(targetText === undefined ? {} : { target: readTarget(targetText) }),
    });
    if (!result.ok) return { failed: true, report: result, data: {}, blocks: [{ kind: 'report', report: result }] };
    const coverage = result.value;
    const names = new Map(structure.units.map((unit) => [unit.id, unit.name.vi]));
    // Stryker disable next-line ArrayDeclaration: parseStructure defaults `people` to [], so the fallback is never used
    const people = new Map((structure.people ?? []).map((person) => [person.id, person.name]));
    const target = coverage.target;
    const targetLine =
      target === undefined
        ? t('Không có chỉ tiêu.', 'No target.')
        : t(
            // Stryker disable next-line ObjectLiteral: this Vietnamese line is shown only when lang is 'vi', and formatPercent defaults to 'vi'
            `Chỉ tiêu: ${target.comparison === 'more-than' ? 'trên' : 'ít nhất'} ${formatPercent(target.basisPoints, 10_000, { locale: lang })} → cần ${target.requiredUnits}; ${target.met ? 'đã đạt' : `còn thiếu ${target.shortfall}`}.`,
            `Target: ${target.comparison === 'more-than' ? 'more than' : 'at least'} ${formatPercent(target.basisPoints, 10_000, { locale: lang })} → ${target.requiredUnits} needed; ${target.met ? 'met' : `${target.shortfall} short`}.`,
          );
    return {
      failed: target !== undefined && !target.met,
      report: result,
      data: { coverage },
      blocks: [
        { kind: 'heading', text: t(`Mô hình ${coverage.ruleId}`, `Combination ${coverage.ruleId}`) },
        { kind: 'text', text: t(`${formatInteger(coverage.covered, context)}/${formatInteger(coverage.total, context)} địa bàn (${coverage.share.replace('.', ',')}).`, `${formatInteger(coverage.covered, context)} of ${formatInteger(coverage.total, context)} ${plural(coverage.total, 'area', 'areas')} (${coverage.share}).`) },
        { kind: 'text', text: targetLine },
        {
          kind: 'table',
          header: [t('Địa bàn', 'Area'), t('Có mô hình', 'Has it'), t('Người giữ', 'Held by')],
          rows: [
            // Stryker disable next-line ArrayDeclaration: unreachable: concurrencyCoverage sets holders for every covered unit id
            /* v8 ignore next 2 -- the ids and holders come from this structure: the fallbacks are for safety */
            ...coverage.coveredUnitIds.map((id) => [names.get(id) ?? id, t('có', 'yes'), (coverage.holders[id] ?? []).map((personId) => people.get(personId) ?? personId).join(', ')]),
            ...coverage.uncoveredUnitIds.map((id) => [names.get(id) ?? id, t('không', 'no'), '']),
          ],
        },
        { kind: 'report', report: result },
      ],
    };
  },
};
