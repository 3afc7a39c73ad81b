import type { CodeDefinition } from './CodeDefinition.js';

/** Codes raised by the rulebook (`validateRulebook`, `findRule`). @internal */
export const rulesCodes = {
  /**
   * The rulebook has the rule but no version of it covers the date asked for. The library never
   * falls back to a nearby version: the check that needed the rule reports this and, as a warning,
   * is skipped.
   *
   * Fix: Ask for a date the rule covers, or add a version for that date with `extendRulebook` (see
   * the guide on adding a local instrument).
   */
  rule_not_in_force: {
    severity: 'error',
    vi: 'Quy định {ruleId} không có phiên bản nào hiệu lực vào ngày {asOf}',
    en: 'Rule {ruleId} has no version in force on {asOf}',
  },
  /**
   * The rulebook has no rule with this id (a typo, or a rule of a rulebook other than the one
   * passed).
   *
   * Fix: Check the id against the rule pages, or pass the rulebook that defines it.
   */
  rule_unknown: {
    severity: 'error',
    vi: 'Không có quy định {ruleId} trong bộ quy định',
    en: 'The rulebook has no rule {ruleId}',
  },
  /**
   * Two instruments of the rulebook have the same id; usually an addition repeats an instrument the
   * base already has.
   *
   * Fix: Keep one record per instrument; to change one, replace it instead of adding it again.
   */
  rulebook_duplicate_instrument: {
    severity: 'error',
    vi: 'Văn bản {instrumentId} được khai báo nhiều lần',
    en: 'Instrument {instrumentId} is declared more than once',
  },
  /**
   * Two rules of the rulebook have the same id.
   *
   * Fix: Keep one rule per id; a change of the law is a new version of the rule, not a new rule.
   */
  rulebook_duplicate_rule: {
    severity: 'error',
    vi: 'Quy định {ruleId} được khai báo nhiều lần',
    en: 'Rule {ruleId} is declared more than once',
  },
  /**
   * A rule version cites an instrument the rulebook does not declare.
   *
   * Fix: Add the instrument (in the same additions) or correct the citation's `instrumentId`.
   */
  rulebook_unknown_instrument: {
    severity: 'error',
    vi: 'Quy định {ruleId} (phiên bản từ {from}) dẫn chiếu văn bản {instrumentId} không có trong bộ quy định',
    en: 'Rule {ruleId} (version from {from}) cites instrument {instrumentId}, which the rulebook does not have',
  },
  /**
   * A rule version has no citation: every value of the law must say where it comes from.
   *
   * Fix: Add `citation: { instrumentId, article?, clause?, point? }` to the version.
   */
  rulebook_missing_citation: {
    severity: 'error',
    vi: 'Quy định {ruleId} (phiên bản từ {from}) không dẫn chiếu văn bản nào',
    en: 'Rule {ruleId} (version from {from}) cites no instrument',
  },
  /**
   * A rule version starts before the instrument it cites takes effect.
   *
   * Fix: Start the version on or after the instrument's effective date, or correct that date.
   */
  rulebook_version_before_instrument: {
    severity: 'error',
    vi: 'Quy định {ruleId} có phiên bản từ {from}, trước ngày văn bản {instrumentId} có hiệu lực ({effective})',
    en: 'Rule {ruleId} has a version from {from}, before instrument {instrumentId} takes effect ({effective})',
  },
  /**
   * Two versions of one rule are in force on some same day, so the rulebook would give two answers.
   *
   * Fix: End the earlier version (`to`) on the day the later one starts.
   */
  rulebook_overlapping_versions: {
    severity: 'error',
    vi: 'Quy định {ruleId} có hai phiên bản chồng lấn: từ {firstFrom} và từ {secondFrom}',
    en: 'Rule {ruleId} has overlapping versions: from {firstFrom} and from {secondFrom}',
  },
  /**
   * A rule has an empty `versions` list, so it is in force on no date.
   *
   * Fix: Add at least one dated version.
   */
  rulebook_no_versions: {
    severity: 'error',
    vi: 'Quy định {ruleId} không có phiên bản nào',
    en: 'Rule {ruleId} has no versions',
  },
  /**
   * A rule version's `params` do not fit the schema of its rule type.
   *
   * Fix: Correct the params at the path named; the rule pages show the params of the shipped rules
   * of each type.
   */
  rulebook_invalid_params: {
    severity: 'error',
    vi: 'Tham số của quy định {ruleId} (phiên bản từ {from}) không hợp lệ tại {field}: {detail}',
    en: 'Parameters of rule {ruleId} (version from {from}) are invalid at {field}: {detail}',
  },
  /**
   * An instrument says it amends, replaces or is repealed by an instrument the rulebook does not
   * have.
   *
   * Fix: Add the linked instrument or remove the link.
   */
  rulebook_unknown_instrument_link: {
    severity: 'warning',
    vi: 'Văn bản {instrumentId} {link} văn bản {targetId}, văn bản này không có trong bộ quy định',
    en: 'Instrument {instrumentId} {link} {targetId}, which the rulebook does not have',
  },
  /**
   * An instrument takes effect before it is issued.
   *
   * Fix: Correct the `issued` or `effective` date.
   */
  rulebook_instrument_dates: {
    severity: 'error',
    vi: 'Văn bản {instrumentId} có hiệu lực ({effective}) trước ngày ban hành ({issued})',
    en: 'Instrument {instrumentId} takes effect ({effective}) before it is issued ({issued})',
  },
  /**
   * An instrument is marked `verification: 'secondary'` but names no source (`url` or `sources`)
   * where its text was read.
   *
   * Fix: Name the source, or mark the instrument `unverified`.
   */
  rulebook_instrument_without_source: {
    severity: 'error',
    vi: 'Văn bản {instrumentId} được ghi là đã đọc trong nguồn thứ cấp nhưng không nêu nguồn (`url` hoặc `sources`)',
    en: 'Instrument {instrumentId} is marked as read in a secondary source but names none (`url` or `sources`)',
  },
  /**
   * A rule version is marked as read in a secondary source, but neither it nor its instrument names
   * one.
   *
   * Fix: Add `sources` to the version (or to its instrument), or mark it `unverified`.
   */
  rulebook_version_without_source: {
    severity: 'error',
    vi: 'Quy định {ruleId} (phiên bản từ {from}) được ghi là đã đọc trong nguồn thứ cấp nhưng không nêu nguồn, và văn bản {instrumentId} cũng không',
    en: 'Rule {ruleId} (version from {from}) is marked as read in a secondary source but names none, nor does instrument {instrumentId}',
  },
} as const satisfies Record<string, CodeDefinition>;
