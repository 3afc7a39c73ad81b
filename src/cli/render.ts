import { formatCitation } from '../core/index.js';
import { formatReport, type Issue } from '../report/index.js';
import type { Answer, Block, Format, Lang } from './Command.js';

/** How an answer is rendered: format, language, the issue-line limit, and the date line. */
export interface RenderOptions {
  readonly command: string;
  readonly format: Format;
  readonly lang: Lang;
  /** At most this many issue lines in text and Markdown (JSON lists them all). */
  readonly limit: number;
  /** The date the answer is for, stated first (text, Markdown) or as `asOf` (JSON). */
  readonly asOf?: { readonly date: string; readonly today: boolean };
}

const MARK = { error: '✗', warning: '!', info: '·' } as const;

/** Display width of a cell: one per code point, combining marks (Vietnamese tone marks in NFD) zero. */
function width(text: string): number {
  return [...text.normalize('NFC')].filter((char) => !/\p{M}/u.test(char)).length;
}

function pad(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, column) => Math.max(width(title), ...rows.map((row) => width(row[column] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((cell, column) => pad(cell, widths[column] as number)).join('  ').trimEnd();
  return [line(header), widths.map((size) => '─'.repeat(size)).join('  '), ...rows.map(line)];
}

function markdownCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function markdownIssue(issue: Issue, lang: Lang): string {
  const basis = issue.citation === undefined ? '' : ` (${lang === 'vi' ? 'căn cứ' : 'basis'}: ${formatCitation(issue.citation, lang)})`;
  return `- ${MARK[issue.severity]} \`${issue.code}\`: ${markdownCell(issue.message[lang])}${basis}`;
}

function renderBlock(block: Block, options: RenderOptions): string[] {
  const { format, lang, limit } = options;
  switch (block.kind) {
    case 'heading':
      return format === 'md' ? [`## ${block.text}`, ''] : [block.text, '─'.repeat(Math.min(width(block.text), 100))];
    case 'text':
      return [block.text, ...(format === 'md' ? [''] : [])];
    case 'table':
      if (format === 'md') {
        return [`| ${block.header.map(markdownCell).join(' | ')} |`, `|${block.header.map(() => '---').join('|')}|`, ...block.rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`), ''];
      }
      return textTable(block.header, block.rows);
    case 'report': {
      const text = formatReport(block.report, { locale: lang, limit });
      if (format !== 'md') return text.split('\n');
      const [summary = ''] = text.split('\n');
      const shown = block.report.issues.slice(0, limit).map((issue) => markdownIssue(issue, lang));
      const hidden = block.report.issues.length - shown.length;
      const more = hidden > 0 ? [lang === 'vi' ? `- … và ${hidden} vấn đề khác không hiển thị` : `- … and ${hidden} more not shown`] : [];
      return [`**${summary}**`, '', ...shown, ...more, ''];
    }
    /* v8 ignore next 2 -- exhaustive */
    default:
      return block satisfies never;
  }
}

/** The standard output of an answer: text for people, JSON for programs, or Markdown. */
export function renderAnswer(answer: Answer, options: RenderOptions): string {
  const { format, lang, asOf } = options;
  if (format === 'json') {
    const issues = answer.report?.issues ?? [];
    const count = (severity: Issue['severity']) => issues.filter((issue) => issue.severity === severity).length;
    const envelope = {
      command: options.command,
      ...(asOf === undefined ? {} : { asOf: asOf.date }),
      ok: !answer.failed,
      ...(answer.report === undefined ? {} : { errors: count('error'), warnings: count('warning'), infos: count('info'), issues }),
      ...answer.data,
    };
    return `${JSON.stringify(envelope, null, 2)}\n`;
  }
  const lines: string[] = [];
  if (asOf !== undefined) {
    const today = asOf.today ? (lang === 'vi' ? ' (hôm nay)' : ' (today)') : '';
    const label = lang === 'vi' ? `Ngày áp dụng: ${asOf.date}${today}` : `As of ${asOf.date}${today}`;
    lines.push(format === 'md' ? `_${label}_` : label, '');
  }
  answer.blocks.forEach((block, index) => {
    const previous = answer.blocks[index - 1];
    if (format === 'text' && previous !== undefined && (block.kind === 'heading' || (block.kind === 'report' && previous.kind === 'table'))) lines.push('');
    lines.push(...renderBlock(block, options));
  });
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
