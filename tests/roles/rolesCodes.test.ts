import { describe, expect, it } from 'vitest';
import { rolesCodes } from '../../src/report/codes/rolesCodes.js';
import { catalogueSections } from '../../src/report/catalogue.js';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the roles issue codes', () => {
  it.each(Object.entries(rolesCodes))('%s fills the same parameters in Vietnamese and English', (_code, definition) => {
    expect(placeholders(definition.vi)).toEqual(placeholders(definition.en));
    expect(placeholders(definition.vi).length).toBeGreaterThan(0);
  });

  it('clash with no code of another module', () => {
    const others = Object.entries(catalogueSections)
      .filter(([section]) => section !== 'roles')
      .flatMap(([, codes]) => Object.keys(codes));
    expect(Object.keys(rolesCodes).filter((code) => others.includes(code))).toEqual([]);
  });
});
