/** The messages between the page and its worker: plain data, so they cross `postMessage`. */
import type { Issue } from '../../src/index.js';

export type Locale = 'vi' | 'en';

/** A sample to start from in the editor. */
export type SampleName = 'reform-2025' | 'ky-anh-2019';

/** A structure of the samples that has people in posts, for the coverage chart. */
export type CoverageSample = 'cam-pha-2020' | 'ky-anh-2018';

/** The level whose areas the coverage counts. */
export type CoverageLevel = 'province' | 'district' | 'commune' | 'village';

export type Request =
  | { readonly type: 'provinces'; readonly date: string }
  | { readonly type: 'units'; readonly provinceId: string; readonly date: string }
  | { readonly type: 'sample'; readonly sample: SampleName; readonly provinceId: string }
  | { readonly type: 'validate'; readonly structure: string; readonly plan: string; readonly localRules: boolean }
  | { readonly type: 'validate-structure'; readonly structure: string; readonly date: string; readonly localRules: boolean }
  | { readonly type: 'coverage'; readonly sample: CoverageSample; readonly date: string; readonly level: CoverageLevel; readonly basisPoints: number };

export interface ProvinceItem {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

/** A unit of the province view, with its children (districts with communes; communes). */
export interface UnitNode {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly population?: number | undefined;
  readonly areaKm2?: number | undefined;
  readonly children: readonly UnitNode[];
}

export interface UnitsAnswer {
  readonly edition: string;
  readonly province: UnitNode;
  /** Units by kind under the province. */
  readonly counts: Readonly<Record<string, number>>;
}

export interface SampleAnswer {
  readonly structure: string;
  readonly plan: string;
  readonly localRules: boolean;
  readonly title: string;
}

/** One unit of the picture: on the left an ending unit, on the right a new or receiving one. */
export interface FlowNode {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly communeLevel: boolean;
  /** In the structure before the plan (a merge target or a successor that goes on), not a new unit. */
  readonly existing: boolean;
}

/** One line of the picture. */
export interface Flow {
  readonly from: string;
  readonly to: string;
  /** `full`: the whole unit went; `partial`: a part; `dissolved`: duties passed on (no territory line). */
  readonly mode: 'full' | 'partial' | 'dissolved';
}

export interface ValidateAnswer {
  /** What was checked: the plan over the structure, or the structure alone on a date. */
  readonly mode: 'plan' | 'structure';
  /** Set when the input is not JSON or not a structure or plan: the parse issues, nothing validated. */
  readonly stage: 'json' | 'structure' | 'plan' | 'validated';
  readonly jsonError?: string;
  readonly ok: boolean;
  readonly issues: readonly Issue[];
  readonly report: Readonly<Record<Locale, string>>;
  readonly ended: readonly FlowNode[];
  readonly started: readonly FlowNode[];
  readonly flows: readonly Flow[];
  readonly effectiveOn?: string;
  readonly millis: number;
}

export interface CoverageBar {
  readonly ruleId: string;
  readonly title: Readonly<Record<Locale, string>>;
  readonly level: string;
  /** The rule's strength on the date (mandatory, encouraged, pilot, prohibited …). */
  readonly strength: string;
  readonly covered: number;
  readonly total: number;
  readonly shareBasisPoints: number;
  readonly share: string;
  readonly targetBasisPoints: number;
  readonly comparison: string;
  readonly requiredUnits: number;
  readonly shortfall: number;
  readonly met: boolean;
  readonly coveredNames: readonly string[];
  readonly uncoveredNames: readonly string[];
}

export interface CoverageAnswer {
  readonly bars: readonly CoverageBar[];
  readonly date: string;
}

export type Answer = ProvinceItem[] | UnitsAnswer | SampleAnswer | ValidateAnswer | CoverageAnswer;

export type Envelope =
  | { readonly id: number; readonly ok: true; readonly answer: Answer }
  | { readonly id: number; readonly ok: false; readonly error: string };
