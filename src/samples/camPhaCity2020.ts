import type { Assignment, Person, Structure, Unit } from '../model/Structure.js';
import { isoDate as d } from '../core/IsoDate.js';

/*
 * Cẩm Phả city (thành phố Cẩm Phả, Quảng Ninh), as reported on 2020-07-23 (the project's case notes,
 * cases.md §2, seed 003_01b21179092e845e.txt). Reported: 16 communes and wards (13 phường, 3 xã); 178 of
 * 178 party cell secretaries also village or quarter heads; the party secretary chairs the
 * people's council in 5 communes and the people's committee in 8 (disjoint); the head of the
 * mass mobilisation board chairs the city Fatherland Front; the head of the propaganda board
 * directs the political training centre.
 *
 * Illustrative (marked `illustrative: true` on units): which communes are the 5 and the 8, how the
 * 178 villages and quarters spread over the communes, every person (named by post, not real
 * people), every date of an assignment, and the third xã: the statistics office's list of
 * 2025-03-01 (district code 195) holds 15 units (13 phường, 2 xã); "Cộng Hòa" is a name from
 * memory for the third xã of the report, not checked.
 */

const FROM = d('2015-01-01');
const TO = d('2025-07-01');
const TERM_FROM = d('2015-10-01');
const CELLS_FROM = d('2017-08-01');

interface CommuneSeed {
  readonly slug: string;
  readonly name: string;
  readonly kind: 'ward' | 'commune';
  readonly code?: string;
  readonly villages: number;
}

/** The 16 commune-level units: 15 from the statistics office's list, the third xã illustrative. */
const COMMUNES: readonly CommuneSeed[] = [
  { slug: 'mong-duong', name: 'Mông Dương', kind: 'ward', code: '06760', villages: 12 },
  { slug: 'cua-ong', name: 'Cửa Ông', kind: 'ward', code: '06763', villages: 12 },
  { slug: 'cam-son', name: 'Cẩm Sơn', kind: 'ward', code: '06766', villages: 12 },
  { slug: 'cam-dong', name: 'Cẩm Đông', kind: 'ward', code: '06769', villages: 12 },
  { slug: 'cam-phu', name: 'Cẩm Phú', kind: 'ward', code: '06772', villages: 12 },
  { slug: 'cam-tay', name: 'Cẩm Tây', kind: 'ward', code: '06775', villages: 12 },
  { slug: 'quang-hanh', name: 'Quang Hanh', kind: 'ward', code: '06778', villages: 12 },
  { slug: 'cam-thinh', name: 'Cẩm Thịnh', kind: 'ward', code: '06781', villages: 12 },
  { slug: 'cam-thuy', name: 'Cẩm Thủy', kind: 'ward', code: '06784', villages: 12 },
  { slug: 'cam-thach', name: 'Cẩm Thạch', kind: 'ward', code: '06787', villages: 12 },
  { slug: 'cam-thanh', name: 'Cẩm Thành', kind: 'ward', code: '06790', villages: 12 },
  { slug: 'cam-trung', name: 'Cẩm Trung', kind: 'ward', code: '06793', villages: 12 },
  { slug: 'cam-binh', name: 'Cẩm Bình', kind: 'ward', code: '06796', villages: 12 },
  { slug: 'hai-hoa', name: 'Hải Hòa', kind: 'commune', code: '06799', villages: 8 },
  { slug: 'duong-huy', name: 'Dương Huy', kind: 'commune', code: '06805', villages: 7 },
  { slug: 'cong-hoa', name: 'Cộng Hòa', kind: 'commune', villages: 7 },
];

/** Communes where the party secretary chairs the people's council (5), and the committee (8). */
const COUNCIL_COMBINED = new Set(['mong-duong', 'cua-ong', 'cam-son', 'cam-dong', 'cam-phu']);
const COMMITTEE_COMBINED = new Set([
  'cam-tay',
  'quang-hanh',
  'cam-thinh',
  'cam-thuy',
  'cam-thach',
  'cam-thanh',
  'hai-hoa',
  'duong-huy',
]);

function buildCamPha(): Structure {
  const units: Unit[] = [];
  const people: Person[] = [];
  const assignments: Assignment[] = [];
  const hold = (personId: string, unitId: string, role: Assignment['role'], from = TERM_FROM) => {
    assignments.push({ personId, unitId, role, from, to: TO });
  };

  units.push(
    { id: 'quang-ninh', kind: 'province', name: { vi: 'Tỉnh Quảng Ninh', en: 'Quảng Ninh province' }, code: '22', from: FROM },
    {
      id: 'cam-pha',
      kind: 'provincial-city',
      name: { vi: 'Thành phố Cẩm Phả', en: 'Cẩm Phả city' },
      parentId: 'quang-ninh',
      code: '195',
      from: FROM,
      to: TO,
    },
    {
      id: 'cam-pha.party',
      kind: 'party-committee',
      name: { vi: 'Đảng bộ thành phố Cẩm Phả', en: 'Cẩm Phả city party committee' },
      areaId: 'cam-pha',
      from: FROM,
      to: TO,
    },
    {
      id: 'cam-pha.mass-mobilisation',
      kind: 'mass-mobilisation-board',
      name: { vi: 'Ban Dân vận Thành ủy Cẩm Phả', en: 'Mass mobilisation board of the Cẩm Phả party committee' },
      parentId: 'cam-pha.party',
      areaId: 'cam-pha',
      from: FROM,
      to: TO,
    },
    {
      id: 'cam-pha.propaganda',
      kind: 'propaganda-board',
      name: { vi: 'Ban Tuyên giáo Thành ủy Cẩm Phả', en: 'Propaganda board of the Cẩm Phả party committee' },
      parentId: 'cam-pha.party',
      areaId: 'cam-pha',
      from: FROM,
      to: TO,
    },
    {
      id: 'cam-pha.training-centre',
      kind: 'public-service-unit',
      name: { vi: 'Trung tâm Bồi dưỡng chính trị thành phố Cẩm Phả', en: 'Cẩm Phả political training centre' },
      parentId: 'cam-pha.party',
      areaId: 'cam-pha',
      sector: 'political-training',
      functions: ['training', 'propaganda'],
      from: FROM,
      to: TO,
    },
    {
      id: 'cam-pha.front',
      kind: 'fatherland-front',
      name: { vi: 'Ủy ban MTTQ Việt Nam thành phố Cẩm Phả', en: 'Cẩm Phả Fatherland Front committee' },
      areaId: 'cam-pha',
      from: FROM,
      to: TO,
    },
  );
  people.push(
    { id: 'cam-pha.mass-mobilisation-head', name: 'Trưởng Ban Dân vận Thành ủy Cẩm Phả (minh họa)' },
    { id: 'cam-pha.propaganda-head', name: 'Trưởng Ban Tuyên giáo Thành ủy Cẩm Phả (minh họa)' },
  );
  hold('cam-pha.mass-mobilisation-head', 'cam-pha.mass-mobilisation', 'head');
  hold('cam-pha.mass-mobilisation-head', 'cam-pha.front', 'chair');
  hold('cam-pha.propaganda-head', 'cam-pha.propaganda', 'head');
  hold('cam-pha.propaganda-head', 'cam-pha.training-centre', 'director');

  for (const commune of COMMUNES) {
    const prefix = commune.kind === 'ward' ? 'Phường' : 'Xã';
    const enKind = commune.kind === 'ward' ? 'ward' : 'commune';
    const id = commune.slug;
    const area: Unit = {
      id,
      kind: commune.kind,
      name: { vi: `${prefix} ${commune.name}`, en: `${commune.name} ${enKind}` },
      parentId: 'cam-pha',
      from: FROM,
      to: TO,
      ...(commune.code === undefined
        ? { illustrative: true, note: 'Third xã of the report; name from memory, not in the 2025-03-01 list.' }
        : { code: commune.code }),
    };
    units.push(
      area,
      {
        id: `${id}.party`,
        kind: 'party-committee',
        name: { vi: `Đảng bộ ${prefix.toLowerCase()} ${commune.name}`, en: `${commune.name} party committee` },
        parentId: 'cam-pha.party',
        areaId: id,
        from: FROM,
        to: TO,
        illustrative: true,
      },
      {
        id: `${id}.council`,
        kind: 'peoples-council',
        name: { vi: `HĐND ${prefix.toLowerCase()} ${commune.name}`, en: `${commune.name} people's council` },
        areaId: id,
        from: FROM,
        to: TO,
        illustrative: true,
      },
      {
        id: `${id}.committee`,
        kind: 'peoples-committee',
        name: { vi: `UBND ${prefix.toLowerCase()} ${commune.name}`, en: `${commune.name} people's committee` },
        areaId: id,
        from: FROM,
        to: TO,
        illustrative: true,
      },
    );
    const secretary = `${id}.secretary`;
    const councilChair = COUNCIL_COMBINED.has(id) ? secretary : `${id}.council-chair`;
    const committeeChair = COMMITTEE_COMBINED.has(id) ? secretary : `${id}.committee-chair`;
    people.push({ id: secretary, name: `Bí thư Đảng ủy ${prefix.toLowerCase()} ${commune.name} (minh họa)` });
    if (councilChair !== secretary) {
      people.push({ id: councilChair, name: `Chủ tịch HĐND ${prefix.toLowerCase()} ${commune.name} (minh họa)` });
    }
    if (committeeChair !== secretary) {
      people.push({ id: committeeChair, name: `Chủ tịch UBND ${prefix.toLowerCase()} ${commune.name} (minh họa)` });
    }
    hold(secretary, `${id}.party`, 'secretary');
    hold(councilChair, `${id}.council`, 'chair');
    hold(committeeChair, `${id}.committee`, 'chair');

    const villageKind = commune.kind === 'ward' ? 'residential-group' : 'village';
    const villageWord = commune.kind === 'ward' ? 'Khu' : 'Thôn';
    for (let number = 1; number <= commune.villages; number += 1) {
      const villageId = `${id}.v${number}`;
      units.push(
        {
          id: villageId,
          kind: villageKind,
          name: { vi: `${villageWord} ${number}, ${prefix.toLowerCase()} ${commune.name}`, en: `${villageWord} ${number}, ${commune.name}` },
          parentId: id,
          from: FROM,
          to: TO,
          illustrative: true,
        },
        {
          id: `${villageId}.cell`,
          kind: 'party-cell',
          name: { vi: `Chi bộ ${villageWord.toLowerCase()} ${number}, ${commune.name}`, en: `Party cell of ${villageWord} ${number}, ${commune.name}` },
          parentId: `${id}.party`,
          areaId: villageId,
          from: FROM,
          to: TO,
          illustrative: true,
        },
      );
      const cellSecretary = `${villageId}.cell-secretary`;
      people.push({ id: cellSecretary, name: `Bí thư chi bộ ${villageWord.toLowerCase()} ${number}, ${commune.name} (minh họa)` });
      hold(cellSecretary, `${villageId}.cell`, 'secretary', CELLS_FROM);
      hold(cellSecretary, villageId, 'villageHead', CELLS_FROM);
    }
  }
  return { units, people, assignments };
}

/**
 * Cẩm Phả city (Quảng Ninh) as its report of 2020-07-23 describes it: 16 communes and wards, 178
 * villages and quarters whose 178 party cell secretaries are all village or quarter heads, a party
 * secretary who chairs the people's council in 5 communes and the people's committee in 8 others,
 * the head of the mass mobilisation board chairing the city Fatherland Front and the head of the
 * propaganda board directing the political training centre. Which communes are which, and all
 * people and dates, are illustrative (units say `illustrative: true`); the whole city ends on
 * 2025-07-01, when the district level does.
 *
 * @example
 * ```ts
 * validateStructure(camPhaCity2020, { asOf: isoDate('2020-07-23') }).issues.length; //=> 0
 * camPhaCity2020.units.filter((unit) => unit.kind === 'party-cell').length; //=> 178
 * ```
 * @see The project's case notes (cases.md §2) and legal notes (legal-facts.md §10.2)
 * @category Samples
 */
export const camPhaCity2020: Structure = buildCamPha();

/**
 * Cẩm Phả's own target for 2020–2025 (report of 2020-07-23): more than 75% of communes and wards
 * with the party secretary chairing the people's committee. A local target with no central
 * instrument behind it (legal-facts.md §10.2: not verified); pass it to `concurrencyCoverage`.
 *
 * @example
 * ```ts
 * camPhaCommitteeTarget; //=> { comparison: 'more-than', basisPoints: 7500 }
 * ```
 * @category Samples
 */
export const camPhaCommitteeTarget = { comparison: 'more-than', basisPoints: 7500 } as const;
