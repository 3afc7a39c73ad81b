/**
 * Writes JSON Schemas of the input formats — a structure, a plan, rulebook additions — generated
 * from the library's zod schemas, into schemas/, so apps in other languages can validate their
 * data before calling us. The package ships them (`tinh-gon/schemas/structure.schema.json`, …).
 * `--check` compares instead of writing and fails when a file is out of date.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { structureSchema } from '../src/model/schema.js';
import { planSchema } from '../src/parse/index.js';
import { rulebookAdditionsSchema } from '../src/rules/schema.js';

const schemas: Record<string, { schema: z.ZodType; title: string; description: string }> = {
  structure: {
    schema: structureSchema,
    title: 'tinh-gon structure',
    description: 'Units (areas and organisations), people and assignments, as parseStructure accepts them.',
  },
  'rulebook-additions': {
    schema: rulebookAdditionsSchema,
    title: 'tinh-gon rulebook additions',
    description: 'Instruments and rules to add to a rulebook, as parseRulebookAdditions accepts them.',
  },
  plan: { schema: planSchema, title: 'tinh-gon plan', description: 'A reorganisation plan, as parsePlan accepts it.' },
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [name, { schema, title, description }] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  const content = `${JSON.stringify({ ...json, $id: `https://unpkg.com/tinh-gon/schemas/${name}.schema.json`, title, description }, null, 2)}\n`;
  const file = resolve(import.meta.dirname, '..', 'schemas', `${name}.schema.json`);
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== content) {
      console.error(`schemas/${name}.schema.json is out of date: run npx tsx scripts/generate-json-schemas.ts`);
      stale += 1;
    }
  } else writeFileSync(file, content);
}
if (check && stale > 0) process.exit(1);
console.log(check ? `JSON Schemas up to date (${Object.keys(schemas).length})` : `wrote ${Object.keys(schemas).length} JSON Schemas`);
