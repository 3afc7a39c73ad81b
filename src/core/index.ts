export { type IsoDate, isIsoDate, isoDate, toIsoDate, fromIsoDate } from './IsoDate.js';
export {
  type Interval,
  isInForce,
  overlaps,
  within,
  addYearsToIsoDate,
  addMonthsToIsoDate,
  addDaysToIsoDate,
  daysBetween,
} from './Interval.js';
export type { Bilingual } from './Bilingual.js';
export { type Citation, type Verification, formatCitation } from './Citation.js';
export { type BasisPoints, type FormatBasisPointsOptions, toBasisPoints, formatBasisPoints } from './toBasisPoints.js';
export { type Rounding, divideRounded, percentOf, basisPointsOf } from './divideRounded.js';
export { type FormatNumberOptions, formatNumber } from './formatNumber.js';
export { type FormatMoneyOptions, formatMoney } from './formatMoney.js';
export { type FormatPercentOptions, formatPercent } from './formatPercent.js';
