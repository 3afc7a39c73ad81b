import type { Organisation } from '../../model/Structure.js';
import type { RuleInForce } from '../../rules/findRule.js';
import type { StructureCheck, StructureCheckContext } from '../StructureCheckContext.js';
import { ruleTitleParams } from '../labels.js';
import { type Apparatus, apparatusOf, basisOf, isBody, rulesInForce } from './apparatus.js';

/** The limit of a province, in hundredths: the first line naming its code, or naming none; `null` not found. */
function limitOf(inForce: RuleInForce<'body-count-limit'>, code: string | undefined): number | null | undefined {
  const line = inForce.version.params.limits.find((candidate) => candidate.provinceCodes === undefined || (code !== undefined && candidate.provinceCodes.includes(code)));
  return line?.hundredths;
}

function formatHundredths(value: number): string {
  return value % 100 === 0 ? String(value / 100) : (value / 100).toFixed(2).replace(/0$/, '');
}

/** The ids of the bodies a rule counts in one area. */
function countedIn(context: StructureCheckContext, apparatus: Apparatus, inForce: RuleInForce<'body-count-limit'>, areaPosition: number): string[] {
  const { units } = context.structure;
  const ids: string[] = [];
  // Stryker disable next-line ArrayDeclaration: only a governed area is counted, and a governed area has a list (its committee serves it)
  for (const position of apparatus.servingArea.get(areaPosition) ?? []) {
    const unit = units[position] as Organisation;
    if (inForce.version.params.counts.some((selector) => isBody(unit, selector))) ids.push(unit.id);
  }
  return ids;
}

/**
 * How many bodies the government of an area may have (rules of type `body-count-limit`): at most
 * the limit in each province (`each-area`: NĐ 150/2025's 14 departments, counted as specialised
 * agencies, the office and the inspectorate), or on average over a province's communes
 * (`average-per-province`: NĐ 370/2025's 4.5, 4.7 in Hà Nội and Hồ Chí Minh City). Only areas
 * whose government the structure models (a people's committee in force serves them) are counted;
 * above the limit is a warning; a province whose limit the sources do not give (`null`) gets an
 * info instead (`structure_limit_not_found`). Decided in integers (counts × 100 against
 * hundredths). An issue names the province, then the bodies it counted (or the communes it
 * averaged over), so that a plan's check of its result names the operation behind it.
 * @internal
 */
export const bodyCountLimit: StructureCheck = {
  id: 'body-count-limit',
  run(context) {
    const rules = rulesInForce(context, 'body-count-limit');
    if (rules.length === 0) return;
    const { structure, asOf, issues } = context;
    const { units } = structure;
    const apparatus = apparatusOf(context);
    for (const inForce of rules) {
      const { areaLevel, measure } = inForce.version.params;
      // per province: the count (each-area) or the communes and their bodies (average)
      const perProvince = new Map<number, { count: number; communes: number; ids: string[] }>();
      for (const [areaPosition, level] of apparatus.levelOf) {
        if (level !== areaLevel || !apparatus.governed(areaPosition)) continue;
        // Stryker disable next-line StringLiteral: the province an area of province level lies in is itself, so provinceOf gives the same position
        const province = areaLevel === 'province' ? areaPosition : apparatus.provinceOf(areaPosition);
        if (province < 0) continue;
        const entry = perProvince.get(province) ?? { count: 0, communes: 0, ids: [] };
        const counted = countedIn(context, apparatus, inForce, areaPosition);
        entry.count += counted.length;
        entry.communes += 1;
        // the issue names what it counts (the bodies of a province, the communes of an average)
        if (measure === 'each-area') entry.ids.push(...counted);
        else entry.ids.push((units[areaPosition] as (typeof units)[number]).id);
        perProvince.set(province, entry);
      }
      for (const [provincePosition, { count, communes, ids }] of perProvince) {
        const province = units[provincePosition] as (typeof units)[number];
        const limit = limitOf(inForce, province.code);
        if (limit === undefined) continue;
        const common = { path: ['units', provincePosition], unitIds: [province.id, ...ids], ...basisOf(inForce) };
        if (limit === null) {
          issues.add('structure_limit_not_found', { ...common, params: { areaId: province.id, code: province.code ?? '?', ...ruleTitleParams(inForce), asOf, count } });
          continue;
        }
        if (measure === 'each-area') {
          if (count * 100 > limit) issues.add('structure_bodies_above_limit', { ...common, params: { areaId: province.id, count, limit: formatHundredths(limit), ...ruleTitleParams(inForce), asOf } });
          continue;
        }
        // the sum against the average × the number of communes, in hundredths
        if (count * 100 > limit * communes) {
          const average = formatHundredths(Math.round((count * 100) / communes));
          issues.add('structure_body_average_above_limit', {
            ...common,
            params: { areaId: province.id, average, count, communes, limit: formatHundredths(limit), ...ruleTitleParams(inForce), asOf },
          });
        }
      }
    }
  },
};
