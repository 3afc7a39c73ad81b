import { describe, expect, it } from 'vitest';
import { checkConcurrentRoles } from '../../src/roles/index.js';
import { kyAnhTown2018 } from '../../src/samples/index.js';
import { isoDate } from '../../src/core/index.js';

const propagandaPilot = (asOf: string) =>
  checkConcurrentRoles(kyAnhTown2018, { asOf: isoDate(asOf) }).issues.filter(
    (issue) => issue.ruleId === 'roles.propaganda-head-training-centre',
  );

describe('Kỳ Anh town, 2018 (cases.md §1): the propaganda head also directs the political training centre', () => {
  it('is not yet a combination before the centre is taken over (2018-06-30)', () => {
    expect(propagandaPilot('2018-06-30')).toEqual([]);
  });

  it('is an NQ 18 pilot from the take-over (2018-07-01), cited and marked unverified', () => {
    const [issue, ...rest] = propagandaPilot('2018-07-01');
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'role_combination_pilot',
      severity: 'info',
      personIds: ['p-truong-ban-tuyen-giao'],
      citation: { instrumentId: '18-NQ/TW', section: 'III.2' },
      verification: 'unverified',
    });
  });

  it('has no forbidden combination in late 2018', () => {
    expect(checkConcurrentRoles(kyAnhTown2018, { asOf: isoDate('2018-10-01') }).ok).toBe(true);
  });
});
