import { describe, expect, it } from 'vitest';
import { createIssue, renderTemplate } from '../../src/report/index.js';

describe('renderTemplate: the edges of its small template language', () => {
  it.each([
    // template, params, locale, text
    ['{list}', { list: [1234, 'a', 5.5] }, 'vi', '1.234, a, 5,5'],
    ['{list}', { list: [1234, 'a'] }, 'en', '1,234, a'],
    ['{count, plural, one {# error} other {# errors}}', { count: 1200 }, 'en', '1,200 errors'],
    ['{count, plural, one {# error} other {# errors}}', { count: 1 }, 'en', '1 error'],
    ['{count, plural, one {# lỗi} other {# lỗi}}', { count: 1 }, 'vi', '1 lỗi'],
    // braces that are no placeholder stay as written
    ['a {b c} d', {}, 'en', 'a {b c} d'],
    // spaces before the closing brace of a choice, and none at all around its parts
    ['{n, plural, one {a} other {b} }', { n: 2 }, 'en', 'b'],
    ['{n,plural,other{x}}', { n: 2 }, 'en', 'x'],
    // a choice that is not well formed is literal text (its inner placeholders still filled)
    ['{n, plural, other {a} junk}', { n: 2 }, 'en', '{n, plural, other ? junk}'],
    ['{n, plural, other {a', { n: 2 }, 'en', '{n, plural, other {a'],
    // placeholders side by side, names of more than one character
    ['{ab}{c}', { ab: 'X', c: 'Y' }, 'en', 'XY'],
  ] as const)('%s with %j in %s reads %j', (template, params, locale, text) => {
    expect(renderTemplate(template, params, locale)).toBe(text);
  });

  it('refuses params that are not an object, and a template that is not a string', () => {
    expect(() => renderTemplate('x', null as never)).toThrow(new TypeError('[tinh-gon] renderTemplate: params must be an object'));
    expect(() => renderTemplate(1 as never)).toThrow(new TypeError('[tinh-gon] renderTemplate: template must be a string'));
  });
});

describe('createIssue: its contract', () => {
  it('refuses a code that is not in the catalogue', () => {
    expect(() => createIssue('nope' as never)).toThrow(new TypeError('[tinh-gon] createIssue: unknown issue code "nope"'));
    expect(() => createIssue(42 as never)).toThrow(new TypeError('[tinh-gon] createIssue: unknown issue code 42'));
  });

  it('lets a message assigned to an issue be assigned again and deleted, as on a plain object', () => {
    const issue = createIssue('rule_unknown', { params: { ruleId: 'r' } }) as { message?: unknown };
    issue.message = { vi: 'một', en: 'one' };
    issue.message = { vi: 'hai', en: 'two' };
    expect(issue.message).toEqual({ vi: 'hai', en: 'two' });
    expect(delete issue.message).toBe(true);
    expect('message' in issue).toBe(false);
  });

  it('lets the message it renders be deleted too', () => {
    const issue = createIssue('rule_unknown', { params: { ruleId: 'r' } }) as { message?: unknown };
    expect(delete issue.message).toBe(true);
    expect(Object.keys(issue)).toEqual(['code', 'severity', 'params']);
  });
});
