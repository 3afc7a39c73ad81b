import { describe, expect, it } from 'vitest';
import {
  countStructure,
  ERA_AS_OF,
  generateNationalStructure,
  mulberry32,
} from '../../bench/generateNationalStructure.js';
import { parseStructure } from '../../src/parse/index.js';
import { validateStructure } from '../../src/structure/index.js';

describe('mulberry32', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    for (const value of first) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('generateNationalStructure (on the lists shipped in src/vn)', () => {
  const post = generateNationalStructure({ era: 'post2025', scale: 0.25, seed: 11 });
  const pre = generateNationalStructure({ era: 'pre2025', scale: 0.25, seed: 11 });

  it.each([
    ['post2025', post],
    ['pre2025', pre],
  ] as const)('%s at ¼× parses and validates on its date without errors', (era, structure) => {
    const parsed = parseStructure(structure);
    expect(parsed.issues).toEqual([]);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const report = validateStructure(parsed.value, { asOf: ERA_AS_OF[era] });
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(report.ok).toBe(true);
  }, 60_000);

  it('is deterministic: the same seed gives the same JSON, another seed another', () => {
    const again = generateNationalStructure({ era: 'post2025', scale: 0.25, seed: 11 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(post));
    const other = generateNationalStructure({ era: 'post2025', scale: 0.25, seed: 12 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(post));
  }, 60_000);

  it('keeps every province and a quarter of the communes at ¼×', () => {
    const postCounts = countStructure(post);
    expect(postCounts.provinces).toBe(34);
    expect(postCounts.districts).toBe(0);
    expect(postCounts.communes).toBe(Math.ceil(3321 / 4));
    const preCounts = countStructure(pre);
    expect(preCounts.provinces).toBe(63);
    expect(preCounts.districts).toBe(696);
    expect(preCounts.communes).toBe(Math.ceil(10035 / 4));
  });

  it('gives about 27 villages per commune after 2025 and about 9 before', () => {
    const postCounts = countStructure(post);
    expect(postCounts.villages / postCounts.communes).toBeGreaterThan(24);
    expect(postCounts.villages / postCounts.communes).toBeLessThan(30);
    const preCounts = countStructure(pre);
    expect(preCounts.villages / preCounts.communes).toBeGreaterThan(7.5);
    expect(preCounts.villages / preCounts.communes).toBeLessThan(10.5);
  });

  it('puts only villages under communes and only residential groups under wards', () => {
    const kinds = new Map(post.units.map((unit) => [unit.id, unit.kind]));
    for (const unit of post.units) {
      if (unit.kind === 'village') expect(kinds.get(unit.parentId ?? '')).toBe('commune');
      if (unit.kind === 'residential-group') expect(['ward', 'special-zone']).toContain(kinds.get(unit.parentId ?? ''));
    }
  });

  it('has the usual concurrent posts: most commune secretaries chair the council, most cell secretaries head the village', () => {
    const byPerson = new Map<string, string[]>();
    for (const a of post.assignments) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), `${a.role}@${a.unitId}`]);
    let secretaries = 0;
    let chairing = 0;
    let cellSecretaries = 0;
    let heads = 0;
    for (const posts of byPerson.values()) {
      const communeSecretary = posts.find((p) => /^secretary@vn-2025-07:c[^/]*\/pc$/.test(p));
      if (communeSecretary !== undefined) {
        secretaries += 1;
        if (posts.some((p) => /^chair@vn-2025-07:c[^/]*\/hdnd$/.test(p))) chairing += 1;
      }
      if (posts.some((p) => p.startsWith('secretary@') && p.endsWith('/cb'))) {
        cellSecretaries += 1;
        if (posts.some((p) => p.startsWith('villageHead@'))) heads += 1;
      }
    }
    expect(secretaries).toBe(Math.ceil(3321 / 4));
    expect(chairing / secretaries).toBeGreaterThan(0.75);
    expect(chairing / secretaries).toBeLessThan(0.95);
    expect(heads / cellSecretaries).toBeGreaterThan(0.8);
    expect(heads / cellSecretaries).toBeLessThan(0.95);
  }, 30_000);

  it('makes fresh ids when scaling up (4×) with no duplicates', () => {
    const big = generateNationalStructure({ era: 'post2025', scale: 4, seed: 11 });
    const counts = countStructure(big);
    expect(counts.communes).toBe(3321 * 4);
    expect(new Set(big.units.map((unit) => unit.id)).size).toBe(big.units.length);
    expect(new Set(big.people.map((person) => person.id)).size).toBe(big.people.length);
  }, 60_000);
});
