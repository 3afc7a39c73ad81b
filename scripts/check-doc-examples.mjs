#!/usr/bin/env node
// Every exported function, class, interface, type alias and variable of the API reference has an
// @example (typedoc already fails on an undocumented export). Reads typedoc's JSON output.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
execFileSync('npx', ['typedoc', '--json', '.tmp/api.json', '--out', '.tmp/api-site'], { stdio: 'ignore' });
const api = JSON.parse(readFileSync('.tmp/api.json', 'utf8'));
const KINDS = new Set([32, 64, 128, 256, 2097152]); // variable, function, class, interface, type alias
const missing = [];
let total = 0;
(function walk(node, path) {
  if (KINDS.has(node.kind)) {
    total += 1;
    const comment = node.comment ?? node.signatures?.[0]?.comment;
    if (!(comment?.blockTags ?? []).some((tag) => tag.tag === '@example')) missing.push(`${path}/${node.name}`);
  }
  for (const child of node.children ?? []) walk(child, `${path}/${node.name}`);
})(api, '');
for (const name of missing) console.log(`no @example: ${name}`);
console.log(`${total - missing.length} passed, ${missing.length} failed (exports with an @example)`);
process.exit(missing.length === 0 ? 0 : 1);
