import type { Structure, Unit } from '../../src/model/index.js';
import type { Plan, PlanOperation } from '../../src/plan/index.js';
import { isoDate, type IsoDate } from '../../src/core/index.js';

const FROM = isoDate('2015-01-01');

/**
 * A small provincial city in the style of Cẩm Phả (Quảng Ninh) — illustrative figures — with two
 * wards, two small communes, a district next door, villages, the city's party and state bodies,
 * two public service units and a few posts.
 */
export function camPhaFixture(): Structure {
  const units: Unit[] = [
    { id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: isoDate('1976-07-02') },
    { id: 'tinh-qn', kind: 'province', name: { vi: 'Tỉnh Quảng Ninh' }, parentId: 'vn', from: FROM, region: 'central', terrain: 'plains' },
    { id: 'tp-cp', kind: 'provincial-city', name: { vi: 'Thành phố Cẩm Phả' }, parentId: 'tinh-qn', from: FROM },
    { id: 'h-vd', kind: 'district', name: { vi: 'Huyện Vân Đồn' }, parentId: 'tinh-qn', from: FROM },
    { id: 'h-tm', kind: 'district', name: { vi: 'Huyện Tiên Yên' }, parentId: 'tinh-qn', from: FROM },
    { id: 'p-ct', kind: 'ward', name: { vi: 'Phường Cẩm Thạch' }, parentId: 'tp-cp', from: FROM, population: 12_000, areaKm2: 4.5 },
    { id: 'p-cth', kind: 'ward', name: { vi: 'Phường Cẩm Thủy' }, parentId: 'tp-cp', from: FROM, population: 9_000, areaKm2: 3.2 },
    { id: 'x-ch', kind: 'commune', name: { vi: 'Xã Cộng Hòa' }, parentId: 'tp-cp', from: FROM, population: 3_000, areaKm2: 10, households: 750 },
    { id: 'x-dh', kind: 'commune', name: { vi: 'Xã Dương Huy' }, parentId: 'tp-cp', from: FROM, population: 2_500, areaKm2: 12, households: 620 },
    { id: 'x-dk', kind: 'commune', name: { vi: 'Xã Đoàn Kết' }, parentId: 'h-vd', from: FROM, population: 4_000, areaKm2: 40 },
    { id: 'thon-1', kind: 'village', name: { vi: 'Thôn 1' }, parentId: 'x-ch', from: FROM, households: 90 },
    { id: 'thon-2', kind: 'village', name: { vi: 'Thôn 2' }, parentId: 'x-ch', from: FROM, households: 180 },
    { id: 'thon-3', kind: 'village', name: { vi: 'Thôn 3' }, parentId: 'x-ch', from: FROM, households: 480 },
    { id: 'thon-4', kind: 'village', name: { vi: 'Thôn 4' }, parentId: 'x-dh', from: FROM, households: 620 },
    { id: 'thanh-uy', kind: 'party-committee', name: { vi: 'Thành ủy Cẩm Phả' }, areaId: 'tp-cp', from: FROM },
    {
      id: 'btc', kind: 'organisation-board', name: { vi: 'Ban Tổ chức Thành ủy' }, areaId: 'tp-cp', parentId: 'thanh-uy', from: FROM,
      functions: ['party-personnel', 'personnel'], staffing: { quota: { civilServant: 8 }, actual: { civilServant: 8 } },
    },
    {
      id: 'ubkt', kind: 'inspection-commission', name: { vi: 'Ủy ban Kiểm tra Thành ủy' }, areaId: 'tp-cp', parentId: 'thanh-uy', from: FROM,
      functions: ['inspection'], staffing: { quota: { civilServant: 7 }, actual: { civilServant: 6 } },
    },
    { id: 'ubnd-tp', kind: 'peoples-committee', name: { vi: 'UBND thành phố' }, areaId: 'tp-cp', from: FROM },
    {
      id: 'phong-nv', kind: 'specialised-agency', name: { vi: 'Phòng Nội vụ' }, areaId: 'tp-cp', parentId: 'ubnd-tp', from: FROM,
      sector: 'home-affairs', functions: ['personnel', 'state-administration'], staffing: { quota: { civilServant: 9 }, actual: { civilServant: 9 } },
    },
    {
      id: 'thanh-tra', kind: 'inspectorate', name: { vi: 'Thanh tra thành phố' }, areaId: 'tp-cp', parentId: 'ubnd-tp', from: FROM,
      functions: ['inspection'], staffing: { quota: { civilServant: 8 }, actual: { civilServant: 8 } },
    },
    { id: 'phong-tc', kind: 'specialised-agency', name: { vi: 'Phòng Tài chính' }, areaId: 'tp-cp', parentId: 'ubnd-tp', from: FROM, sector: 'finance' },
    { id: 'vp-ubnd-tp', kind: 'government-office', name: { vi: 'Văn phòng HĐND và UBND thành phố' }, areaId: 'tp-cp', parentId: 'ubnd-tp', from: FROM },
    { id: 'vp-thanh-uy', kind: 'party-office', name: { vi: 'Văn phòng Thành ủy' }, areaId: 'tp-cp', parentId: 'thanh-uy', from: FROM },
    { id: 'dang-uy-ch', kind: 'party-committee', name: { vi: 'Đảng ủy xã Cộng Hòa' }, areaId: 'x-ch', parentId: 'thanh-uy', from: FROM },
    { id: 'ubnd-ch', kind: 'peoples-committee', name: { vi: 'UBND xã Cộng Hòa' }, areaId: 'x-ch', from: FROM },
    { id: 'vp-du-ch', kind: 'party-office', name: { vi: 'Văn phòng Đảng ủy xã Cộng Hòa' }, areaId: 'x-ch', parentId: 'dang-uy-ch', from: FROM },
    { id: 'vp-ubnd-ch', kind: 'government-office', name: { vi: 'Văn phòng UBND xã Cộng Hòa' }, areaId: 'x-ch', parentId: 'ubnd-ch', from: FROM },
    { id: 'ubnd-dh', kind: 'peoples-committee', name: { vi: 'UBND xã Dương Huy' }, areaId: 'x-dh', from: FROM },
    {
      id: 'tt-vh', kind: 'public-service-unit', name: { vi: 'Trung tâm Văn hóa' }, areaId: 'tp-cp', parentId: 'ubnd-tp', from: FROM,
      autonomyGroup: 4, functions: ['culture', 'information', 'propaganda-media'],
      staffing: { quota: { publicEmployee: 10 }, actual: { publicEmployee: 10 } },
    },
    {
      id: 'dai-tt', kind: 'public-service-unit', name: { vi: 'Đài Truyền thanh - Truyền hình' }, areaId: 'tp-cp', parentId: 'ubnd-tp', from: FROM,
      autonomyGroup: 3, functions: ['broadcasting', 'information', 'propaganda-media'],
      staffing: { quota: { publicEmployee: 6 }, actual: { publicEmployee: 6 } },
    },
  ];
  return {
    units,
    people: [
      { id: 'p1', name: 'Nguyễn Văn A' },
      { id: 'p2', name: 'Trần Văn B' },
      { id: 'p3', name: 'Lê Thị C' },
      { id: 'p4', name: 'Phạm Văn D' },
    ],
    assignments: [
      { personId: 'p1', unitId: 'btc', role: 'head', from: FROM },
      { personId: 'p2', unitId: 'btc', role: 'deputyHead', from: FROM },
      { personId: 'p3', unitId: 'phong-nv', role: 'deputyHead', from: FROM },
      { personId: 'p4', unitId: 'thon-2', role: 'villageHead', from: FROM },
    ],
  };
}

/** A plan of one or more operations on a date. */
export function planOn(effectiveOn: string, ...operations: PlanOperation[]): Plan {
  return { effectiveOn: isoDate(effectiveOn) as IsoDate, operations };
}

/** Cẩm Phả's two cross-bloc pilots: Tổ chức + Nội vụ, Kiểm tra + Thanh tra. */
export function camPhaPilotPlan(effectiveOn: string): Plan {
  return planOn(
    effectiveOn,
    {
      type: 'consolidate',
      sourceIds: ['btc', 'phong-nv'],
      newUnit: { id: 'cq-tc-nv', kind: 'organisation-board', name: { vi: 'Cơ quan Tổ chức - Nội vụ' }, areaId: 'tp-cp', parentId: 'thanh-uy' },
    },
    {
      type: 'consolidate',
      sourceIds: ['ubkt', 'thanh-tra'],
      newUnit: { id: 'cq-kt-tt', kind: 'inspection-commission', name: { vi: 'Cơ quan Ủy ban Kiểm tra - Thanh tra' }, areaId: 'tp-cp', parentId: 'thanh-uy' },
    },
  );
}

/** Freezes a value and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Two small provinces with no figures of terrain or region other than those given, each with
 * one commune, for the province-level and commune-level standards.
 */
export function twoProvinces(terrain: 'mountainous' | 'plains' | 'island' | undefined): Structure {
  const facts = terrain === undefined ? {} : { terrain };
  return {
    units: [
      { id: 'vn', kind: 'country', name: { vi: 'Việt Nam' }, from: isoDate('1976-07-02') },
      { id: 'tinh-a', kind: 'province', name: { vi: 'Tỉnh A' }, parentId: 'vn', from: FROM, population: 500_000, areaKm2: 3000, ...facts },
      { id: 'tinh-b', kind: 'province', name: { vi: 'Tỉnh B' }, parentId: 'vn', from: FROM, population: 300_000, areaKm2: 1000, ...facts },
      { id: 'xa-a', kind: 'commune', name: { vi: 'Xã A' }, parentId: 'tinh-a', from: FROM, population: 2000, areaKm2: 20 },
      { id: 'xa-b', kind: 'commune', name: { vi: 'Xã B' }, parentId: 'tinh-a', from: FROM, population: 1500, areaKm2: 15 },
    ],
    people: [],
    assignments: [],
  };
}
