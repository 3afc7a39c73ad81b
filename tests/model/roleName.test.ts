/** Posts are named in each language in messages; the params keep the role's id. */
import { describe, expect, it } from 'vitest';
import { roleName } from '../../src/model/roles.js';

describe('roleName', () => {
  it.each([
    ['chair', { vi: 'chủ tịch', en: 'chair' }],
    ['villageHead', { vi: 'trưởng thôn, tổ trưởng tổ dân phố', en: 'village or residential-group head' }],
    // not a role (input that skipped the parser): as written, never a prototype's member
    ['toString', { vi: 'toString', en: 'toString' }],
    ['mayor', { vi: 'mayor', en: 'mayor' }],
  ])('%s', (role, name) => {
    expect(roleName(role)).toEqual(name);
  });
});
