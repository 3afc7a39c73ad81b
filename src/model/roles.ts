import type { Bilingual } from '../core/Bilingual.js';

/**
 * The closed catalogue of posts a person can hold, with Vietnamese and English labels.
 *
 * @example
 * ```ts
 * ROLES.villageHead.vi; //=> 'trưởng thôn, tổ trưởng tổ dân phố'
 * ```
 * @category Model
 */
export const ROLES = {
  secretary: { vi: 'bí thư', en: 'secretary' },
  standingDeputySecretary: { vi: 'phó bí thư thường trực', en: 'standing deputy secretary' },
  deputySecretary: { vi: 'phó bí thư', en: 'deputy secretary' },
  standingCommitteeMember: { vi: 'ủy viên ban thường vụ', en: 'standing committee member' },
  committeeMember: { vi: 'ủy viên ban chấp hành', en: 'executive committee member' },
  chair: { vi: 'chủ tịch', en: 'chair' },
  standingViceChair: { vi: 'phó chủ tịch thường trực', en: 'standing vice-chair' },
  viceChair: { vi: 'phó chủ tịch', en: 'vice-chair' },
  head: { vi: 'trưởng ban, trưởng phòng, chánh thanh tra, chánh văn phòng', en: 'head' },
  deputyHead: { vi: 'phó trưởng ban, phó trưởng phòng, phó chánh', en: 'deputy head' },
  director: { vi: 'giám đốc', en: 'director' },
  deputyDirector: { vi: 'phó giám đốc', en: 'deputy director' },
  villageHead: { vi: 'trưởng thôn, tổ trưởng tổ dân phố', en: 'village or residential-group head' },
  frontCommitteeHead: { vi: 'trưởng ban công tác Mặt trận', en: 'head of the Front work committee' },
  member: { vi: 'ủy viên, thành viên', en: 'member' },
  staff: { vi: 'cán bộ, công chức, viên chức', en: 'staff member' },
} as const satisfies Record<string, Bilingual>;

/**
 * A post in the catalogue {@link ROLES}.
 *
 * @example
 * ```ts
 * const role: Role = 'standingDeputySecretary';
 * ```
 * @category Model
 */
export type Role = keyof typeof ROLES;

/**
 * The words that name a role before its unit's name, in each language: `trưởng ` + "Ban Tổ chức
 * Thành ủy", `head of ` + "Organisation Board". In Vietnamese the title is short, as it is said
 * before a name (`trưởng`, not the catalogue's list `trưởng ban, trưởng phòng, …`); a value that is
 * not a role (input that skipped the parser) is written as it is. A function, not a table, so that
 * a mutation test can tell a wrong word. @internal
 */
export function rolePrefix(role: string): Bilingual {
  const known: Bilingual | undefined = Object.hasOwn(ROLES, role) ? ROLES[role as Role] : undefined;
  const en = `${known?.en ?? role} of `;
  switch (role as Role) {
    case 'head':
    case 'villageHead':
    case 'frontCommitteeHead':
      return { vi: 'trưởng ', en };
    case 'deputyHead':
      return { vi: 'phó trưởng ', en };
    case 'member':
      return { vi: 'thành viên ', en };
    case 'staff':
      return { vi: 'cán bộ ', en };
    default:
      // the other roles are said before a name as the catalogue writes them
      return { vi: `${known?.vi ?? role} `, en };
  }
}

/**
 * A post as messages name it, in each language: the role's words before the unit's name,
 * "trưởng Ban Tổ chức Thành ủy", "head of Organisation Board" (the Vietnamese name when the unit
 * has no English one). @internal
 */
export function postName(role: string, unitName: { readonly vi: string; readonly en?: string | undefined }): Bilingual {
  const prefix = rolePrefix(role);
  return { vi: prefix.vi + unitName.vi, en: prefix.en + (unitName.en ?? unitName.vi) };
}

/** All roles. @category Model @example `ROLE_LIST.includes('chair') //=> true` */
export const ROLE_LIST = Object.keys(ROLES) as readonly Role[];

/** Roles that count as a deputy (cấp phó) of their unit. @category Model @example `DEPUTY_ROLES.includes('viceChair') //=> true` */
export const DEPUTY_ROLES: readonly Role[] = [
  'standingDeputySecretary',
  'deputySecretary',
  'standingViceChair',
  'viceChair',
  'deputyHead',
  'deputyDirector',
];

/**
 * Staff categories (loại biên chế), with labels.
 * - `cadre` (cán bộ): elected or appointed by term;
 * - `civilServant` (công chức);
 * - `publicEmployee` (viên chức): employed by public service units;
 * - `nonProfessional` (người hoạt động không chuyên trách): commune and village part-time posts;
 * - `contract` (hợp đồng lao động).
 *
 * @example
 * ```ts
 * STAFF_CATEGORIES.publicEmployee.vi; //=> 'viên chức'
 * ```
 * @category Model
 */
export const STAFF_CATEGORIES = {
  cadre: { vi: 'cán bộ', en: 'cadre' },
  civilServant: { vi: 'công chức', en: 'civil servant' },
  publicEmployee: { vi: 'viên chức', en: 'public employee' },
  nonProfessional: { vi: 'người hoạt động không chuyên trách', en: 'non-professional worker' },
  contract: { vi: 'hợp đồng lao động', en: 'contract worker' },
} as const satisfies Record<string, Bilingual>;

/** A staff category. @category Model @example `const category: StaffCategory = 'cadre';` */
export type StaffCategory = keyof typeof STAFF_CATEGORIES;

/** All staff categories. @category Model @example `STAFF_CATEGORY_LIST.length //=> 5` */
export const STAFF_CATEGORY_LIST = Object.keys(STAFF_CATEGORIES) as readonly StaffCategory[];
