import { assertObject, describeArgument, describeType } from './assertOptions.js';

/**
 * How well the library knows the text behind a rule or instrument:
 * - `primary`: read in the official text (gazette, the issuer's own publication);
 * - `secondary`: read in a retrieved secondary source (news, legal portals, encyclopaedias);
 * - `unverified`: from memory or inference, not confirmed in any retrieved text.
 *
 * @example
 * ```ts
 * const level: Verification = 'secondary';
 * ```
 * @category Rulebook
 */
export type Verification = 'primary' | 'secondary' | 'unverified';

/**
 * A pointer into a legal instrument: the instrument id and, where known, the article, clause and
 * point (Điều, khoản, điểm) or a section of a Party document (mục).
 *
 * @example
 * ```ts
 * const basis: Citation = { instrumentId: '76/2025/UBTVQH15', article: '11', clause: '3' };
 * ```
 * @category Rulebook
 */
export interface Citation {
  /** Id of an instrument in the rulebook, e.g. `18-NQ/TW` or `178/2024/NĐ-CP`. */
  readonly instrumentId: string;
  /** Điều (article). */
  readonly article?: string | undefined;
  /** Khoản (clause). */
  readonly clause?: string | undefined;
  /** Điểm (point). */
  readonly point?: string | undefined;
  /** Section or item of a document without articles (mục, phần). */
  readonly section?: string | undefined;
}

/**
 * Writes a citation the way Vietnamese legal text does, or in English.
 *
 * @param citation - The citation.
 * @param locale - `vi` (default) or `en`.
 * @returns For example `điểm a khoản 2 Điều 7 178/2024/NĐ-CP`.
 * @throws {TypeError} When `citation` is not an object with a string `instrumentId`, or `locale`
 *   is neither `vi` nor `en`.
 * @example
 * ```ts
 * formatCitation({ instrumentId: '178/2024/NĐ-CP', article: '7', clause: '2', point: 'a' });
 * //=> 'điểm a khoản 2 Điều 7, 178/2024/NĐ-CP'
 * formatCitation({ instrumentId: '178/2024/NĐ-CP', article: '7', clause: '2', point: 'a' }, 'en');
 * //=> '178/2024/NĐ-CP, Art. 7(2)(a)'
 * ```
 * @category Rulebook
 */
export function formatCitation(citation: Citation, locale: 'vi' | 'en' = 'vi'): string {
  assertObject(citation, 'formatCitation: citation');
  if (typeof citation.instrumentId !== 'string') {
    throw new TypeError(`[tinh-gon] formatCitation: citation.instrumentId must be a string, received ${describeType(citation.instrumentId)}`);
  }
  if (locale !== 'vi' && locale !== 'en') {
    throw new TypeError(`[tinh-gon] formatCitation: locale must be 'vi' or 'en', received ${describeArgument(locale)}`);
  }
  const { instrumentId, article, clause, point, section } = citation;
  if (locale === 'en') {
    let where = '';
    if (article !== undefined) {
      where = `Art. ${article}${clause !== undefined ? `(${clause})` : ''}${point !== undefined ? `(${point})` : ''}`;
    }
    if (section !== undefined) where = where ? `${where}, section ${section}` : `section ${section}`;
    return where ? `${instrumentId}, ${where}` : instrumentId;
  }
  const parts: string[] = [];
  if (point !== undefined) parts.push(`điểm ${point}`);
  if (clause !== undefined) parts.push(`khoản ${clause}`);
  if (article !== undefined) parts.push(`Điều ${article}`);
  if (section !== undefined) parts.push(`mục ${section}`);
  return parts.length > 0 ? `${parts.join(' ')}, ${instrumentId}` : instrumentId;
}
