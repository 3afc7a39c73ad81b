import { describe, expect, it } from 'vitest';
import { strengthSchema } from '../../src/rules/schema.js';
import { strengthName } from '../../src/rules/strengthNames.js';

describe('strengthName', () => {
  const strengths = strengthSchema.options;

  it('in English, by the strength itself', () => {
    for (const strength of strengths) expect(strengthName(strength).en).toBe(strength);
  });

  it('in Vietnamese, by a word of its own for each (none empty, none shared, none English)', () => {
    const words = strengths.map((strength) => strengthName(strength).vi);
    for (const word of words) {
      expect(word.trim()).not.toBe('');
      expect(strengths).not.toContain(word);
    }
    expect(new Set(words).size).toBe(strengths.length);
  });
});
