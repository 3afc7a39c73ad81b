import type { StructureInput } from '../../src/model/index.js';

/** A small three-tier structure of 2018: a town with a ward, a commune, villages and bodies. */
export function smallTown(): StructureInput {
  return {
    units: [
      { id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: '1945-09-02' },
      { id: 'ht', kind: 'province', name: { vi: 'Tỉnh Hà Tĩnh' }, parentId: 'vn', from: '1991-08-12', region: 'central' },
      { id: 'ka', kind: 'town', name: { vi: 'Thị xã Kỳ Anh' }, parentId: 'ht', from: '2015-05-15' },
      { id: 'kl', kind: 'ward', name: { vi: 'Phường Kỳ Long' }, parentId: 'ka', from: '2015-05-15' },
      { id: 'kn', kind: 'commune', name: { vi: 'Xã Kỳ Nam' }, parentId: 'ka', from: '2015-05-15' },
      { id: 'tdp1', kind: 'residential-group', name: { vi: 'TDP 1' }, parentId: 'kl', from: '2015-05-15', households: 240 },
      { id: 'thon1', kind: 'village', name: { vi: 'Thôn 1' }, parentId: 'kn', from: '2015-05-15', households: 180 },
      { id: 'du-ka', kind: 'party-committee', name: { vi: 'Đảng bộ thị xã' }, areaId: 'ka', from: '2015-05-15' },
      { id: 'btg-ka', kind: 'propaganda-board', name: { vi: 'Ban Tuyên giáo' }, parentId: 'du-ka', areaId: 'ka', from: '2015-05-15' },
      { id: 'ubnd-ka', kind: 'peoples-committee', name: { vi: 'UBND thị xã' }, areaId: 'ka', from: '2015-05-15',
        staffing: { quota: { civilServant: 60 }, actual: { civilServant: 58 } } },
      { id: 'pnv-ka', kind: 'specialised-agency', name: { vi: 'Phòng Nội vụ' }, parentId: 'ubnd-ka', areaId: 'ka', from: '2015-05-15', sector: 'home-affairs' },
      { id: 'du-kn', kind: 'party-committee', name: { vi: 'Đảng ủy xã Kỳ Nam' }, parentId: 'du-ka', areaId: 'kn', from: '2015-05-15' },
      { id: 'cb-thon1', kind: 'party-cell', name: { vi: 'Chi bộ Thôn 1' }, parentId: 'du-kn', areaId: 'thon1', from: '2015-05-15' },
      { id: 'ttbdct', kind: 'public-service-unit', name: { vi: 'Trung tâm BDCT' }, parentId: 'du-ka', areaId: 'ka', from: '2015-05-15', sector: 'political-training', autonomyGroup: 4 },
    ],
    people: [
      { id: 'p1', name: 'Nguyễn Văn An' },
      { id: 'p2', name: 'Trần Thị Bình' },
    ],
    assignments: [
      { personId: 'p1', unitId: 'btg-ka', role: 'head', from: '2016-01-01' },
      { personId: 'p1', unitId: 'ttbdct', role: 'director', from: '2018-01-01' },
      { personId: 'p2', unitId: 'cb-thon1', role: 'secretary', from: '2017-01-01', to: '2020-01-01' },
    ],
  };
}
