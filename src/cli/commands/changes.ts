import { formatCitation } from '../../core/index.js';
import { findRuleChanges, type RuleDifference, type RuleType, type Topic } from '../../rules/index.js';
import { usageError } from '../CliError.js';
import type { Command } from '../Command.js';
import { readDateOption } from '../options.js';
import { TOPIC_OPTION, TYPE_OPTION } from './rules.js';
import { loadRulebook, plural, stringOption } from './shared.js';

/**
 * What differs between two versions, as the text and Markdown tables of `changes` say it: in
 * Vietnamese, words; in English, the value itself (JSON always carries the value).
 */
function differenceWord(difference: RuleDifference, lang: 'vi' | 'en'): string {
  if (lang === 'en') return difference;
  switch (difference) {
    case 'params':
      return 'tham số';
    case 'strength':
      return 'mức độ';
    case 'citation':
      return 'căn cứ';
    case 'verification':
      return 'độ tin cậy của nguồn';
    default:
      return 'câu chữ';
  }
}

/** `tinh-gon changes`: findRuleChanges between two dates. */
export const changesCommand: Command = {
  name: 'changes',
  summary: { vi: 'quy định nào thay đổi giữa hai ngày', en: 'what changed in the law between two dates' },
  usage: 'changes --from YYYY-MM-DD [--to YYYY-MM-DD] [--topic <topic>]',
  description: {
    vi: 'Các quy định bắt đầu, hết hiệu lực hoặc đổi phiên bản sau --from đến hết --to (mặc định: hôm nay),\nmỗi thay đổi với ngày, điều gì khác (tham số, mức độ, căn cứ, …) và văn bản làm thay đổi.',
    en: 'The rules that started, ended or changed version after --from up to and including --to (default: today),\neach with its day, what differs (params, strength, basis, …) and the instrument behind it.',
  },
  options: [
    { name: 'from', type: 'string', value: 'YYYY-MM-DD', help: { vi: 'từ sau ngày này (bắt buộc)', en: 'from after this day (required)' } },
    { name: 'to', type: 'string', value: 'YYYY-MM-DD', help: { vi: 'đến hết ngày này (mặc định: hôm nay)', en: 'up to and including this day (default: today)' } },
    TOPIC_OPTION,
    TYPE_OPTION,
    { name: 'rules', type: 'string', value: '<additions.json>', help: { vi: 'thêm quy định từ tệp RulebookAdditions JSON', en: 'add the rules of a RulebookAdditions JSON file' } },
  ],
  usesAsOf: false,
  positionals: [0, 0],
  examples: [{ command: 'tinh-gon changes --from 2024-12-31 --to 2025-12-31 --topic benefits', note: { vi: 'chế độ nghỉ việc thay đổi thế nào trong năm 2025', en: 'how leaving benefits changed during 2025' } }],
  run: async (context) => {
    const { t } = context;
    const from = readDateOption(context.options.from, 'from');
    if (from === undefined) throw usageError('Cần --from YYYY-MM-DD.', '--from YYYY-MM-DD is needed.');
    const to = readDateOption(context.options.to, 'to') ?? (context.io.today() as typeof from);
    if (to < from) throw usageError(`--to (${to}) không được trước --from (${from}).`, `--to (${to}) must not be before --from (${from}).`);
    const topic = stringOption(context, 'topic') as Topic | undefined;
    const type = stringOption(context, 'type') as RuleType | undefined;
    const rulebook = await loadRulebook(context);
    // Stryker disable next-line ConditionalExpression: findRuleChanges skips the topic and type filters when they are undefined, whether the key is there or not
    const changes = findRuleChanges(rulebook, { from, to, ...(topic === undefined ? {} : { topic }), ...(type === undefined ? {} : { type }) });
    const KIND = { started: t('bắt đầu', 'started'), ended: t('hết hiệu lực', 'ended'), changed: t('thay đổi', 'changed') };
    return {
      failed: false,
      data: { from, to, changes },
      blocks: [
        { kind: 'heading', text: t(`${changes.length} thay đổi từ sau ${from} đến ${to}`, `${changes.length} ${plural(changes.length, 'change', 'changes')} after ${from} up to ${to}`) },
        {
          kind: 'table',
          header: [t('Ngày', 'On'), t('Thay đổi', 'Change'), t('Quy định', 'Rule'), t('Khác ở', 'Differs in'), t('Căn cứ', 'Basis')],
          rows: changes.map((change) => [change.on, KIND[change.kind], `${change.title[context.lang]} (${change.ruleId})`, change.differences.map((difference) => differenceWord(difference, context.lang)).join(', '), formatCitation(change.citation, context.lang)]),
        },
      ],
    };
  },
};
