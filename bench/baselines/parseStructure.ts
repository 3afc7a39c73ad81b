/**
 * Hand-written baseline of `parseStructure`: the same contract without zod. One pass over the keys
 * of every record, a type check of each value (strings, ISO dates, non-negative integers, the kind,
 * role and other enumerations, no unknown keys), a new record built as it goes, ids and names in
 * Unicode NFC, then duplicate unit and person ids. Problems are collected as plain `{ path }` data
 * (messages are the library's job, rendered late), so the bench can check that both find the same
 * places.
 *
 * One shortcut a hand-written parser takes and the library does not: a string made only of
 * characters below U+0300 or in Latin Extended Additional (U+1E00–U+1EFF, the precomposed
 * Vietnamese letters) is already NFC (every such character is NFC_QC=Yes with combining class 0),
 * so `normalize` is called only for other strings.
 */
import { AREA_KINDS, ORGANISATION_KINDS, ROLE_LIST, isIsoDate } from '../../src/index.js';

type Path = readonly (string | number)[];
type Record_ = Record<string, unknown>;

/** A problem found: where. */
export interface ParseProblem {
  readonly path: Path;
}

/** What the baseline returns. */
export interface HandParseResult {
  readonly ok: boolean;
  readonly value?: { readonly units: unknown[]; readonly people: unknown[]; readonly assignments: unknown[] };
  readonly problems: readonly ParseProblem[];
}

const AREA_KIND_SET = new Set<string>(AREA_KINDS);
const ORGANISATION_KIND_SET = new Set<string>(ORGANISATION_KINDS.filter((kind) => kind !== 'public-service-unit'));
const ROLE_SET = new Set<string>(ROLE_LIST);
const TERRAINS = new Set(['plains', 'midland', 'mountainous', 'highland', 'island']);
const REGIONS = new Set(['northern-midlands-mountains', 'red-river-delta', 'central', 'central-highlands', 'south']);
const SEXES = new Set(['male', 'female']);
const STAFF_KEYS = new Set(['cadre', 'civilServant', 'publicEmployee', 'nonProfessional', 'contract']);

function isNfcQuick(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code >= 0x300 && (code < 0x1e00 || code >= 0x1f00)) return false;
  }
  return true;
}

function nfc(value: string): string {
  return isNfcQuick(value) ? value : value.normalize('NFC');
}

function isPlainObject(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

class Parser {
  readonly problems: ParseProblem[] = [];

  fail(path: Path): undefined {
    this.problems.push({ path });
    return undefined;
  }

  id(value: unknown, path: Path): string | undefined {
    if (typeof value !== 'string' || value.length < 1 || value.length > 200) return this.fail(path);
    return nfc(value);
  }

  text(value: unknown, path: Path, min = 0): string | undefined {
    if (typeof value !== 'string' || value.length < min) return this.fail(path);
    return value;
  }

  date(value: unknown, path: Path): string | undefined {
    return isIsoDate(value) ? value : this.fail(path);
  }

  name(value: unknown, path: Path): { vi: string; en?: string } | undefined {
    if (!isPlainObject(value)) return this.fail(path);
    const vi = value.vi;
    const en = value.en;
    let ok = true;
    if (typeof vi !== 'string' || vi.length < 1) ok = this.fail([...path, 'vi']) ?? false;
    if (en !== undefined && (typeof en !== 'string' || en.length < 1)) ok = this.fail([...path, 'en']) ?? false;
    if (!ok) return undefined;
    return en === undefined ? { vi: nfc(vi as string) } : { vi: nfc(vi as string), en: nfc(en as string) };
  }

  counts(value: unknown, path: Path): Record_ | undefined {
    if (!isPlainObject(value)) return this.fail(path);
    const out: Record_ = {};
    let unknown = false;
    for (const key in value) {
      const item = value[key];
      if (!STAFF_KEYS.has(key)) unknown = true;
      else if (item !== undefined && !isCount(item)) this.fail([...path, key]);
      else out[key] = item;
    }
    if (unknown) this.fail(path);
    return out;
  }

  staffing(value: unknown, path: Path): Record_ | undefined {
    if (!isPlainObject(value)) return this.fail(path);
    const out: Record_ = {};
    let unknown = false;
    for (const key in value) {
      const item = value[key];
      if (key !== 'quota' && key !== 'actual') unknown = true;
      else if (item !== undefined) out[key] = this.counts(item, [...path, key]);
    }
    if (unknown) this.fail(path);
    return out;
  }

  unit(value: unknown, index: number): Record_ | undefined {
    const path: Path = ['units', index];
    if (!isPlainObject(value)) return this.fail(path);
    const kind = value.kind;
    const isArea = typeof kind === 'string' && AREA_KIND_SET.has(kind);
    const isService = kind === 'public-service-unit';
    const isOrganisation = isService || (typeof kind === 'string' && ORGANISATION_KIND_SET.has(kind));
    if (!isArea && !isOrganisation) return this.fail([...path, 'kind']);
    const before = this.problems.length;
    const out: Record_ = {};
    let unknown = false;
    for (const key in value) {
      const item = value[key];
      if (item === undefined && key !== 'id' && key !== 'name' && key !== 'from' && key !== 'areaId') {
        out[key] = undefined;
        continue;
      }
      switch (key) {
        case 'kind':
          out.kind = kind;
          break;
        case 'id':
        case 'parentId':
          out[key] = this.id(item, [...path, key]);
          break;
        case 'name':
          out.name = this.name(item, [...path, key]);
          break;
        case 'from':
        case 'to':
          out[key] = this.date(item, [...path, key]);
          break;
        case 'code':
        case 'note':
          out[key] = this.text(item, [...path, key]);
          break;
        case 'illustrative':
          if (typeof item !== 'boolean') this.fail([...path, key]);
          out[key] = item;
          break;
        default:
          if (isArea) unknown = this.areaField(out, key, item, path) || unknown;
          else unknown = this.organisationField(out, key, item, path, isService) || unknown;
      }
    }
    if (!('id' in value) || value.id === undefined) this.fail([...path, 'id']);
    if (!('name' in value) || value.name === undefined) this.fail([...path, 'name']);
    if (!('from' in value) || value.from === undefined) this.fail([...path, 'from']);
    if (isOrganisation && (!('areaId' in value) || value.areaId === undefined)) this.fail([...path, 'areaId']);
    if (unknown) this.fail(path);
    return this.problems.length === before ? out : undefined;
  }

  /** One key of an area; `true` when the key is unknown. */
  areaField(out: Record_, key: string, item: unknown, path: Path): boolean {
    switch (key) {
      case 'population':
      case 'households':
        if (!isCount(item)) this.fail([...path, key]);
        break;
      case 'areaKm2':
        if (typeof item !== 'number' || !Number.isFinite(item) || item < 0) this.fail([...path, key]);
        break;
      case 'terrain':
        if (!TERRAINS.has(item as string)) this.fail([...path, key]);
        break;
      case 'region':
        if (!REGIONS.has(item as string)) this.fail([...path, key]);
        break;
      case 'border':
        if (typeof item !== 'boolean') this.fail([...path, key]);
        break;
      case 'adminClass':
        if (item !== 'special' && item !== 1 && item !== 2 && item !== 3) this.fail([...path, key]);
        break;
      default:
        return true;
    }
    out[key] = item;
    return false;
  }

  /** One key of an organisation; `true` when the key is unknown. */
  organisationField(out: Record_, key: string, item: unknown, path: Path, isService: boolean): boolean {
    switch (key) {
      case 'areaId':
        out.areaId = this.id(item, [...path, key]);
        return false;
      case 'functions':
        if (!Array.isArray(item)) this.fail([...path, key]);
        else {
          item.forEach((tag, position) => {
            if (typeof tag !== 'string' || tag.length < 1) this.fail([...path, key, position]);
          });
          out.functions = [...item];
        }
        return false;
      case 'staffing':
        out.staffing = this.staffing(item, [...path, key]);
        return false;
      case 'sector':
        out.sector = this.text(item, [...path, key], 1);
        return false;
      case 'autonomyGroup':
        if (!isService) return true;
        if (item !== 1 && item !== 2 && item !== 3 && item !== 4) this.fail([...path, key]);
        out.autonomyGroup = item;
        return false;
      default:
        return true;
    }
  }

  person(value: unknown, index: number): Record_ | undefined {
    const path: Path = ['people', index];
    if (!isPlainObject(value)) return this.fail(path);
    const out: Record_ = {};
    let unknown = false;
    for (const key in value) {
      const item = value[key];
      if (item === undefined && key !== 'id' && key !== 'name') {
        out[key] = undefined;
        continue;
      }
      switch (key) {
        case 'id':
        case 'homeAreaId':
          out[key] = this.id(item, [...path, key]);
          break;
        case 'name':
          if (typeof item !== 'string' || item.length < 1) this.fail([...path, key]);
          else out.name = nfc(item);
          break;
        case 'birthDate':
          out[key] = this.date(item, [...path, key]);
          break;
        case 'sex':
          if (!SEXES.has(item as string)) this.fail([...path, key]);
          out[key] = item;
          break;
        default:
          unknown = true;
      }
    }
    if (value.id === undefined) this.fail([...path, 'id']);
    if (value.name === undefined) this.fail([...path, 'name']);
    if (unknown) this.fail(path);
    return out;
  }

  assignment(value: unknown, index: number): Record_ | undefined {
    const path: Path = ['assignments', index];
    if (!isPlainObject(value)) return this.fail(path);
    const out: Record_ = {};
    let unknown = false;
    for (const key in value) {
      const item = value[key];
      if (item === undefined && key !== 'personId' && key !== 'unitId' && key !== 'role' && key !== 'from') {
        out[key] = undefined;
        continue;
      }
      switch (key) {
        case 'id':
        case 'personId':
        case 'unitId':
          out[key] = this.id(item, [...path, key]);
          break;
        case 'role':
          if (!ROLE_SET.has(item as string)) this.fail([...path, key]);
          out.role = item;
          break;
        case 'from':
        case 'to':
          out[key] = this.date(item, [...path, key]);
          break;
        default:
          unknown = true;
      }
    }
    for (const key of ['personId', 'unitId', 'role', 'from'] as const) if (value[key] === undefined) this.fail([...path, key]);
    if (unknown) this.fail(path);
    return out;
  }

  list(value: unknown, key: string, item: (value: unknown, index: number) => Record_ | undefined): unknown[] {
    if (value === undefined && key !== 'units') return [];
    if (!Array.isArray(value)) {
      this.fail([key]);
      return [];
    }
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) out[i] = item(value[i], i);
    return out;
  }
}

function findDuplicates(records: readonly unknown[], key: string, parser: Parser): void {
  const seen = new Set<string>();
  for (let i = 0; i < records.length; i += 1) {
    const id = (records[i] as Record_).id as string;
    if (seen.has(id)) parser.fail([key, i, 'id']);
    else seen.add(id);
  }
}

/**
 * Parses unknown input into a structure by hand (the baseline of `parseStructure`).
 *
 * @param input - Anything.
 * @returns `ok` with a new, NFC-normalised structure, or the paths of every problem.
 */
export function parseStructureByHand(input: unknown): HandParseResult {
  const parser = new Parser();
  if (!isPlainObject(input)) {
    parser.fail([]);
    return { ok: false, problems: parser.problems };
  }
  for (const key in input) if (key !== 'units' && key !== 'people' && key !== 'assignments') parser.fail([]);
  const units = parser.list(input.units, 'units', (value, index) => parser.unit(value, index));
  const people = parser.list(input.people, 'people', (value, index) => parser.person(value, index));
  const assignments = parser.list(input.assignments, 'assignments', (value, index) => parser.assignment(value, index));
  if (parser.problems.length > 0) return { ok: false, problems: parser.problems };
  findDuplicates(units, 'units', parser);
  findDuplicates(people, 'people', parser);
  if (parser.problems.length > 0) return { ok: false, problems: parser.problems };
  return { ok: true, value: { units, people, assignments }, problems: [] };
}
