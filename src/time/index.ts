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
