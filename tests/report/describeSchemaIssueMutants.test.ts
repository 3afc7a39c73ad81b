import { describe, expect, it } from 'vitest';
import { describeExpected, describeReceived, describeValue, formatIssuePath, listValues, type SchemaProblem } from '../../src/report/describeSchemaIssue.js';

const problem = (code: string, rest: Record<string, unknown> = {}): SchemaProblem => ({ code, path: [], ...rest });
const fallback = () => ({ vi: 'dự phòng', en: 'fallback' });

describe('describeExpected: sizes', () => {
  it('names numbers with the locale and bounds inclusive or exclusive', () => {
    expect(describeExpected(problem('too_small', { origin: 'number', minimum: 1234.5, inclusive: true }))).toEqual({ vi: 'ít nhất 1.234,5', en: 'at least 1,234.5' });
    expect(describeExpected(problem('too_small', { origin: 'number', minimum: 1234.5, inclusive: false }))).toEqual({ vi: 'lớn hơn 1.234,5', en: 'more than 1,234.5' });
    expect(describeExpected(problem('too_big', { origin: 'number', maximum: 2000, inclusive: false }))).toEqual({ vi: 'nhỏ hơn 2.000', en: 'less than 2,000' });
    expect(describeExpected(problem('too_big', { origin: 'number', maximum: 2000, inclusive: true }))).toEqual({ vi: 'tối đa 2.000', en: 'at most 2,000' });
    expect(describeExpected(problem('too_big', { origin: 'bigint', maximum: 12345n, inclusive: true }))).toEqual({ vi: 'tối đa 12.345', en: 'at most 12,345' });
    expect(describeExpected(problem('too_big', { origin: 'date', maximum: 'soon', inclusive: true }))).toEqual({ vi: 'tối đa soon', en: 'at most soon' });
  });

  it('counts characters and items, one or many', () => {
    expect(describeExpected(problem('too_small', { origin: 'string', minimum: 1 }))).toEqual({ vi: 'ít nhất 1 ký tự', en: 'at least 1 character' });
    expect(describeExpected(problem('too_small', { origin: 'string', minimum: 1500 }))).toEqual({ vi: 'ít nhất 1.500 ký tự', en: 'at least 1,500 characters' });
    expect(describeExpected(problem('too_big', { origin: 'string', maximum: 1 }))).toEqual({ vi: 'tối đa 1 ký tự', en: 'at most 1 character' });
    expect(describeExpected(problem('too_big', { origin: 'string', maximum: 2000 }))).toEqual({ vi: 'tối đa 2.000 ký tự', en: 'at most 2,000 characters' });
    expect(describeExpected(problem('too_small', { origin: 'array', minimum: 1 }))).toEqual({ vi: 'ít nhất 1 phần tử', en: 'at least 1 item' });
    expect(describeExpected(problem('too_small', { origin: 'array', minimum: 3 }))).toEqual({ vi: 'ít nhất 3 phần tử', en: 'at least 3 items' });
    expect(describeExpected(problem('too_big', { origin: 'set', maximum: 1 }))).toEqual({ vi: 'tối đa 1 phần tử', en: 'at most 1 item' });
    expect(describeExpected(problem('too_big', { origin: 'set', maximum: 1000 }))).toEqual({ vi: 'tối đa 1.000 phần tử', en: 'at most 1,000 items' });
    expect(describeExpected(problem('too_small', { origin: 'set', minimum: 2, inclusive: false }))).toEqual({ vi: 'ít nhất 2 phần tử', en: 'at least 2 items' });
  });

  it('names a divisor', () => {
    expect(describeExpected(problem('not_multiple_of', { divisor: 2500 }))).toEqual({ vi: 'một bội số của 2.500', en: 'a multiple of 2,500' });
    expect(describeExpected(problem('not_multiple_of', { divisor: 'x' }))).toEqual({ vi: 'một bội số của x', en: 'a multiple of x' });
  });
});

describe('describeExpected: formats', () => {
  it('names each string format', () => {
    expect(describeExpected(problem('invalid_format', { format: 'regex', pattern: '/^a+$/' }))).toEqual({ vi: 'một chuỗi khớp mẫu /^a+$/', en: 'a string matching /^a+$/' });
    expect(describeExpected(problem('invalid_format', { format: 'starts_with', prefix: 'ab' }))).toEqual({ vi: 'một chuỗi bắt đầu bằng "ab"', en: 'a string starting with "ab"' });
    expect(describeExpected(problem('invalid_format', { format: 'ends_with', suffix: 'yz' }))).toEqual({ vi: 'một chuỗi kết thúc bằng "yz"', en: 'a string ending with "yz"' });
    expect(describeExpected(problem('invalid_format', { format: 'includes', includes: 'mid' }))).toEqual({ vi: 'một chuỗi chứa "mid"', en: 'a string containing "mid"' });
    expect(describeExpected(problem('invalid_format', { format: 'email' }))).toEqual({ vi: 'một địa chỉ thư điện tử', en: 'an email address' });
    expect(describeExpected(problem('invalid_format', { format: 'email' }), fallback)).toEqual({ vi: 'một địa chỉ thư điện tử', en: 'an email address' });
    expect(describeExpected(problem('invalid_format', { format: 'cuid' }))).toEqual({ vi: 'một chuỗi đúng định dạng cuid', en: 'a string in the cuid format' });
    expect(describeExpected(problem('invalid_format', { format: 'cuid' }), fallback)).toEqual({ vi: 'dự phòng', en: 'fallback' });
    expect(describeExpected(problem('invalid_format', { format: 'cuid' }), () => undefined)).toEqual({ vi: 'một chuỗi đúng định dạng cuid', en: 'a string in the cuid format' });
  });
});

describe('describeExpected: other codes', () => {
  it('names types, with the fallback only for unknown ones', () => {
    expect(describeExpected(problem('invalid_type', { expected: 'string' }), fallback)).toEqual({ vi: 'một chuỗi ký tự', en: 'a string' });
    expect(describeExpected(problem('invalid_type', { expected: 'weird' }), fallback)).toEqual({ vi: 'dự phòng', en: 'fallback' });
    expect(describeExpected(problem('invalid_type', { expected: 'weird' }))).toEqual({ vi: 'một giá trị hợp lệ', en: 'a valid value' });
    expect(describeExpected(problem('invalid_type', { expected: 'weird', message: 'Bad' }))).toEqual({ vi: 'một giá trị hợp lệ', en: 'Bad' });
  });

  it('names keys, elements, custom and unknown codes', () => {
    expect(describeExpected(problem('unrecognized_keys', { keys: ['a', 'b'] }))).toEqual({ vi: 'chỉ các trường đã định nghĩa (trường lạ: a, b)', en: 'only the known fields (unknown: a, b)' });
    expect(describeExpected(problem('unrecognized_keys'))).toEqual({ vi: 'chỉ các trường đã định nghĩa (trường lạ: )', en: 'only the known fields (unknown: )' });
    expect(describeExpected(problem('invalid_key'), fallback)).toEqual({ vi: 'các khóa hợp lệ', en: 'valid keys' });
    expect(describeExpected(problem('invalid_element'), fallback)).toEqual({ vi: 'các phần tử hợp lệ', en: 'valid elements' });
    expect(describeExpected(problem('custom', { message: 'Must be even' }), fallback)).toEqual({ vi: 'một giá trị hợp lệ', en: 'Must be even' });
    expect(describeExpected(problem('custom', { message: '' }))).toEqual({ vi: 'một giá trị hợp lệ', en: 'a valid value' });
    expect(describeExpected(problem('something_else'), fallback)).toEqual({ vi: 'dự phòng', en: 'fallback' });
    expect(describeExpected(problem('something_else'), () => undefined)).toEqual({ vi: 'một giá trị hợp lệ', en: 'a valid value' });
    expect(describeExpected(problem('something_else'))).toEqual({ vi: 'một giá trị hợp lệ', en: 'a valid value' });
    expect(describeExpected(problem('invalid_value'))).toEqual({ vi: 'một trong các giá trị ', en: 'one of ' });
  });

  it('takes a bilingual params.expected, and only a whole one', () => {
    const expected = { vi: 'số chẵn', en: 'an even number' };
    expect(describeExpected(problem('custom', { params: { expected } }))).toEqual(expected);
    expect(describeExpected(problem('custom', { params: { expected: null } }))).toEqual({ vi: 'một giá trị hợp lệ', en: 'a valid value' });
    expect(describeExpected(problem('custom', { params: { expected: { vi: 'x' } } }))).toEqual({ vi: 'một giá trị hợp lệ', en: 'a valid value' });
    expect(describeExpected(problem('custom', { params: { expected: { en: 'x' } } }))).toEqual({ vi: 'một giá trị hợp lệ', en: 'a valid value' });
    expect(describeExpected(problem('custom', { params: { expected: 'plain' } }))).toEqual({ vi: 'một giá trị hợp lệ', en: 'a valid value' });
  });

  it('lists the values of a union of literals', () => {
    const branch = (values: unknown[]) => [{ code: 'invalid_value', path: [], values }];
    expect(describeExpected(problem('invalid_union', { errors: [branch(['a']), branch([1, 2])] }))).toEqual({ vi: 'một trong các giá trị "a", 1, 2', en: 'one of "a", 1, 2' });
    const forms = { vi: 'một giá trị thuộc một trong các dạng cho phép', en: 'a value of one of the allowed forms' };
    expect(describeExpected(problem('invalid_union', { errors: 'none' }))).toEqual(forms);
    expect(describeExpected(problem('invalid_union', { errors: [] }))).toEqual(forms);
    expect(describeExpected(problem('invalid_union', { errors: [branch(['a']), []] }))).toEqual(forms);
    expect(describeExpected(problem('invalid_union', { errors: [branch(['a']), [...branch(['b']), ...branch(['c'])]] }))).toEqual(forms);
    expect(describeExpected(problem('invalid_union', { errors: [branch(['a']), [{ code: 'invalid_type', path: [], values: ['b'] }]] }))).toEqual(forms);
    expect(describeExpected(problem('invalid_union', { errors: [branch(['a']), [{ code: 'invalid_value', path: ['k'], values: ['b'] }]] }))).toEqual(forms);
    expect(describeExpected(problem('invalid_union', { errors: [branch(['a']), [{ code: 'invalid_value', path: [] }]] }))).toEqual(forms);
  });

  it('lists the options of a discriminated union', () => {
    expect(describeExpected(problem('invalid_union', { discriminator: 'kind', options: ['a', 'b'] }))).toEqual({ vi: 'một trong các giá trị "a", "b"', en: 'one of "a", "b"' });
    expect(describeExpected(problem('invalid_union', { discriminator: 'kind', options: [] }))).toEqual({ vi: 'một giá trị hợp lệ của trường kind', en: 'a valid value of kind' });
    expect(describeExpected(problem('invalid_union', { discriminator: 'kind' }))).toEqual({ vi: 'một giá trị hợp lệ của trường kind', en: 'a valid value of kind' });
    expect(describeExpected(problem('invalid_union', { options: ['a', 'b'] }))).toEqual({ vi: 'một giá trị thuộc một trong các dạng cho phép', en: 'a value of one of the allowed forms' });
  });
});

describe('listValues', () => {
  it('shows one, up to ten, then how many more', () => {
    expect(listValues([5n])).toEqual({ vi: 'đúng giá trị 5', en: 'exactly 5' });
    expect(listValues([1n, 'b', null])).toEqual({ vi: 'một trong các giá trị 1, "b", null', en: 'one of 1, "b", null' });
    const ten = Array.from({ length: 10 }, (_, index) => index);
    expect(listValues(ten)).toEqual({ vi: 'một trong các giá trị 0, 1, 2, 3, 4, 5, 6, 7, 8, 9', en: 'one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9' });
    expect(listValues([...ten, 10])).toEqual({ vi: 'một trong các giá trị 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 và 1 giá trị khác', en: 'one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 1 more' });
    const many = Array.from({ length: 1010 }, (_, index) => index);
    expect(listValues(many)).toEqual({ vi: 'một trong các giá trị 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 và 1.000 giá trị khác', en: 'one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 1,000 more' });
  });
});

describe('formatIssuePath', () => {
  it('writes names, indexes and quoted keys', () => {
    expect(formatIssuePath([])).toBe('(root)');
    expect(formatIssuePath(['a', 0, 'b-c', 'x1', 'tên'])).toBe('a[0].b-c.x1.tên');
    expect(formatIssuePath(['1a'])).toBe('["1a"]');
    expect(formatIssuePath(['a b'])).toBe('["a b"]');
    expect(formatIssuePath(['a', 'b c'])).toBe('a["b c"]');
    expect(formatIssuePath(['a', 'x.y'])).toBe('a["x.y"]');
    expect(formatIssuePath(['a1', 'b٣'])).toBe('a1.b٣');
    expect(formatIssuePath(['', Symbol('s')])).toBe('[""]["Symbol(s)"]');
  });
});

describe('describeValue and describeReceived', () => {
  it('shows values as they are, strings cut at 40 characters', () => {
    expect(describeValue(null)).toEqual({ vi: 'null', en: 'null' });
    expect(describeValue(undefined)).toEqual({ vi: 'không có giá trị', en: 'undefined' });
    expect(describeValue([1])).toEqual({ vi: 'một danh sách', en: 'array' });
    expect(describeValue({})).toEqual({ vi: 'một đối tượng', en: 'object' });
    expect(describeValue(true)).toEqual({ vi: 'true', en: 'true' });
    expect(describeValue(false)).toEqual({ vi: 'false', en: 'false' });
    expect(describeValue(1.5)).toEqual({ vi: '1.5', en: '1.5' });
    expect(describeValue(3n)).toEqual({ vi: 'giá trị kiểu bigint', en: 'bigint' });
    expect(describeValue('a'.repeat(40))).toEqual({ vi: `"${'a'.repeat(40)}"`, en: `"${'a'.repeat(40)}"` });
    expect(describeValue(`${'b'.repeat(40)}c`)).toEqual({ vi: `chuỗi "${'b'.repeat(40)}…"`, en: `string "${'b'.repeat(40)}…"` });
  });

  it('shows the discriminator of a discriminated union, otherwise the input', () => {
    expect(describeReceived(problem('invalid_union', { discriminator: 'kind', input: { kind: 'z' } }))).toEqual({ vi: '"z"', en: '"z"' });
    expect(describeReceived(problem('invalid_union', { discriminator: 'kind', input: null }))).toEqual({ vi: 'null', en: 'null' });
    expect(describeReceived(problem('invalid_union', { discriminator: 'kind', input: 'text' }))).toEqual({ vi: '"text"', en: '"text"' });
    expect(describeReceived(problem('invalid_union', { input: { kind: 'z' } }))).toEqual({ vi: 'một đối tượng', en: 'object' });
    expect(describeReceived(problem('invalid_type', { discriminator: 'kind', input: { kind: 'z' } }))).toEqual({ vi: 'một đối tượng', en: 'object' });
    expect(describeReceived(problem('unrecognized_keys', { input: { a: 1 } }))).toEqual({ vi: 'trường thừa', en: 'extra keys' });
  });
});
