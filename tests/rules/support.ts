import { isoDate } from '../../src/core/index.js';
import type { Instrument, Rule, RuleVersion } from '../../src/rules/index.js';

/** A provincial decision of 2020 with a source, named by its id unless `overrides` say otherwise. */
export function testInstrument(id: string, overrides: Partial<Instrument> = {}): Instrument {
  return {
    id,
    kind: 'decision',
    issuer: 'UBND tỉnh',
    issued: isoDate('2020-01-01'),
    effective: isoDate('2020-01-01'),
    title: { vi: id, en: id },
    verification: 'secondary',
    sources: ['https://example.org'],
    ...overrides,
  };
}

/** LOCAL-1, the local decision (effective 2020-02-01) that the local rules of these tests cite. */
export const LOCAL_DECISION: Instrument = testInstrument('LOCAL-1', {
  effective: isoDate('2020-02-01'),
  title: { vi: 'Quyết định địa phương', en: 'Local decision' },
  scope: 'local',
  sources: ['https://example.org/local-decision'],
});

/** A rule of type `area-hierarchy` (topic structure) titled by its id. */
export function hierarchyRule(id: string, versions: readonly RuleVersion[]): Rule {
  return { id, type: 'area-hierarchy', topic: 'structure', title: { vi: id, en: id }, versions } as Rule;
}

/** A rule of type `grace-period` (topic merge) titled by its id. */
export function graceRule(id: string, versions: readonly RuleVersion[]): Rule {
  return { id, type: 'grace-period', topic: 'merge', title: { vi: id, en: id }, versions } as Rule;
}
