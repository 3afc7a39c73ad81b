import type { Bilingual } from '../core/Bilingual.js';
import type { Strength } from './Rule.js';

/**
 * What a message calls a strength of rule, in both languages: the words of the roles check's
 * left-out counts and of the plan check's cross-family messages. Internal (not exported from the
 * package). A function rather than a table, so that the words are built when a message asks for
 * them (and a test of the message can tell a wrong word).
 */
export function strengthName(strength: Strength): Bilingual {
  switch (strength) {
    case 'forbidden':
      return { vi: 'bị cấm', en: 'forbidden' };
    case 'required':
      return { vi: 'bắt buộc', en: 'required' };
    case 'encouraged':
      return { vi: 'được khuyến khích', en: 'encouraged' };
    case 'pilot':
      return { vi: 'thí điểm', en: 'pilot' };
    default:
      return { vi: 'được phép', en: 'permitted' };
  }
}
