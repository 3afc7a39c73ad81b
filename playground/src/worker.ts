/**
 * The playground's worker: everything heavy (parsing the national lists, slicing the reform,
 * parsing and validating a plan, coverage) runs here, so the page never freezes.
 */
import {
  type AreaUnit,
  defaultRulebook,
  extendRulebook,
  formatReport,
  type Issue,
  isoDate,
  type Rulebook,
  type Structure,
  validateStructure,
} from '../../src/index.js';
import { parsePlan, parseStructure } from '../../src/parse/index.js';
import { type Plan, validatePlan } from '../../src/plan/index.js';
import { concurrencyCoverage } from '../../src/roles/index.js';
import { camPhaCity2020, kyAnhLocalRules, kyAnhPlan2019, kyAnhTown2018, quangNinhRolesRules } from '../../src/samples/index.js';
import { getVietnam } from '../../src/vn/index.js';
import type {
  Answer,
  CoverageAnswer,
  CoverageBar,
  CoverageSample,
  Envelope,
  Flow,
  FlowNode,
  ProvinceItem,
  Request,
  SampleAnswer,
  UnitNode,
  UnitsAnswer,
  ValidateAnswer,
} from './protocol.js';
import { editionOn, isCommuneLevel, provincesOn, sliceReform2025, unitsUnder } from './reformSlice.js';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; request: Request }>) => void) | null;
  postMessage(message: Envelope): void;
};

function provinces(date: string): ProvinceItem[] {
  return provincesOn(date);
}

function units(provinceId: string, date: string): UnitsAnswer {
  const edition = editionOn(date);
  const structure = getVietnam(edition);
  const all = unitsUnder(structure, [provinceId]);
  const childrenOf = new Map<string, AreaUnit[]>();
  for (const unit of all) {
    if (unit.parentId === undefined) continue;
    childrenOf.set(unit.parentId, [...(childrenOf.get(unit.parentId) ?? []), unit]);
  }
  const node = (unit: AreaUnit): UnitNode => ({
    id: unit.id,
    code: unit.code ?? '',
    name: unit.name.vi,
    kind: unit.kind,
    population: unit.population,
    areaKm2: unit.areaKm2,
    children: (childrenOf.get(unit.id) ?? []).map(node),
  });
  const root = all.find((unit) => unit.id === provinceId);
  if (root === undefined) throw new RangeError(`${provinceId} is not a province of the ${edition} list`);
  const counts: Record<string, number> = {};
  for (const unit of all) if (unit.id !== provinceId) counts[unit.kind] = (counts[unit.kind] ?? 0) + 1;
  return { edition, province: node(root), counts };
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

function sample(name: Request & { type: 'sample' }): SampleAnswer {
  if (name.sample === 'ky-anh-2019') {
    return { structure: json(kyAnhTown2018), plan: json(kyAnhPlan2019), localRules: true, title: 'Kỳ Anh 2019' };
  }
  const slice = sliceReform2025(name.provinceId);
  return { structure: json(slice.structure), plan: json(slice.plan), localRules: false, title: slice.province.name.vi };
}

const localRulebook: Rulebook = extendRulebook(defaultRulebook, kyAnhLocalRules);

/** The units a plan ends (left) and starts or feeds (right), and the lines between them. */
function flowsOf(structure: Structure, plan: Plan): Pick<ValidateAnswer, 'ended' | 'started' | 'flows'> {
  const byId = new Map(structure.units.map((unit) => [unit.id, unit]));
  const ended = new Map<string, FlowNode>();
  const started = new Map<string, FlowNode>();
  const flows: Flow[] = [];
  const node = (id: string, fallback?: { name: { vi: string }; kind: string }): FlowNode => {
    const unit = byId.get(id) ?? fallback;
    const kind = unit?.kind ?? '';
    return { id, name: unit?.name.vi ?? id, kind, communeLevel: isCommuneLevel({ kind } as AreaUnit), existing: byId.has(id) };
  };
  const left = (id: string) => {
    if (!ended.has(id)) ended.set(id, node(id));
  };
  const right = (id: string, fallback?: { name: { vi: string }; kind: string }) => {
    // a successor named before the operation that forms it (a dissolved island district's special zone)
    if (!started.has(id) || (fallback !== undefined && started.get(id)?.kind === '')) started.set(id, node(id, fallback));
  };
  for (const operation of plan.operations) {
    switch (operation.type) {
      case 'consolidate':
        right(operation.newUnit.id, operation.newUnit);
        for (const sourceId of operation.sourceIds) {
          left(sourceId);
          flows.push({ from: sourceId, to: operation.newUnit.id, mode: 'full' });
        }
        break;
      case 'merge':
        right(operation.targetId);
        for (const sourceId of operation.sourceIds) {
          left(sourceId);
          flows.push({ from: sourceId, to: operation.targetId, mode: 'full' });
        }
        break;
      case 'split':
        left(operation.sourceId);
        for (const part of operation.parts) {
          right(part.newUnit.id, part.newUnit);
          flows.push({ from: operation.sourceId, to: part.newUnit.id, mode: 'partial' });
        }
        break;
      case 'partial-transfer':
        left(operation.sourceId);
        right(operation.targetId);
        flows.push({ from: operation.sourceId, to: operation.targetId, mode: 'partial' });
        break;
      case 'dissolve':
        left(operation.sourceId);
        right(operation.successorId);
        flows.push({ from: operation.sourceId, to: operation.successorId, mode: 'dissolved' });
        break;
      default:
        // rename, transfer, convert: the unit goes on; not part of the picture
        break;
    }
  }
  // a unit both fed and new in the plan shows its real name once it exists
  for (const [id, value] of started) if (value.name === id && byId.has(id)) started.set(id, node(id));
  return { ended: [...ended.values()], started: [...started.values()], flows };
}

const EMPTY_FLOWS = { ended: [], started: [], flows: [] };

function reportOf(issues: readonly Issue[], ok: boolean): ValidateAnswer['report'] {
  return { vi: formatReport({ ok, issues }, { locale: 'vi' }), en: formatReport({ ok, issues }, { locale: 'en' }) };
}

function validate(request: Request & { type: 'validate' }): ValidateAnswer {
  const started = performance.now();
  const millis = () => Math.round(performance.now() - started);
  let structureInput: unknown;
  let planInput: unknown;
  try {
    structureInput = JSON.parse(request.structure);
    planInput = JSON.parse(request.plan);
  } catch (error) {
    const jsonError = error instanceof Error ? error.message : String(error);
    return { mode: 'plan', stage: 'json', jsonError, ok: false, issues: [], report: { vi: `JSON không hợp lệ: ${jsonError}`, en: `Not JSON: ${jsonError}` }, ...EMPTY_FLOWS, millis: millis() };
  }
  const structure = parseStructure(structureInput);
  if (!structure.ok) return { mode: 'plan', stage: 'structure', ok: false, issues: structure.issues, report: reportOf(structure.issues, false), ...EMPTY_FLOWS, millis: millis() };
  const plan = parsePlan(planInput);
  if (!plan.ok) return { mode: 'plan', stage: 'plan', ok: false, issues: plan.issues, report: reportOf(plan.issues, false), ...EMPTY_FLOWS, millis: millis() };
  const options = request.localRules ? { rulebook: localRulebook } : {};
  const result = validatePlan(structure.value, plan.value, options);
  return {
    mode: 'plan',
    stage: 'validated',
    ok: result.ok,
    issues: result.issues,
    report: reportOf(result.issues, result.ok),
    ...flowsOf(structure.value, plan.value),
    effectiveOn: plan.value.effectiveOn,
    millis: millis(),
  };
}

function validateStructureOnly(request: Request & { type: 'validate-structure' }): ValidateAnswer {
  const started = performance.now();
  const millis = () => Math.round(performance.now() - started);
  let input: unknown;
  try {
    input = JSON.parse(request.structure);
  } catch (error) {
    const jsonError = error instanceof Error ? error.message : String(error);
    return { mode: 'structure', stage: 'json', jsonError, ok: false, issues: [], report: { vi: `JSON không hợp lệ: ${jsonError}`, en: `Not JSON: ${jsonError}` }, ...EMPTY_FLOWS, millis: millis() };
  }
  const structure = parseStructure(input);
  if (!structure.ok) return { mode: 'structure', stage: 'structure', ok: false, issues: structure.issues, report: reportOf(structure.issues, false), ...EMPTY_FLOWS, millis: millis() };
  const result = validateStructure(structure.value, { asOf: isoDate(request.date), ...(request.localRules ? { rulebook: localRulebook } : {}) });
  return { mode: 'structure', stage: 'validated', ok: result.ok, issues: result.issues, report: reportOf(result.issues, result.ok), ...EMPTY_FLOWS, millis: millis() };
}

const COVERAGE_SAMPLES: Record<CoverageSample, Structure> = { 'cam-pha-2020': camPhaCity2020, 'ky-anh-2018': kyAnhTown2018 };
const rolesRulebook: Rulebook = extendRulebook(defaultRulebook, { rules: quangNinhRolesRules });

function coverage(request: Request & { type: 'coverage' }): CoverageAnswer {
  const structure = COVERAGE_SAMPLES[request.sample];
  const names = new Map(structure.units.map((unit) => [unit.id, unit.name.vi]));
  const bars: CoverageBar[] = [];
  const asOf = isoDate(request.date);
  for (const rule of rolesRulebook.rules) {
    if (rule.type !== 'role-combination') continue;
    for (const level of [request.level]) {
      const result = concurrencyCoverage(structure, {
        rule: rule.id,
        level,
        asOf,
        rulebook: rolesRulebook,
        target: { comparison: 'more-than', basisPoints: request.basisPoints },
      });
      if (!result.ok || result.issues.some((issue) => issue.code === 'coverage_level_outside_rule')) continue;
      const { value } = result;
      const target = value.target;
      if (target === undefined) continue;
      bars.push({
        ruleId: rule.id,
        title: { vi: rule.title.vi, en: rule.title.en ?? rule.title.vi },
        level,
        strength: value.strength ?? '',
        covered: value.covered,
        total: value.total,
        shareBasisPoints: value.shareBasisPoints,
        share: value.share,
        targetBasisPoints: target.basisPoints,
        comparison: target.comparison,
        requiredUnits: target.requiredUnits,
        shortfall: target.shortfall,
        met: target.met,
        coveredNames: value.coveredUnitIds.map((id) => names.get(id) ?? id),
        uncoveredNames: value.uncoveredUnitIds.map((id) => names.get(id) ?? id),
      });
    }
  }
  return { bars, date: request.date };
}

function answer(request: Request): Answer {
  switch (request.type) {
    case 'provinces':
      return provinces(request.date);
    case 'units':
      return units(request.provinceId, request.date);
    case 'sample':
      return sample(request);
    case 'validate':
      return validate(request);
    case 'validate-structure':
      return validateStructureOnly(request);
    case 'coverage':
      return coverage(request);
  }
}

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    scope.postMessage({ id, ok: true, answer: answer(request) });
  } catch (error) {
    scope.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
