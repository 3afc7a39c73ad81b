import { describe, expect, it } from 'vitest';
import { postName, ROLE_LIST, ROLES, rolePrefix } from '../../src/model/roles.js';

describe('rolePrefix and postName: a post as messages name it', () => {
  it.each([
    ['secretary', 'bí thư ', 'secretary of '],
    ['standingDeputySecretary', 'phó bí thư thường trực ', 'standing deputy secretary of '],
    ['deputySecretary', 'phó bí thư ', 'deputy secretary of '],
    ['standingCommitteeMember', 'ủy viên ban thường vụ ', 'standing committee member of '],
    ['committeeMember', 'ủy viên ban chấp hành ', 'executive committee member of '],
    ['chair', 'chủ tịch ', 'chair of '],
    ['standingViceChair', 'phó chủ tịch thường trực ', 'standing vice-chair of '],
    ['viceChair', 'phó chủ tịch ', 'vice-chair of '],
    // the catalogue's Vietnamese for these is a list of titles; before a unit's name it is the short one
    ['head', 'trưởng ', 'head of '],
    ['deputyHead', 'phó trưởng ', 'deputy head of '],
    ['director', 'giám đốc ', 'director of '],
    ['deputyDirector', 'phó giám đốc ', 'deputy director of '],
    ['villageHead', 'trưởng ', 'village or residential-group head of '],
    ['frontCommitteeHead', 'trưởng ', 'head of the Front work committee of '],
    ['member', 'thành viên ', 'member of '],
    ['staff', 'cán bộ ', 'staff member of '],
  ])('%s: "%s…" / "%s…"', (role, vi, en) => {
    expect(rolePrefix(role)).toEqual({ vi, en });
  });

  it('covers every role of the catalogue', () => {
    expect(ROLE_LIST.every((role) => rolePrefix(role).vi !== `${role} `)).toBe(true);
    expect(ROLE_LIST.map((role) => rolePrefix(role).en)).toEqual(ROLE_LIST.map((role) => `${ROLES[role].en} of `));
  });

  it('writes a value that is no role as it is, in both languages', () => {
    expect(rolePrefix('treasurer')).toEqual({ vi: 'treasurer ', en: 'treasurer of ' });
    expect(rolePrefix('toString')).toEqual({ vi: 'toString ', en: 'toString of ' });
  });

  it('puts the title before the unit name, the Vietnamese name when there is no English one', () => {
    expect(postName('head', { vi: 'Ban Tổ chức Thành ủy', en: 'Organisation Board of the City Party Committee' })).toEqual({
      vi: 'trưởng Ban Tổ chức Thành ủy',
      en: 'head of Organisation Board of the City Party Committee',
    });
    expect(postName('chair', { vi: 'UBND phường Cẩm Tây' })).toEqual({ vi: 'chủ tịch UBND phường Cẩm Tây', en: 'chair of UBND phường Cẩm Tây' });
  });
});
