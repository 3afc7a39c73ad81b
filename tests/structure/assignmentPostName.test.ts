/** A post outside its unit's dates is named in each language; the params keep the role's id. */
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/core/index.js';
import type { Structure, Unit } from '../../src/model/index.js';
import { validateStructure } from '../../src/structure/index.js';

describe('assignment_outside_unit names the post', () => {
  it('in each language, and keeps the role id in params', () => {
    const from = isoDate('2015-01-01');
    const structure: Structure = {
      units: [
        { id: 'tinh', kind: 'province', name: { vi: 'Tỉnh' }, from },
        { id: 'xa-a', kind: 'commune', name: { vi: 'Xã A' }, from, parentId: 'tinh' },
      ] as Unit[],
      people: [{ id: 'p1', name: 'Nguyễn Văn A' }],
      assignments: [{ personId: 'p1', unitId: 'xa-a', role: 'chair', from: isoDate('2010-01-01') }],
    } as Structure;
    const issue = validateStructure(structure, { asOf: isoDate('2020-01-01') }).issues.find((candidate) => candidate.code === 'assignment_outside_unit');
    expect(issue?.params?.['role']).toBe('chair');
    expect(issue?.message).toEqual({
      vi: 'p1 giữ chức chủ tịch Xã A (xa-a) từ 2010-01-01 đến …, ngoài thời gian hiệu lực của đơn vị (2015-01-01 đến …)',
      en: 'p1 holds the post of chair of Xã A (xa-a) from 2010-01-01 to …, outside the unit’s validity (2015-01-01 to …)',
    });
  });
});
