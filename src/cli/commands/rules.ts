import { formatCitation, type Verification } from '../../core/index.js';
import { ruleParamSchemas, topicSchema } from '../../parse/index.js';
import { rulesInForce, type RuleType, type Topic } from '../../rules/index.js';
import { strengthName } from '../../rules/strengthNames.js';
import type { Command, OptionSpec } from '../Command.js';
import { loadRulebook, plural, stringOption } from './shared.js';

const TOPICS = topicSchema.options as readonly Topic[];
const TYPES = Object.keys(ruleParamSchemas) as RuleType[];

/** `--topic`, shared by `rules` and `changes`. */
export const TOPIC_OPTION: OptionSpec = { name: 'topic', type: 'string', value: '<topic>', choices: TOPICS, help: { vi: `chỉ một chủ đề: ${TOPICS.join(', ')}`, en: `one topic only: ${TOPICS.join(', ')}` } };
/** `--type`, shared by `rules` and `changes`. */
export const TYPE_OPTION: OptionSpec = { name: 'type', type: 'string', value: '<rule-type>', choices: TYPES, help: { vi: 'chỉ một loại quy định (ví dụ role-combination)', en: 'one rule type only (e.g. role-combination)' } };

/**
 * How well a rule's source is known, as the text and Markdown tables of `rules` say it: in
 * Vietnamese, words; in English, the value itself (JSON always carries the value).
 */
function verificationWord(verification: Verification, lang: 'vi' | 'en'): string {
  if (lang === 'en') return verification;
  if (verification === 'primary') return 'văn bản chính thức';
  return verification === 'secondary' ? 'nguồn thứ cấp' : 'chưa kiểm chứng';
}

/** `tinh-gon rules`: the rules in force on a date. */
export const rulesCommand: Command = {
  name: 'rules',
  summary: { vi: 'các quy định có hiệu lực vào một ngày', en: 'the rules in force on a date' },
  usage: 'rules [--as-of YYYY-MM-DD] [--topic <topic>] [--type <rule-type>]',
  description: {
    vi: 'Liệt kê các quy định của bộ quy định (mặc định, hoặc thêm --rules) có phiên bản hiệu lực vào ngày đó,\nvới mức độ, căn cứ (văn bản, điều, khoản) và độ tin cậy của nguồn (văn bản chính thức, nguồn thứ cấp, chưa kiểm chứng; trong JSON: primary, secondary, unverified).',
    en: 'Lists the rules of the rulebook (the default one, or with --rules) that have a version in force on the date,\nwith their strength, basis (instrument, article, clause) and how well the source is known (primary, secondary, unverified).',
  },
  options: [TOPIC_OPTION, TYPE_OPTION, { name: 'rules', type: 'string', value: '<additions.json>', help: { vi: 'thêm quy định từ tệp RulebookAdditions JSON', en: 'add the rules of a RulebookAdditions JSON file' } }],
  usesAsOf: true,
  positionals: [0, 0],
  examples: [{ command: 'tinh-gon rules --as-of 2025-07-01 --topic benefits', note: { vi: 'chế độ nghỉ việc áp dụng từ 01/7/2025', en: 'the leaving benefits in force from 2025-07-01' } }],
  run: async (context) => {
    const { t } = context;
    const rulebook = await loadRulebook(context);
    const topic = stringOption(context, 'topic') as Topic | undefined;
    const type = stringOption(context, 'type') as RuleType | undefined;
    // Stryker disable next-line ConditionalExpression: rulesInForce skips the topic and type filters when they are undefined, whether the key is there or not
    const found = rulesInForce(rulebook, context.asOf, { ...(topic === undefined ? {} : { topic }), ...(type === undefined ? {} : { type }) });
    const rows = found.map(({ rule, version, verification }) => ({
      id: rule.id,
      topic: rule.topic,
      type: rule.type,
      title: rule.title,
      strength: version.strength ?? null,
      from: version.from,
      to: version.to ?? null,
      citation: version.citation,
      verification,
    }));
    return {
      failed: false,
      data: { rules: rows },
      blocks: [
        { kind: 'heading', text: t(`${rows.length} quy định có hiệu lực`, `${rows.length} ${plural(rows.length, 'rule', 'rules')} in force`) },
        {
          kind: 'table',
          header: [t('Mã', 'Id'), t('Quy định', 'Rule'), t('Mức độ', 'Strength'), t('Căn cứ', 'Basis'), t('Nguồn', 'Source')],
          rows: rows.map((row) => [
            row.id,
            row.title[context.lang],
            row.strength === null ? '' : strengthName(row.strength)[context.lang],
            formatCitation(row.citation, context.lang),
            verificationWord(row.verification, context.lang),
          ]),
        },
      ],
    };
  },
};
