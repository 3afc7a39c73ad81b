/**
 * Writes docs/issue-codes.md from the issue catalogue, so the page of issue codes cannot drift
 * from the code: for each code its default severity, its meaning and how to fix it (the doc comment
 * of its entry in `src/report/codes/*.ts`), its parameters and its message in Vietnamese and English
 * (the catalogue's templates), where in the source it is raised, and the rules of the default
 * rulebook behind it.
 *
 * The rules are computed, not written by hand: each place in `src/` that names the code (a string
 * literal equal to it) is found with the TypeScript compiler API, and the rule ids and rule types
 * named in the same top-level function are the rules behind that place (a rule type stands for
 * every rule of that type in `defaultRulebook`). An entry's doc comment may add rules the source
 * cannot show with a paragraph `Rules: <rule type or id>, …` (for a code raised by a helper that
 * gets its rule from its caller), or drop the computed ones with `Rules: none` (for a code raised
 * beside rule lookups it does not depend on).
 *
 * The doc comment of a catalogue entry: its first paragraph says what the code means; a paragraph
 * starting `Fix:` says what to do about it. A code without either fails the run, as does a code no
 * place in `src/` names. `--check` compares instead of writing and fails when the page is out of
 * date.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { catalogueSections } from '../src/report/catalogue.js';
import { defaultRulebook } from '../src/rules/defaultRulebook.js';
import { RULE_TYPES } from '../src/rules/ruleTypes.js';

const root = resolve(import.meta.dirname, '..');

/** What each section is about, and the public functions that raise its codes. */
const SECTIONS: Record<keyof typeof catalogueSections, { title: string; intro: string }> = {
  report: {
    title: 'Reports',
    intro: 'About a report itself: added by `capIssues` (and so by every function whose report can be long) when issues are left out.',
  },
  input: {
    title: 'Input (`tinh-gon/parse`)',
    intro: 'Raised by the `parse*` functions of `tinh-gon/parse` when untrusted JSON does not fit the schema.',
  },
  structure: {
    title: 'Structure (`validateStructure`)',
    intro: 'Raised by `validateStructure`, and by `validatePlan` for the structure a plan leaves behind (as `plan_result_invalid`).',
  },
  rules: {
    title: 'Rulebook (`findRule`, `validateRulebook`)',
    intro: 'Raised when a rule is looked up on a date (by every function that reads the law) and by `validateRulebook`, `extendRulebook` and `parseRulebookAdditions` when a rulebook is inconsistent.',
  },
  plan: {
    title: 'Plans (`tinh-gon/plan`)',
    intro: 'Raised by `validatePlan` and `applyPlan`, and (`merge_candidate_*`) by `findMergeCandidates`.',
  },
  roles: {
    title: 'Concurrent roles (`tinh-gon/roles`)',
    intro: 'Raised by `checkConcurrentRoles`, `checkAppointment` and `concurrencyCoverage`.',
  },
  staffing: {
    title: 'Staffing (`tinh-gon/staffing`)',
    intro: 'Raised by `apportion`, `reductionProgress`, the norms (`communeStaffNorm`, `checkDeputies`…) and the leaving benefits.',
  },
};

interface Explanation {
  meaning: string;
  fix: string;
  rules: string[];
}

/** The doc comments of the catalogue entries, by code. */
function readExplanations(): Map<string, Explanation> {
  const explanations = new Map<string, Explanation>();
  const folder = resolve(root, 'src/report/codes');
  for (const name of readdirSync(folder)) {
    const file = ts.createSourceFile(name, readFileSync(resolve(folder, name), 'utf8'), ts.ScriptTarget.Latest, true);
    (function visit(node: ts.Node): void {
      if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.initializer)) {
        const docs = (node as unknown as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
        const text = docs
          .map((doc) => (typeof doc.comment === 'string' ? doc.comment : ts.getTextOfJSDocComment(doc.comment) ?? ''))
          .join('\n\n');
        const paragraphs = text
          .split(/\n\s*\n/)
          .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
          .filter((paragraph) => paragraph !== '');
        const fix = paragraphs.find((paragraph) => paragraph.startsWith('Fix:'));
        const rules = paragraphs.find((paragraph) => paragraph.startsWith('Rules:'));
        explanations.set(node.name.getText().replace(/['"]/g, ''), {
          meaning: paragraphs.filter((paragraph) => paragraph !== fix && paragraph !== rules).join('\n\n'),
          fix: fix?.slice('Fix:'.length).trim() ?? '',
          rules: (rules?.slice('Rules:'.length) ?? '')
            .split(',')
            .map((item) => item.replaceAll('`', '').trim().replace(/\.$/, ''))
            .filter((item) => item !== ''),
        });
      }
      ts.forEachChild(node, visit);
    })(file);
  }
  return explanations;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = resolve(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

interface Site {
  file: string;
  functionName: string;
  rules: Set<string>;
}

const ruleIds = new Set(defaultRulebook.rules.map((rule) => rule.id));
const ruleTypes = new Set<string>(RULE_TYPES);
const rulesOfType = (type: string) => defaultRulebook.rules.filter((rule) => rule.type === type).map((rule) => rule.id);

/** The rule ids a name stands for: an id of the default rulebook, or every rule of a type. */
function expandRule(name: string): string[] {
  if (ruleIds.has(name)) return [name];
  if (ruleTypes.has(name)) return rulesOfType(name);
  return [];
}

/** Where each code is raised, with the rules named around it. */
function findSites(codes: ReadonlySet<string>): Map<string, Site[]> {
  const sites = new Map<string, Site[]>();
  const skip = [resolve(root, 'src/report/codes'), resolve(root, 'src/report/catalogue.ts')];
  for (const path of sourceFiles(resolve(root, 'src'))) {
    if (skip.some((prefix) => path.startsWith(prefix))) continue;
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of file.statements) {
      const found: string[] = [];
      const rules = new Set<string>();
      (function visit(node: ts.Node): void {
        if (ts.isJSDoc(node)) return;
        if (isCodeTable(node)) return;
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
          if (codes.has(node.text) && raises(node)) found.push(node.text);
          for (const rule of expandRule(node.text)) rules.add(rule);
        }
        ts.forEachChild(node, visit);
      })(statement);
      if (found.length === 0) continue;
      const functionName = declarationName(statement);
      for (const code of new Set(found)) {
        const list = sites.get(code) ?? [];
        list.push({ file: relative(root, path), functionName, rules });
        sites.set(code, list);
      }
    }
  }
  return sites;
}

/**
 * Whether a code literal may raise the code: not a property name, not compared (`issue.code ===
 * 'x'`), not a `case` label (those read a code).
 */
function raises(literal: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): boolean {
  const parent = literal.parent;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === literal) return false;
  if (ts.isCaseClause(parent)) return false;
  if (ts.isBinaryExpression(parent)) {
    const operator = parent.operatorToken.kind;
    if (operator === ts.SyntaxKind.EqualsEqualsEqualsToken || operator === ts.SyntaxKind.ExclamationEqualsEqualsToken) return false;
  }
  return true;
}

/** A table from codes to codes (`Record<IssueCode, …>`) relates codes and raises none. */
function isCodeTable(node: ts.Node): boolean {
  return ts.isVariableDeclaration(node) && node.type !== undefined && /Record<\s*IssueCode\b/.test(node.type.getText());
}

function declarationName(statement: ts.Statement): string {
  if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) return statement.name.text;
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.map((declaration) => declaration.name.getText()).join(', ');
  return '';
}

/** The parameters a message template names: `{name}` and `{name, plural, …}`, also inside branches. */
export function templateParams(template: string): string[] {
  const names: string[] = [];
  let index = 0;
  function argument(): void {
    // at the character after `{`
    const match = /^\s*(\w+)\s*([,}])/.exec(template.slice(index));
    if (match === null) {
      skipBlock();
      return;
    }
    names.push(match[1] as string);
    index += match[0].length;
    if (match[2] === '}') return;
    // `, plural, one {…} other {…}}`: read the branches, each a message
    while (index < template.length && template[index] !== '}') {
      if (template[index] === '{') {
        index += 1;
        message(true);
      } else index += 1;
    }
    index += 1;
  }
  function skipBlock(): void {
    let depth = 1;
    while (index < template.length && depth > 0) {
      if (template[index] === '{') depth += 1;
      if (template[index] === '}') depth -= 1;
      index += 1;
    }
  }
  function message(nested: boolean): void {
    while (index < template.length) {
      const char = template[index];
      index += 1;
      if (char === '{') argument();
      else if (char === '}' && nested) return;
    }
  }
  message(false);
  return [...new Set(names)];
}

const escapeCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/** The anchor typedoc gives the heading `` ## `rule.id` `` (its slugger; code kept by scripts/typedoc-plugin-headings.mjs). */
const slug = (heading: string) =>
  heading
    .trim()
    .replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g, '')
    .replace(/\s/g, '-')
    .toLowerCase();

function rulePage(ruleId: string): string | undefined {
  const rule = defaultRulebook.rules.find((item) => item.id === ruleId);
  return rule === undefined ? undefined : `rules-${rule.topic}.md#${slug(rule.id)}`;
}

function page(): { content: string; problems: string[] } {
  const explanations = readExplanations();
  const allCodes = new Set<string>(Object.values(catalogueSections).flatMap((section) => Object.keys(section)));
  const sites = findSites(allCodes);
  const problems: string[] = [];
  const lines = [
    '---',
    'title: Issue codes',
    '---',
    '',
    '# Issue codes',
    '',
    '<!-- Generated by scripts/generate-issue-docs.ts from the issue catalogue (src/report/codes): do not edit by hand. -->',
    '',
    'Every issue the library returns has a stable `code` (match on it, not on the message), a `severity`',
    '(`error` makes a `Result` fail; `warning` and `info` ride along with a value), a `message` in',
    'Vietnamese and English rendered from the templates below, and the `params` the templates name.',
    'Issues raised under a rule carry its `ruleId`, `citation` and `verification`. See',
    '[Reading a report](guides/reading-a-report.md) for how to use them.',
    '',
    'A message may show a param in words where its `params` keep a code or an id: a kind or level by its',
    'name in each language, a rule by its title, and a unit by its name and id, `Xã Cộng Hòa (x-ch)`,',
    'when the structure or the plan knows the unit. The units are named in `unitId`, `parentId`, `areaId`',
    'and `parentAreaId` of the issues `validateStructure` keeps (up to its `issueLimit`); in `unitId`,',
    '`parentId`, `otherId`, `resultId`, `areaId` and `otherAreaId` of the plan messages (`validatePlan`,',
    '`findMergeCandidates`); and in the lists of `plan_family_mismatch` and',
    '`merge_candidate_overlapping_functions`. The long lists of `plan_area_exempt` and',
    '`plan_admin_standard_not_found` stay ids.',
    '',
    '"Rules behind it" lists the rules of the default rulebook that the code is raised under, found in the',
    'source: the rule ids and rule types named where the code is raised. "Raised in" names that place.',
    '',
  ];
  const body: string[] = [];
  for (const [section, definitions] of Object.entries(catalogueSections) as [keyof typeof catalogueSections, Record<string, { severity: string; vi: string; en: string }>][]) {
    const { title, intro } = SECTIONS[section];
    body.push(`## ${title}`, '', intro, '');
    for (const [name, definition] of Object.entries(definitions)) {
      const explanation = explanations.get(name);
      if (explanation === undefined || explanation.meaning === '') problems.push(`${name}: no meaning (the doc comment of its catalogue entry)`);
      if (explanation === undefined || explanation.fix === '') problems.push(`${name}: no "Fix:" paragraph in the doc comment of its catalogue entry`);
      const places = sites.get(name) ?? [];
      if (places.length === 0) console.warn(`${name}: no place in src/ raises it (the page says so)`);
      const rules = new Set<string>();
      const noRule = explanation?.rules.includes('none') === true;
      if (!noRule) for (const place of places) for (const rule of place.rules) rules.add(rule);
      for (const extra of (explanation?.rules ?? []).filter((item) => item !== 'none')) {
        const expanded = expandRule(extra);
        if (expanded.length === 0) problems.push(`${name}: "Rules: ${extra}" names no rule id or rule type of the default rulebook`);
        for (const rule of expanded) rules.add(rule);
      }
      const params = [...new Set([...templateParams(definition.en), ...templateParams(definition.vi)])];
      body.push(`### ${name}`, '');
      body.push(`**${definition.severity}** · ${explanation?.meaning ?? ''}`, '');
      if (explanation?.fix) body.push(`**How to fix it:** ${explanation.fix}`, '');
      body.push('| | |', '|---|---|');
      body.push(`| params | ${params.length === 0 ? '—' : params.map((param) => code(param)).join(', ')} |`);
      body.push(`| en | ${escapeCell(code(definition.en))} |`);
      body.push(`| vi | ${escapeCell(code(definition.vi))} |`);
      const ruleLinks = [...rules].sort().map((rule) => {
        const target = rulePage(rule);
        return target === undefined ? code(rule) : `[${code(rule)}](${target})`;
      });
      body.push(`| rules behind it | ${ruleLinks.length === 0 ? '— (no rule: a check of the data itself)' : ruleLinks.join(', ')} |`);
      const where = [...new Set(places.map((place) => `${code(place.file)}${place.functionName ? ` (${code(place.functionName)})` : ''}`))];
      body.push(`| raised in | ${where.length === 0 ? 'no place in the source raises it today' : where.join(', ')} |`, '');
    }
  }
  lines.push('| section | codes |', '|---|---|');
  for (const [section, definitions] of Object.entries(catalogueSections) as [keyof typeof catalogueSections, object][]) {
    lines.push(`| ${SECTIONS[section].title} | ${Object.keys(definitions).map((name) => `[${name}](#${name})`).join(', ')} |`);
  }
  lines.push('', ...body);
  return { content: `${lines.join('\n').trimEnd()}\n`, problems };
}

const { content, problems } = page();
for (const problem of problems) console.error(problem);
const path = 'docs/issue-codes.md';
const file = resolve(root, path);
if (process.argv.includes('--check')) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== content) {
    console.error(`${path} is out of date: run npx tsx scripts/generate-issue-docs.ts`);
    process.exit(1);
  }
  if (problems.length > 0) process.exit(1);
  console.log(`${path} is up to date`);
} else {
  writeFileSync(file, content);
  console.log(`wrote ${path}${problems.length > 0 ? ` (${problems.length} problems)` : ''}`);
  if (problems.length > 0) process.exit(1);
}
