/**
 * What a benchmarked operation is: the library call and, where there is one, its hand-written
 * baseline and its peers, each as a function ready to run at a scale; how their answers are
 * compared; and the shared, lazily generated national structures they run on.
 */
import type { Structure } from '../src/index.js';
import { countStructure, ERA_AS_OF, generateNationalStructure, type Scale, type StructureCounts } from './generateNationalStructure.js';
import type { ContenderRole } from './harness.js';

/** The date every operation asks about (the post-2025 structure's date). */
export const AS_OF = ERA_AS_OF.post2025;

/** Seed of every generated structure, so runs are comparable. */
export const BENCH_SEED = 2025;

/** A scale as people write it: `¼×`, `1/16×`, `4×`. */
export function formatScale(scale: Scale): string {
  return `${scale === 0.25 ? '¼' : scale === 0.0625 ? '1/16' : String(scale)}×`;
}

/** The generated post-2025 national structures, one per scale, built on first use. */
export class World {
  private readonly structures = new Map<Scale, Structure>();
  /** Counts of every structure generated, by scale. */
  readonly counts = new Map<Scale, StructureCounts>();

  /** The structure at a scale (generated once, kept until dropped). */
  structure(scale: Scale): Structure {
    let structure = this.structures.get(scale);
    if (structure === undefined) {
      structure = generateNationalStructure({ era: 'post2025', scale, seed: BENCH_SEED });
      this.structures.set(scale, structure);
      if (!this.counts.has(scale)) this.counts.set(scale, countStructure(structure));
    }
    return structure;
  }

  /** Records in a structure (units, people and posts). */
  records(scale: Scale): number {
    const structure = this.structure(scale);
    return structure.units.length + structure.people.length + structure.assignments.length;
  }

  /** Forgets the structures of every scale not listed. */
  keepOnly(scales: readonly Scale[]): void {
    for (const scale of [...this.structures.keys()]) if (!scales.includes(scale)) this.structures.delete(scale);
  }
}

/** One side of an operation at one scale. */
export interface Side {
  readonly role: ContenderRole;
  /** `library`, `baseline`, or the peer's name (`json-rules-engine`, `dinero.js`). */
  readonly name: string;
  /** What it runs. */
  readonly label: string;
  readonly size: number;
  readonly run: () => unknown;
}

/** What comparing two answers found. */
export interface Comparison {
  /** Sentences naming each difference; any fails the run. */
  readonly disagreements: readonly string[];
  /** Figures worth recording (issue counts, units off by one…). */
  readonly facts?: Readonly<Record<string, number | string | boolean>>;
}

/** A benchmarked operation. */
export interface Operation {
  readonly id: string;
  readonly title: string;
  /** What `size` counts. */
  readonly sizeUnit: string;
  /** The sides at a scale, the library first. */
  readonly sides: (world: World, scale: Scale) => readonly Side[];
  /** Compares the library's answer with another side's (both from the warm-up run). */
  readonly compare?: (library: unknown, other: unknown, side: Side) => Comparison;
  /** Agreement on damaged inputs that make every check fire (untimed, once). */
  readonly fixtures?: (world: World) => readonly string[];
  /** Facts of the library's own answer. */
  readonly facts?: (library: unknown) => Readonly<Record<string, number | string | boolean>>;
  /** Which sides the scaling group runs (default: library and baseline). */
  readonly scalingRoles?: readonly ContenderRole[];
  /**
   * `false` for operations that do not read the national structure (apportion, leavers): the
   * structure is dropped before they run, so a resident 4× structure does not make their
   * collections mark 1.5 GB that is not theirs.
   */
  readonly usesStructure?: boolean;
  /** Measured at the run's peer scale (¼×, 1/16× in a quick run) only: json-rules-engine takes seconds per run there already. */
  readonly atPeerScale?: boolean;
}
