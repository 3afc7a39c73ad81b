import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../src/core/Citation.js';

// Vietnamese cites from the smallest part up ("điểm a khoản 2 Điều 7, <instrument>"); English from the
// article down ("<instrument>, Art. 7(2)(a)"), and has no way to write a clause or point without an
// article, so it leaves them out rather than print a dangling "(2)".

describe('formatCitation: every combination of parts', () => {
  const X = '178/2024/NĐ-CP';
  it.each([
    [{ instrumentId: X }, X, X],
    [{ instrumentId: X, article: '7' }, `Điều 7, ${X}`, `${X}, Art. 7`],
    [{ instrumentId: X, article: '7', clause: '2' }, `khoản 2 Điều 7, ${X}`, `${X}, Art. 7(2)`],
    [{ instrumentId: X, article: '7', point: 'a' }, `điểm a Điều 7, ${X}`, `${X}, Art. 7(a)`],
    [{ instrumentId: X, clause: '2' }, `khoản 2, ${X}`, X],
    [{ instrumentId: X, point: 'a' }, `điểm a, ${X}`, X],
    [{ instrumentId: X, section: 'III' }, `mục III, ${X}`, `${X}, section III`],
    [{ instrumentId: X, clause: '2', section: 'III' }, `khoản 2 mục III, ${X}`, `${X}, section III`],
    [{ instrumentId: X, article: '7', clause: '2', point: 'a', section: 'III' }, `điểm a khoản 2 Điều 7 mục III, ${X}`, `${X}, Art. 7(2)(a), section III`],
  ])('%o', (citation, vi, en) => {
    expect(formatCitation(citation, 'vi')).toBe(vi);
    expect(formatCitation(citation, 'en')).toBe(en);
  });

  it('writes Vietnamese unless told otherwise', () => {
    const citation = { instrumentId: X, article: '7', clause: '2' };
    expect(formatCitation(citation)).toBe(formatCitation(citation, 'vi'));
    expect(formatCitation(citation)).toBe(`khoản 2 Điều 7, ${X}`);
  });
});
