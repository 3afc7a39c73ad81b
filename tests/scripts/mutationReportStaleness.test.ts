import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type FileScore,
  type Scores,
  equivalentsIn,
  findStale,
  folderTotals,
  hashFile,
  inScope,
  isBarrel,
  renderSummary,
  score,
  scopeFiles,
  sha256,
} from '../../scripts/mutation-report.mjs';

// What CI's check-mutation-report.mjs rests on: which files a committed mutation report no longer
// describes, named one by one, computed from hashes alone (no mutant is run).

const entry = (file: string, extra: Partial<FileScore> = {}): FileScore => ({
  sha256: hashFile(file) ?? '',
  detected: 9,
  undetected: 1,
  ignored: 0,
  static: 0,
  invalid: 0,
  left: [],
  marked: [],
  tests: {},
  ...extra,
});

describe('the scope of mutation', () => {
  it('leaves out data folders and pure barrels, keeps logic (a barrel with code included)', () => {
    const scope = scopeFiles();
    expect(scope).toContain('src/core/divideRounded.ts');
    expect(scope).toContain('src/plan/checks/index.ts');
    expect(scope).not.toContain('src/core/index.ts');
    expect(scope.some((file) => file.startsWith('src/rules/data/'))).toBe(false);
    expect(scope.some((file) => file.startsWith('src/vn/data/'))).toBe(false);
    expect(scope.some((file) => file.startsWith('src/samples/'))).toBe(false);
    expect(inScope('src/rules/data/mergeRules.ts')).toBe(false);
    expect(inScope('tests/core/divideRounded.test.ts')).toBe(false);
  });

  it.each([
    ["export { a } from './a.js';\nexport type { B } from './b.js';\n", true],
    ["/** docs */\nexport * from './a.js';\nexport * as c from './c.js';\n", true],
    ["export { a } from './a.js';\nexport const b = 1;\n", false],
    ["import { a } from './a.js';\nexport { a };\n", false],
  ])('isBarrel(%j) is %s', (text, expected) => {
    expect(isBarrel(text)).toBe(expected);
  });
});

describe('findStale names each file the report no longer describes', () => {
  const fresh: Scores = {
    files: {
      'src/core/divideRounded.ts': entry('src/core/divideRounded.ts', { tests: { 'tests/core/divideRounded.test.ts': hashFile('tests/core/divideRounded.test.ts') } }),
      'src/core/Citation.ts': entry('src/core/Citation.ts'),
    },
  };

  it('finds nothing changed when every hash matches, and lists the files never run', () => {
    const stale = findStale(fresh);
    expect(stale.changed).toEqual([]);
    expect(stale.removed).toEqual([]);
    expect(stale.tests).toEqual([]);
    expect(stale.missing).toContain('src/core/IsoDate.ts');
    expect(stale.missing).not.toContain('src/core/Citation.ts');
    expect(stale.missing.length).toBe(scopeFiles().length - 2);
  });

  it('names a source whose hash moved as changed, and only that one', () => {
    const scores: Scores = { files: { ...fresh.files, 'src/core/Citation.ts': entry('src/core/Citation.ts', { sha256: sha256('older text') }) } };
    expect(findStale(scores).changed).toEqual(['src/core/Citation.ts']);
  });

  it('names an entry whose file is gone or out of scope as removed', () => {
    const scores: Scores = {
      files: { ...fresh.files, 'src/core/gone.ts': entry('src/core/Citation.ts'), 'src/rules/data/mergeRules.ts': entry('src/rules/data/mergeRules.ts') },
    };
    expect(findStale(scores).removed).toEqual(['src/core/gone.ts', 'src/rules/data/mergeRules.ts']);
  });

  it('names the covering test files that changed, and not when the source changed too (a rerun is due anyway)', () => {
    const moved: Scores = {
      files: {
        ...fresh.files,
        'src/core/Citation.ts': entry('src/core/Citation.ts', { tests: { 'tests/core/Interval.test.ts': sha256('an older test') } }),
      },
    };
    expect(findStale(moved).tests).toEqual([{ file: 'src/core/Citation.ts', tests: ['tests/core/Interval.test.ts'] }]);
    const both: Scores = {
      files: { 'src/core/Citation.ts': entry('src/core/Citation.ts', { sha256: 'x', tests: { 'tests/core/gone.test.ts': 'y' } }) },
    };
    expect(findStale(both)).toMatchObject({ changed: ['src/core/Citation.ts'], tests: [] });
  });
});

describe('scores and the summary', () => {
  it('adds files into every ancestor folder and scores detected / (detected + undetected)', () => {
    const scores: Scores = {
      files: {
        'src/a/x.ts': entry('src/core/Citation.ts', { detected: 9, undetected: 1 }),
        'src/a/b/y.ts': entry('src/core/Citation.ts', { detected: 8, undetected: 2, static: 3 }),
      },
    };
    const totals = Object.fromEntries(folderTotals(scores));
    expect(totals['src/a']).toEqual({ detected: 17, undetected: 3, ignored: 0, static: 3, invalid: 0, files: 2 });
    expect(totals['src/a/b']?.files).toBe(1);
    expect(score({ detected: 17, undetected: 3 })).toBe(85);
    expect(score({ detected: 0, undetected: 0 })).toBeUndefined();
  });

  it('reads equivalence marks with their reasons', () => {
    const text = 'a\n  // Stryker disable next-line EqualityOperator,ConditionalExpression: both sides give 0 here\nb\n';
    expect(equivalentsIn(text)).toEqual([{ line: 2, mutators: 'EqualityOperator,ConditionalExpression', reason: 'both sides give 0 here' }]);
  });

  it('renders the committed summary from the committed scores, byte for byte', () => {
    const committed = JSON.parse(readFileSync('reports/mutation/scores.json', 'utf8')) as Scores;
    expect(renderSummary(committed)).toBe(readFileSync('reports/mutation/summary.md', 'utf8'));
  });
});
