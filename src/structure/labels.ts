import type { Bilingual } from '../core/Bilingual.js';
import { type Level, UNIT_KINDS, type UnitKind } from '../model/kinds.js';
import type { UnitName } from '../model/Structure.js';
import type { IssueParamValue } from '../report/Issue.js';
import type { RuleInForce } from '../rules/findRule.js';

/** Levels as messages name them, in each language (the structure, plan and roles checks). @internal */
export const LEVEL_LABELS: Readonly<Record<Level, Bilingual>> = {
  central: { vi: 'trung ương', en: 'central' },
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
  village: { vi: 'thôn', en: 'village' },
};

/** A kind as the structure messages name it. @internal */
export const kindLabel = (kind: UnitKind): Bilingual => UNIT_KINDS[kind].label;

/**
 * The message parameters naming a rule: its bilingual title (which the messages quote) and its id.
 * @internal
 */
export function ruleTitleParams(inForce: RuleInForce): { readonly rule: IssueParamValue; readonly ruleId: string } {
  return { rule: inForce.rule.title, ruleId: inForce.rule.id };
}

/** A unit's name as a message shows it: its English name in English where it has one, else its Vietnamese name. @internal */
export const nameLabel = (name: UnitName): Bilingual => ({ vi: name.vi, en: name.en ?? name.vi });

/**
 * A unit as a message names it, in each language: its name as {@link nameLabel} gives it, then its
 * id in brackets (`Xã Cộng Hòa (x-ch)`), since names repeat and the id is what a reader searches.
 * @internal
 */
export const unitLabel = (id: string, name: UnitName): Bilingual => {
  const shown = nameLabel(name);
  return { vi: `${shown.vi} (${id})`, en: `${shown.en} (${id})` };
};
