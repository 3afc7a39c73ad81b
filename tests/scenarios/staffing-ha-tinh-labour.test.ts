import { describe, expect, it } from 'vitest';
import { basisPointsOf, formatBasisPoints, reductionTarget, staffSurplus } from '../../src/staffing/index.js';

// cases.md §3: Hà Tĩnh Provincial Labour Federation (report of 2017-02-23): a quota of 112
// full-time union staff, 102 in post — "10 under quota, 8.93% of quota".
describe('Hà Tĩnh Labour Federation: 102 of a quota of 112', () => {
  const quota = 112;
  const inPost = 102;

  it('is 10 under quota, 893 bps = 8.93% of the quota', () => {
    const { shortfall, surplus } = staffSurplus(inPost, quota, 'ldld-ha-tinh').value;
    expect([shortfall, surplus]).toEqual([10, 0]);
    const bps = basisPointsOf(shortfall, quota);
    expect(bps).toBe(893);
    expect(formatBasisPoints(bps)).toBe('8.93');
  });

  it('the reported 8.93% is rounded: 10/112 = 8.928…%, so 8.93% of 112 is 10.0016 people', () => {
    expect(basisPointsOf(10, 112, 'down')).toBe(892);
    expect(reductionTarget(quota, '8.93', { rounding: 'nearest' }).cut).toBe(10);
    expect(reductionTarget(quota, '8.93', { rounding: 'up' }).cut).toBe(11);
  });

  it('against the NQ 18 target of at least 10% of the quota it is 2 people short', () => {
    const target = reductionTarget(quota, '10');
    expect(target.cut).toBe(12);
    expect(target.ceiling).toBe(100);
    expect(inPost - target.ceiling).toBe(2);
  });
});
