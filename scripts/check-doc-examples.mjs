#!/usr/bin/env node
/**
 * Every export of every entry (`tinh-gon`, `tinh-gon/plan`, …) has an `@example`, and every
 * `@example` runs and shows true results.
 *
 * Reads the entries' exports with the TypeScript compiler API, takes each ```ts block of each
 * `@example` of each export (and of the members of an exported class or interface, and of the
 * entry's own `@module` comment) and the ```ts blocks of the guides and pages in docs/guides and
 * docs (each page's blocks in order, in one scope), and runs them all in one `tsx` process against
 * the sources (`tinh-gon` is src/index.ts, `tinh-gon/plan` src/plan/index.ts, …). An example
 * needs no imports: the names it uses are
 * bound from the entries (its own entry first, then the root, then the others); an `import … from
 * 'tinh-gon/…'` line is honoured too. Each example runs in its own scope; one that throws fails.
 *
 * The `//=>` convention, checked here:
 * - `expression; //=> value` (or `//=> value` alone on the next line) asserts that the expression
 *   deep-equals `value`, a JavaScript expression (JSON-like: strings, numbers, bigints, booleans,
 *   `undefined`, arrays, plain objects; it may use the example's names). After
 *   `const x = …; //=> value` the value of `x` is asserted; after `if (c) expression; //=> value` the
 *   expression, which must run.
 * - Words after the value in parentheses explain it and are not compared: `//=> 12 (11.5 → 12)`.
 * - `…` inside an object or at the end of an array means "and more": `//=> { ok: false, … }` compares
 *   only the keys shown, `//=> ['a', …]` only the first items; a string value ending in `…` compares
 *   the start of the string. Keys whose value is `undefined` count as absent.
 * - `//=> throws RangeError` asserts that the expression throws that error.
 * - `//=> …` alone shows a value that is not compared (a long text, an object too big to show);
 *   keep these rare. The run prints how many there are.
 * - A `//=>` value continued on the next lines: each such line starts with `//` and two spaces.
 *
 * Usage: `node scripts/check-doc-examples.mjs [--filter text] [--verbose]`. Prints one line per
 * failing example and ends with `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1] : undefined;
const verbose = args.includes('--verbose');

// The package's own entry names, mapped to the sources: `tinh-gon` → src/index.ts, `tinh-gon/plan` → src/plan/index.ts.
const packageJson = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const entries = Object.keys(packageJson.exports)
  .filter((key) => key === '.' || /^\.\/[\w-]+$/.test(key))
  .map((key) => {
    const sub = key === '.' ? '' : key.slice(2);
    return { name: sub === '' ? packageJson.name : `${packageJson.name}/${sub}`, file: resolve(root, 'src', sub, 'index.ts') };
  });
const entryByName = new Map(entries.map((entry) => [entry.name, entry]));

const config = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.build.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const program = ts.createProgram(
  entries.map((entry) => entry.file),
  config.options,
);
const checker = program.getTypeChecker();

/** The raw text of the JSDoc blocks of a declaration, without the comment markers. */
function docTexts(declaration) {
  const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  const texts = [];
  for (const doc of node.jsDoc ?? []) {
    const raw = doc.getText();
    texts.push({
      text: raw
        .replace(/^\/\*\*/, '')
        .replace(/\*\/$/, '')
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n'),
      line: doc.getSourceFile().getLineAndCharacterOfPosition(doc.getStart()).line + 1,
      file: relative(root, doc.getSourceFile().fileName),
    });
  }
  return texts;
}

/** Splits a line at its block tags (`… @category X @example …`), outside inline code. */
function splitAtTags(line) {
  const parts = [];
  let start = 0;
  let inCode = false;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] === '`') inCode = !inCode;
    else if (!inCode && line[i] === '@' && i > start && /\s/.test(line[i - 1]) && /^@[a-zA-Z]+/.test(line.slice(i))) {
      parts.push(line.slice(start, i).trimEnd());
      start = i;
    }
  }
  parts.push(line.slice(start));
  return parts;
}

/** The code blocks of the @example tags of a comment (a tag ends at the next tag outside a fence). */
function exampleBlocks(text) {
  const blocks = [];
  let inFence = false;
  let current;
  let example; // the lines of the current @example outside fences, when it has no fence
  let fenced = false;
  const close = () => {
    if (example !== undefined && !fenced) {
      const body = example.join('\n').trim();
      const inline = /^`([^`]+)`$/.exec(body);
      if (body !== '') blocks.push(inline ? inline[1] : body);
    }
    example = undefined;
  };
  for (const rawLine of text.split('\n')) {
    const pieces = inFence ? [rawLine] : splitAtTags(rawLine);
    for (const line of pieces) {
      if (!inFence && /^@\w+/.test(line)) {
        close();
        if (line.startsWith('@example')) {
          example = [line.slice('@example'.length)];
          fenced = false;
        }
        continue;
      }
      if (example === undefined) continue;
      if (/^```/.test(line)) {
        fenced = true;
        if (inFence) {
          blocks.push(current.join('\n'));
          inFence = false;
        } else if (/^```(ts|typescript|js|javascript)?\s*$/.test(line)) {
          inFence = true;
          current = [];
        }
        continue;
      }
      if (inFence) current.push(line);
      else example.push(line);
    }
  }
  close();
  return blocks;
}

const hasExampleTag = (text) => /(^|\s)@example\b/.test(text);

// Collect the examples and the value names of every entry.
const valueNames = new Map(); // entry name → Set of value exports
const examples = [];
const missing = [];
let exportCount = 0;
const seen = new Set();
for (const entry of entries) {
  const sourceFile = program.getSourceFile(entry.file);
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  const names = new Set();
  valueNames.set(entry.name, names);
  // The entry's own page: the @module (or @packageDocumentation) comment at the top of its file.
  const head = /^\/\*\*[\s\S]*?\*\//.exec(sourceFile.text);
  if (head && /@(module|packageDocumentation)\b/.test(head[0])) {
    const text = head[0]
      .replace(/^\/\*\*/, '')
      .replace(/\*\/$/, '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n');
    for (const [index, code] of exampleBlocks(text).entries()) {
      examples.push({ name: `${entry.name} (module)${index > 0 ? ` #${index + 1}` : ''}`, entry: entry.name, code, where: `${relative(root, entry.file)}:1` });
    }
  }
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const resolved = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (resolved.flags & ts.SymbolFlags.Value) names.add(symbol.name);
    const declarations = resolved.declarations ?? [];
    const key = declarations.map((declaration) => `${declaration.getSourceFile().fileName}:${declaration.pos}`).join();
    if (seen.has(key)) continue; // re-exported by another entry: checked once
    seen.add(key);
    exportCount += 1;
    let found = false;
    const texts = new Set();
    const visit = (declaration, name) => {
      for (const doc of docTexts(declaration)) {
        if (!hasExampleTag(doc.text)) continue;
        if (texts.has(doc.text)) continue;
        texts.add(doc.text);
        for (const [index, code] of exampleBlocks(doc.text).entries()) {
          examples.push({ name: `${entry.name}: ${name}${index > 0 ? ` #${index + 1}` : ''}`, entry: entry.name, code, where: `${doc.file}:${doc.line}` });
        }
      }
    };
    for (const declaration of declarations) {
      if (docTexts(declaration).some((doc) => hasExampleTag(doc.text))) found = true;
      visit(declaration, symbol.name);
      if (ts.isClassDeclaration(declaration) || ts.isInterfaceDeclaration(declaration)) {
        for (const member of declaration.members) if (member.name) visit(member, `${symbol.name}.${member.name.getText()}`);
      }
    }
    if (!found) missing.push(`${entry.name}: ${symbol.name}`);
  }
}

// The guides and pages: the ```ts blocks of each docs/guides/*.md and docs/*.md run in order, in
// one scope (a guide builds step by step); other lines are blanked, so a line number is the line of
// the page.
const markdownIn = (folder) =>
  existsSync(resolve(root, folder))
    ? readdirSync(resolve(root, folder))
        .filter((file) => file.endsWith('.md'))
        .sort()
        .map((file) => `${folder}/${file}`)
    : [];
for (const name of [...markdownIn('docs/guides'), ...markdownIn('docs')]) {
  const lines = readFileSync(resolve(root, name), 'utf8').split('\n');
  let inBlock = false;
  let blocks = 0;
  const code = lines.map((line) => {
    if (!inBlock && /^```ts\s*$/.test(line)) {
      inBlock = true;
      blocks += 1;
      return '';
    }
    if (inBlock && /^```\s*$/.test(line)) {
      inBlock = false;
      return '';
    }
    return inBlock ? line : '';
  });
  if (blocks > 0) examples.push({ name: `${name} (${blocks} blocks)`, entry: packageJson.name, code: code.join('\n'), where: name });
}

/** Whether a text parses as one JavaScript/TypeScript expression. */
function parsesAsExpression(text) {
  const file = ts.createSourceFile('x.ts', `(${text}\n);`, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  return file.parseDiagnostics.length === 0 && file.statements.length === 1;
}

/** `…` outside string literals → the `__MORE__` marker. */
function markEllipses(text) {
  let out = '';
  let quote;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quote !== undefined) {
      out += char;
      if (char === '\\') {
        out += text[i + 1] ?? '';
        i += 1;
      } else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
      out += char;
    } else if (char === '…') out += '__MORE__';
    else out += char;
  }
  return out;
}

/** The expected value of a `//=>` comment as code, or a directive. */
function expectation(raw) {
  const text = raw.trim();
  if (text === '…' || text === '...') return { skip: true };
  const throws = /^throws\s+(\w+)/.exec(text);
  if (throws) return { throws: throws[1] };
  const candidates = [text];
  const explained = /^(.*\S)\s+\((?:[^()]|\([^()]*\))*\)\s*$/.exec(text);
  if (explained) candidates.unshift(explained[1]);
  for (const candidate of candidates) {
    const marked = markEllipses(candidate);
    if (parsesAsExpression(marked)) return { code: marked };
  }
  return { invalid: text };
}

/** Rewrites an example into the body of a checked function; returns problems found while reading it. */
function transform(example) {
  const problems = [];
  const binds = new Map(); // local name → { entry, name }
  let code = example.code;
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  if (file.parseDiagnostics.length > 0) {
    const [first] = file.parseDiagnostics;
    const line = file.getLineAndCharacterOfPosition(first.start).line + 1;
    problems.push(`line ${line}: does not parse: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}`);
    return { code: '', binds: new Map(), problems, assertions: 0, skipped: 0, sites: [] };
  }
  const edits = [];
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!entryByName.has(specifier)) {
      problems.push(`imports ${specifier}, which is not an entry of the package`);
      continue;
    }
    const clause = statement.importClause;
    if (clause && !clause.isTypeOnly && clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
      for (const element of clause.namedBindings.elements) {
        if (element.isTypeOnly) continue;
        binds.set(element.name.text, { entry: specifier, name: (element.propertyName ?? element.name).text });
      }
    }
    edits.push({ start: statement.getStart(), end: statement.getEnd(), text: '' });
  }
  // Find the `//=>` comments with their values and the statements they describe.
  const lineStarts = file.getLineStarts();
  const lines = code.split('\n');
  let assertions = 0;
  const sites = [];
  let skipped = 0;
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex += 1) {
    const line = lines[lineIndex];
    const at = line.indexOf('//=>');
    if (at < 0) continue;
    let raw = line.slice(at + 4);
    let lastLine = lineIndex;
    while (/^\s*\/\/\s{2,}\S/.test(lines[lastLine + 1] ?? '')) {
      lastLine += 1;
      raw += ` ${lines[lastLine].replace(/^\s*\/\//, '').trim()}`;
    }
    const commentPosition = lineStarts[lineIndex] + at;
    const expected = expectation(raw);
    if (expected.skip) {
      skipped += 1;
      continue;
    }
    if (expected.invalid !== undefined) {
      problems.push(`line ${lineIndex + 1}: the value after //=> is not an expression: ${expected.invalid}`);
      continue;
    }
    // The statement: the innermost one that ends last before the comment (the `then` of an `if` too).
    let statement;
    (function find(node) {
      if (node.kind !== ts.SyntaxKind.SourceFile && node.getStart() >= commentPosition) return;
      if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) {
        if (node.getEnd() <= commentPosition && (statement === undefined || node.getEnd() >= statement.getEnd())) statement = node;
      }
      ts.forEachChild(node, find);
    })(file);
    if (statement === undefined) {
      problems.push(`line ${lineIndex + 1}: //=> follows no expression or declaration`);
      continue;
    }
    const site = JSON.stringify(`line ${lineIndex + 1}`);
    const expectedCode = expected.throws !== undefined ? `{ __throws: ${JSON.stringify(expected.throws)} }` : expected.code;
    const check = (expression) => `await __check(${site}, async () => (${expression}), () => (${expectedCode}))`;
    if (ts.isExpressionStatement(statement)) {
      edits.push({ start: statement.getStart(), end: statement.getEnd(), text: `${check(statement.expression.getText())};` });
    } else if (statement.declarationList.declarations.length === 1 && ts.isIdentifier(statement.declarationList.declarations[0].name)) {
      edits.push({ start: statement.getEnd(), end: statement.getEnd(), text: ` ${check(statement.declarationList.declarations[0].name.text)};` });
    } else {
      problems.push(`line ${lineIndex + 1}: //=> follows a declaration of more than one name`);
      continue;
    }
    sites.push(`line ${lineIndex + 1}`);
    assertions += 1;
    lineIndex = lastLine;
  }
  edits.sort((a, b) => b.start - a.start);
  for (const edit of edits) code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  // Bind the package's names the example uses and does not import.
  const identifiers = new Set();
  (function walk(node) {
    if (ts.isIdentifier(node)) identifiers.add(node.text);
    ts.forEachChild(node, walk);
  })(file);
  const order = [example.entry, packageJson.name, ...entries.map((entry) => entry.name)];
  for (const identifier of identifiers) {
    if (binds.has(identifier)) continue;
    const from = order.find((entry) => valueNames.get(entry)?.has(identifier));
    if (from !== undefined) binds.set(identifier, { entry: from, name: identifier });
  }
  return { code, binds, problems, assertions, skipped, sites };
}

const selected = examples.filter((example) => filter === undefined || example.name.includes(filter) || example.where.includes(filter));
const transformed = selected.map((example) => ({ example, ...transform(example) }));

const entryVariable = (name) => `__entry_${name.replace(/\W/g, '_')}`;
const program_ = [
  '// Generated by scripts/check-doc-examples.mjs: every @example of the API reference, checked.',
  ...entries.map((entry) => `import * as ${entryVariable(entry.name)} from ${JSON.stringify(relative(resolve(root, '.tmp'), entry.file).replace(/\.ts$/, '.js'))};`),
  `import { __check, __run } from './doc-examples-harness.js';`,
  'const __examples: Array<() => unknown> = [];',
  ...transformed.map(({ code, binds }) => {
    const binding = [...binds].map(([local, { entry, name }]) => `const ${local} = (${entryVariable(entry)} as Record<string, any>)[${JSON.stringify(name)}];`);
    return ['__examples.push(async () => {', ...binding.map((line) => `  ${line}`), '  {', code, '  }', '});'].join('\n');
  }),
  '// @ts-ignore',
  `await __run(__examples, ${JSON.stringify(transformed.map(({ sites }) => sites))});`,
  '',
].join('\n');

const harness = `// Generated by scripts/check-doc-examples.mjs.
import { isDeepStrictEqual } from 'node:util';
const failures: string[][] = [];
let current = 0;
let ran = new Set<string>();
let checked = 0;

function describe(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? \`\${item}n\` : item === undefined ? '<undefined>' : item))?.slice(0, 600) ?? String(value);
  } catch {
    return String(value);
  }
}

function matches(actual: unknown, expected: unknown): boolean {
  if (expected === '__MORE__') return true;
  if (typeof expected === 'string' && expected.endsWith('…') && typeof actual === 'string') return actual.startsWith(expected.slice(0, -1));
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const open = expected.length > 0 && expected[expected.length - 1] === '__MORE__';
    const shown = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < shown.length : actual.length !== shown.length) return false;
    return shown.every((item, index) => matches(actual[index], item));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const record = expected as Record<string, unknown>;
    const open = Object.hasOwn(record, '__MORE__');
    const keys = Object.keys(record).filter((key) => key !== '__MORE__' && record[key] !== undefined);
    const actualKeys = Object.keys(actual).filter((key) => (actual as Record<string, unknown>)[key] !== undefined);
    if (!open && actualKeys.length !== keys.length) return false;
    return keys.every((key) => matches((actual as Record<string, unknown>)[key], record[key]));
  }
  return isDeepStrictEqual(actual, expected);
}

(globalThis as Record<string, unknown>).__MORE__ = '__MORE__';

export async function __check(site: string, actual: () => unknown, expected: () => unknown): Promise<void> {
  checked += 1;
  ran.add(site);
  const want = expected() as { __throws?: string } | unknown;
  if (want !== null && typeof want === 'object' && '__throws' in (want as object)) {
    const name = (want as { __throws: string }).__throws;
    try {
      const value = await actual();
      failures[current]?.push(\`\${site}: expected to throw \${name}, got \${describe(value)}\`);
    } catch (error) {
      if (!(error instanceof Error) || error.name !== name) failures[current]?.push(\`\${site}: expected to throw \${name}, threw \${String(error)}\`);
    }
    return;
  }
  let value: unknown;
  try {
    value = await actual();
  } catch (error) {
    failures[current]?.push(\`\${site}: threw \${error instanceof Error ? error.stack?.split('\\n').slice(0, 3).join(' / ') : String(error)}\`);
    return;
  }
  if (!matches(value, want)) failures[current]?.push(\`\${site}: expected \${describe(want)}, got \${describe(value)}\`);
}

export async function __run(examples: Array<() => unknown>, sites: string[][]): Promise<void> {
  for (let index = 0; index < examples.length; index += 1) {
    current = index;
    failures[index] = [];
    ran = new Set<string>();
    try {
      await examples[index]?.();
    } catch (error) {
      failures[index]?.push(\`threw \${error instanceof Error ? error.stack?.split('\\n').slice(0, 4).join(' / ') : String(error)}\`);
    }
    for (const site of sites[index] ?? []) if (!ran.has(site)) failures[index]?.push(\`\${site}: the statement before //=> did not run\`);
  }
  const report = sites.map((_sites, index) => ({ problems: failures[index] ?? [] }));
  process.stdout.write(\`\${JSON.stringify({ checked, report })}\\n\`);
}
`;

mkdirSync(resolve(root, '.tmp'), { recursive: true });
writeFileSync(resolve(root, '.tmp', 'doc-examples.ts'), program_);
writeFileSync(resolve(root, '.tmp', 'doc-examples-harness.ts'), harness);
const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(root, '.tmp', 'doc-examples.ts')], {
  cwd: root,
  encoding: 'utf8',
  timeout: 110_000,
  maxBuffer: 64 * 1024 * 1024,
});
const lastLine = run.stdout.trim().split('\n').pop() ?? '';
let result;
try {
  result = JSON.parse(lastLine);
} catch {
  console.log(`the examples did not run (exit ${run.status}${run.signal ? `, ${run.signal}` : ''}):\n${run.stderr.slice(-3000)}`);
  process.exit(1);
}

let failed = 0;
transformed.forEach(({ example, problems: readProblems }, index) => {
  const problems = [...readProblems, ...(result.report[index]?.problems ?? [])];
  if (problems.length === 0) {
    if (verbose) console.log(`ok   ${example.name} (${example.where})`);
    return;
  }
  failed += 1;
  console.log(`FAIL ${example.name} (${example.where})`);
  for (const problem of problems) console.log(`     ${problem}`);
});
for (const name of missing) {
  failed += 1;
  console.log(`FAIL ${name}: no @example`);
}
const assertions = transformed.reduce((sum, item) => sum + item.assertions, 0);
const skipped = transformed.reduce((sum, item) => sum + item.skipped, 0);
console.log(
  `${exportCount} exports, ${examples.length} example blocks${filter ? ` (${selected.length} selected)` : ''}, ${assertions} //=> values compared (${result.checked} evaluated), ${skipped} shown and not compared (//=> …)`,
);
console.log(`${selected.length + missing.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
