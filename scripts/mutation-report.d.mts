// Types of scripts/mutation-report.mjs, for the tests that import it.
export interface MarkedEquivalent {
  readonly line: number;
  readonly mutators: string;
  readonly reason: string;
}
export interface LeftMutant {
  readonly line: number;
  readonly status: string;
  readonly mutator: string;
  readonly replacement: string;
  readonly code: string;
}
export interface FileScore {
  sha256: string;
  detected: number;
  undetected: number;
  ignored: number;
  static?: number;
  invalid: number;
  left: LeftMutant[];
  marked?: MarkedEquivalent[];
  tests?: Record<string, string | undefined>;
}
export interface Scores {
  files: Record<string, FileScore>;
  updated?: string;
  stryker?: string;
  scope?: Record<string, number>;
}
export interface Stale {
  changed: string[];
  missing: string[];
  removed: string[];
  tests: { file: string; tests: string[] }[];
}
export interface Total {
  detected: number;
  undetected: number;
  ignored: number;
  static: number;
  invalid: number;
  files: number;
}
export const SCORES: string;
export const SUMMARY: string;
export const REPORT: string;
export const INCREMENTAL_DIR: string;
export const GOAL: number;
export const EXCLUDED: readonly { pattern: RegExp; reason: string }[];
export function isBarrel(text: string): boolean;
export function scopeFiles(root?: string): string[];
export function inScope(path: string): boolean;
export function testsFor(sourcePath: string): string[];
export function sha256(text: string | Uint8Array): string;
export function hashFile(path: string): string | undefined;
export function readScores(): Scores;
export function findStale(scores?: Scores): Stale;
export function equivalentsIn(text: string): MarkedEquivalent[];
export function folderTotals(scores: Scores): [string, Total][];
export function score(total: { detected: number; undetected: number }): number | undefined;
export function renderSummary(scores: Scores): string;
