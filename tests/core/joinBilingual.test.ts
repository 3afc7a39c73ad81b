import { describe, expect, it } from 'vitest';
import { joinBilingual } from '../../src/core/Bilingual.js';

describe('joinBilingual', () => {
  const commune = { vi: 'xã', en: 'commune' };
  const ward = { vi: 'phường', en: 'ward' };

  it('joins each language on its own, with ", " unless told otherwise', () => {
    expect(joinBilingual([commune, ward])).toEqual({ vi: 'xã, phường', en: 'commune, ward' });
    expect(joinBilingual([commune, ward], '; ')).toEqual({ vi: 'xã; phường', en: 'commune; ward' });
  });

  it('gives one label back as it is, and nothing as two empty strings', () => {
    expect(joinBilingual([ward])).toEqual(ward);
    expect(joinBilingual([])).toEqual({ vi: '', en: '' });
  });

  it('leaves its input as it was', () => {
    const labels = Object.freeze([Object.freeze({ ...commune }), Object.freeze({ ...ward })]);
    joinBilingual(labels);
    expect(labels).toEqual([commune, ward]);
  });
});
