import type { CodeDefinition } from './CodeDefinition.js';

/** Codes raised by the rulebook (`validateRulebook`, `findRule`). @internal */
export const rulesCodes = {
  rule_not_in_force: {
    severity: 'error',
    vi: 'Quy định {ruleId} không có phiên bản nào hiệu lực vào ngày {asOf}',
    en: 'Rule {ruleId} has no version in force on {asOf}',
  },
  rule_unknown: {
    severity: 'error',
    vi: 'Không có quy định {ruleId} trong bộ quy định',
    en: 'The rulebook has no rule {ruleId}',
  },
  rulebook_duplicate_instrument: {
    severity: 'error',
    vi: 'Văn bản {instrumentId} được khai báo nhiều lần',
    en: 'Instrument {instrumentId} is declared more than once',
  },
  rulebook_duplicate_rule: {
    severity: 'error',
    vi: 'Quy định {ruleId} được khai báo nhiều lần',
    en: 'Rule {ruleId} is declared more than once',
  },
  rulebook_unknown_instrument: {
    severity: 'error',
    vi: 'Quy định {ruleId} (phiên bản từ {from}) dẫn chiếu văn bản {instrumentId} không có trong bộ quy định',
    en: 'Rule {ruleId} (version from {from}) cites instrument {instrumentId}, which the rulebook does not have',
  },
  rulebook_missing_citation: {
    severity: 'error',
    vi: 'Quy định {ruleId} (phiên bản từ {from}) không dẫn chiếu văn bản nào',
    en: 'Rule {ruleId} (version from {from}) cites no instrument',
  },
  rulebook_version_before_instrument: {
    severity: 'error',
    vi: 'Quy định {ruleId} có phiên bản từ {from}, trước ngày văn bản {instrumentId} có hiệu lực ({effective})',
    en: 'Rule {ruleId} has a version from {from}, before instrument {instrumentId} takes effect ({effective})',
  },
  rulebook_overlapping_versions: {
    severity: 'error',
    vi: 'Quy định {ruleId} có hai phiên bản chồng lấn: từ {firstFrom} và từ {secondFrom}',
    en: 'Rule {ruleId} has overlapping versions: from {firstFrom} and from {secondFrom}',
  },
  rulebook_no_versions: {
    severity: 'error',
    vi: 'Quy định {ruleId} không có phiên bản nào',
    en: 'Rule {ruleId} has no versions',
  },
  rulebook_invalid_params: {
    severity: 'error',
    vi: 'Tham số của quy định {ruleId} (phiên bản từ {from}) không hợp lệ tại {field}: {detail}',
    en: 'Parameters of rule {ruleId} (version from {from}) are invalid at {field}: {detail}',
  },
  rulebook_unknown_instrument_link: {
    severity: 'warning',
    vi: 'Văn bản {instrumentId} liên kết tới văn bản {targetId} ({link}) không có trong bộ quy định',
    en: 'Instrument {instrumentId} links to {targetId} ({link}), which the rulebook does not have',
  },
  rulebook_instrument_dates: {
    severity: 'error',
    vi: 'Văn bản {instrumentId} có hiệu lực ({effective}) trước ngày ban hành ({issued})',
    en: 'Instrument {instrumentId} takes effect ({effective}) before it is issued ({issued})',
  },
  rulebook_instrument_without_source: {
    severity: 'error',
    vi: 'Văn bản {instrumentId} được ghi là đã đọc trong nguồn thứ cấp nhưng không nêu nguồn (`url` hoặc `sources`)',
    en: 'Instrument {instrumentId} is marked as read in a secondary source but names none (`url` or `sources`)',
  },
  rulebook_version_without_source: {
    severity: 'error',
    vi: 'Quy định {ruleId} (phiên bản từ {from}) được ghi là đã đọc trong nguồn thứ cấp nhưng không nêu nguồn, và văn bản {instrumentId} cũng không',
    en: 'Rule {ruleId} (version from {from}) is marked as read in a secondary source but names none, nor does instrument {instrumentId}',
  },
} as const satisfies Record<string, CodeDefinition>;
