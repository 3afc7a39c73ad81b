import { describe, expect, it } from 'vitest';
import { applyPlan, findMergeCandidates, validatePlan, type Plan, type PlanOperation } from '../../src/plan/index.js';
import { type AreaUnit, findUnit, findUnitsInForce } from '../../src/model/index.js';
import { validateStructure } from '../../src/structure/index.js';
import { defaultRulebook, extendRulebook } from '../../src/rules/index.js';
import { KY_ANH_2019_COMMUNE_MERGERS, KY_ANH_2019_TOWN_CONSOLIDATIONS, KY_ANH_2019_VILLAGE_MERGERS, KY_ANH_FUNCTION_GROUPS, KY_ANH_REPORTED_FIGURES, kyAnhLocalRules, kyAnhPlan2019, kyAnhTown2018 } from '../../src/samples/index.js';
import { isoDate } from '../../src/core/index.js';

const localRulebook = extendRulebook(defaultRulebook, kyAnhLocalRules);
const townConsolidations = [...KY_ANH_2019_TOWN_CONSOLIDATIONS];
const communeMergers = [...KY_ANH_2019_COMMUNE_MERGERS];
const villageMergers = [...KY_ANH_2019_VILLAGE_MERGERS];

const plan = (effectiveOn: string, operations: PlanOperation[]): Plan => ({
  id: 'ky-anh-2019',
  effectiveOn: isoDate(effectiveOn),
  basis: [{ instrumentId: '18-NQ/TW' }],
  operations,
});

/** The merge candidates of the town on a date (a failure fails the test, naming its issues). */
const candidatesOn = (asOf: string) => {
  const result = findMergeCandidates(kyAnhTown2018, { asOf: isoDate(asOf) });
  if (!result.ok) throw new Error(JSON.stringify(result.issues.map((issue) => issue.code)));
  return result.value.candidates;
};

describe('Kỳ Anh town, 2019 (cases.md §1)', () => {
  it('passes the whole 2019 plan of the samples with the local instrument, and applies it', () => {
    expect(validatePlan(kyAnhTown2018, kyAnhPlan2019).ok).toBe(false);
    const report = validatePlan(kyAnhTown2018, kyAnhPlan2019, { rulebook: localRulebook });
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const applied = applyPlan(kyAnhTown2018, kyAnhPlan2019, { rulebook: localRulebook });
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const villages = findUnitsInForce(applied.value.structure, kyAnhPlan2019.effectiveOn).filter(
      (unit) => unit.kind === 'village' || unit.kind === 'residential-group',
    );
    expect(villages).toHaveLength(82);
  });

  it('passes its town-level consolidations with the central rules alone', () => {
    const report = validatePlan(kyAnhTown2018, plan('2019-03-01', townConsolidations));
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(report.issues.some((issue) => issue.code === 'plan_family_mismatch')).toBe(false);
  });

  it('flags the commune office merger with only the central rules, at every commune', () => {
    const report = validatePlan(kyAnhTown2018, plan('2019-03-01', communeMergers));
    const flagged = report.issues.filter((issue) => issue.code === 'plan_family_mismatch');
    expect(flagged).toHaveLength(KY_ANH_REPORTED_FIGURES.communes);
    expect(flagged[0]?.params).toMatchObject({ families: ['party', 'state'], level: 'commune' });
    expect(report.ok).toBe(false);
  });

  it('passes the commune office merger with Hà Tĩnh’s Kết luận 92-KL/TU added', () => {
    const report = validatePlan(kyAnhTown2018, plan('2019-03-01', communeMergers), { rulebook: localRulebook });
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const permitted = report.issues.filter((issue) => issue.code === 'plan_cross_family_permitted');
    expect(permitted).toHaveLength(12);
    expect(permitted[0]).toMatchObject({ ruleId: 'ha-tinh.commune-office-consolidation', citation: { instrumentId: '92-KL/TU (Hà Tĩnh)' } });
  });

  it('does not let the local rule work before the conclusion was issued', () => {
    const report = validatePlan(kyAnhTown2018, plan('2018-10-02', communeMergers), { rulebook: localRulebook });
    expect(report.issues.filter((issue) => issue.code === 'plan_family_mismatch')).toHaveLength(12);
  });

  it('applies the whole 2019 plan: 85 villages and groups become 82, the bodies consolidate', () => {
    const whole = plan('2019-03-01', [...townConsolidations, ...communeMergers, ...villageMergers]);
    const result = applyPlan(kyAnhTown2018, whole, { rulebook: localRulebook });
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    if (!result.ok) return;
    const { structure, events } = result.value;
    const on = isoDate('2019-03-01');
    const villages = findUnitsInForce(structure, on).filter((unit) => unit.kind === 'village' || unit.kind === 'residential-group');
    expect(villages).toHaveLength(82);
    expect(validateStructure(structure, { asOf: on }).issues).toEqual([]);
    expect((findUnit(structure, 'tdp-hung-tri-3') as AreaUnit).households).toBe(130 + 548);
    expect(findUnit(structure, 'chi-bo-tdp-hung-tri-2')).toMatchObject({ areaId: 'tdp-hung-tri-3' });
    expect(events.filter((event) => event.change === 'started').map((event) => event.unitId)).toEqual(
      expect.arrayContaining(['ban-tgdv-thi-uy', 'tt-vh-tt-tx-ky-anh', 'hoi-bt-nn-tx-ky-anh', 'van-phong-xa-ky-nam']),
    );
  });

  it('classifies a 199-household thôn differently either side of TT 14/2018’s effective date', () => {
    const strength = (asOf: string) =>
      candidatesOn(asOf).find((candidate) => candidate.unitIds[0] === 'thon-ky-ha-4')?.strength;
    expect((findUnit(kyAnhTown2018, 'thon-ky-ha-4') as AreaUnit).households).toBe(199);
    // TT 14/2018 takes effect on 2019-01-20 (VBHN 08/VBHN-BNV; audit-2026-12.md E1): 199/400 the day before, 199/250 that day.
    expect(strength('2019-01-19')).toBe('required');
    expect(strength('2019-01-20')).toBe('encouraged');
  });

  it('finds the report’s three groups of overlapping functions at town level', () => {
    const overlaps = candidatesOn('2019-03-01').filter(
      (candidate) => candidate.reason === 'overlapping-functions',
    );
    const sorted = (ids: readonly string[]) => [...ids].sort();
    expect(overlaps.map((candidate) => sorted(candidate.unitIds)).sort()).toEqual(KY_ANH_FUNCTION_GROUPS.map(sorted).sort());
  });

  it('lists the small villages of the report as candidates under the 2018 standard', () => {
    const villages = candidatesOn('2018-10-01').filter(
      (candidate) => candidate.reason === 'village-below-standard',
    );
    const kinds = villages.map((candidate) => findUnit(kyAnhTown2018, candidate.unitIds[0] ?? '')?.kind);
    expect(kinds.filter((kind) => kind === 'village')).toHaveLength(KY_ANH_REPORTED_FIGURES.smallVillages);
    expect(kinds.filter((kind) => kind === 'residential-group')).toHaveLength(KY_ANH_REPORTED_FIGURES.smallResidentialGroups);
    expect(villages.every((candidate) => candidate.strength === 'required' && candidate.citation?.instrumentId === '09/2017/TT-BNV')).toBe(true);
  });

  it('converts its public service units', () => {
    const conversions = plan('2019-03-01', [
      { type: 'convert', unitId: 'tt-dv-ha-tang-moi-truong-tx-ky-anh', leavesPublicSector: true },
      { type: 'convert', unitId: 'tt-ung-dung-khkt-tx-ky-anh', autonomyGroup: 2 },
    ]);
    const result = applyPlan(kyAnhTown2018, conversions);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(findUnit(result.value.structure, 'tt-dv-ha-tang-moi-truong-tx-ky-anh')?.to).toBe('2019-03-01');
    expect(findUnit(result.value.structure, 'tt-ung-dung-khkt-tx-ky-anh')).toMatchObject({ autonomyGroup: 2 });
  });
});
