import { describe, expect, it } from 'vitest';
import { nameLabel, unitLabel } from '../../src/structure/labels.js';

describe('nameLabel: a unit named in a message', () => {
  it('shows the English name in English where the unit has one', () => {
    expect(nameLabel({ vi: 'Tỉnh Cao Bằng', en: 'Cao Bang Province' })).toEqual({ vi: 'Tỉnh Cao Bằng', en: 'Cao Bang Province' });
  });

  it('shows the Vietnamese name in both languages where it has none', () => {
    expect(nameLabel({ vi: 'Xã Sơn Hồng' })).toEqual({ vi: 'Xã Sơn Hồng', en: 'Xã Sơn Hồng' });
  });

  it('returns a new object: an issue never holds the structure’s own record', () => {
    const name = { vi: 'Xã A', en: 'A commune' };
    expect(nameLabel(name)).not.toBe(name);
  });
});

describe('unitLabel: a unit named by name and id', () => {
  it('puts the id in brackets after the name, the English name in English where there is one', () => {
    expect(unitLabel('p11', { vi: 'Tỉnh Cao Bằng', en: 'Cao Bang Province' })).toEqual({ vi: 'Tỉnh Cao Bằng (p11)', en: 'Cao Bang Province (p11)' });
    expect(unitLabel('vn-2025-07:c18160', { vi: 'Xã Sơn Hồng' })).toEqual({ vi: 'Xã Sơn Hồng (vn-2025-07:c18160)', en: 'Xã Sơn Hồng (vn-2025-07:c18160)' });
  });
});
