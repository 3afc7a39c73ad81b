import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/CliIo.js';
import { run } from '../../src/cli/run.js';
import { cli, fixture } from './support.js';

/** Reading inputs: files, stdin, JSON and CSV errors with their place, schema problems, bad cells. */
/** Input that cannot be used: the arguments (and files or standard input) and the whole message on standard error, exit 2. */
const CASES: readonly { name: string; args: readonly string[]; options?: Parameters<typeof cli>[1]; stderr: string }[] = [
  {
    name: 'a missing file (vi)',
    args: ['check', 'nowhere/structure.json'],
    stderr: `tinh-gon: Không tìm thấy tệp nowhere/structure.json: kiểm tra đường dẫn.
`,
  },
  {
    name: 'a missing file (en)',
    args: ['check', 'nowhere/structure.json', '--lang', 'en'],
    stderr: `tinh-gon: No such file: nowhere/structure.json (check the path).
`,
  },
  {
    name: 'an empty JSON file (vi)',
    args: ['check', 'x.json'],
    options: {"files":{"x.json":" \n\t"}},
    stderr: `tinh-gon: x.json trống: cần nội dung JSON.
`,
  },
  {
    name: 'an empty JSON file (en)',
    args: ['check', 'x.json', '--lang', 'en'],
    options: {"files":{"x.json":" \n\t"}},
    stderr: `tinh-gon: x.json is empty: JSON expected.
`,
  },
  {
    name: 'JSON that is not a structure (vi)',
    args: ['check', 'x.json'],
    options: {"files":{"x.json":"{ \"units\": [{ \"id\": \"x\", \"kind\": \"provnce\", \"name\": { \"vi\": \"X\" }, \"from\": \"2020-01-01\" }] }"}},
    stderr: `tinh-gon: x.json không phải cơ cấu tổ chức (structure) hợp lệ:
Không hợp lệ: 1 lỗi, 0 cảnh báo, 0 thông tin
  ✗ input_invalid: Dữ liệu không hợp lệ tại units[0].kind: cần một trong các giá trị "country", "province", "centrally-run-city", "district", "town", "provincial-city", "urban-district", "municipal-city", "commune", "ward" và 30 giá trị khác, nhận được "provnce"
`,
  },
  {
    name: 'JSON that is not a structure (en)',
    args: ['check', 'x.json', '--lang', 'en'],
    options: {"files":{"x.json":"{ \"units\": [{ \"id\": \"x\", \"kind\": \"provnce\", \"name\": { \"vi\": \"X\" }, \"from\": \"2020-01-01\" }] }"}},
    stderr: `tinh-gon: x.json is not a valid structure:
Not valid: 1 error, 0 warnings, 0 info
  ✗ input_invalid: Invalid input at units[0].kind: expected one of "country", "province", "centrally-run-city", "district", "town", "provincial-city", "urban-district", "municipal-city", "commune", "ward" and 30 more, received "provnce"
`,
  },
  {
    name: 'a plan that is not a plan (vi)',
    args: ['validate', fixture('structure.json'), 'p.json'],
    options: {"files":{"p.json":"{ \"effectiveOn\": \"2025-7-1\", \"operations\": [] }"}},
    stderr: `tinh-gon: p.json không phải đề án (plan) hợp lệ:
Không hợp lệ: 1 lỗi, 0 cảnh báo, 0 thông tin
  ✗ input_invalid: Dữ liệu không hợp lệ tại effectiveOn: cần một ngày dạng YYYY-MM-DD (ISO 8601) có thật, nhận được "2025-7-1"
`,
  },
  {
    name: 'a plan that is not a plan (en)',
    args: ['validate', fixture('structure.json'), 'p.json', '--lang', 'en'],
    options: {"files":{"p.json":"{ \"effectiveOn\": \"2025-7-1\", \"operations\": [] }"}},
    stderr: `tinh-gon: p.json is not a valid plan:
Not valid: 1 error, 0 warnings, 0 info
  ✗ input_invalid: Invalid input at effectiveOn: expected an ISO date YYYY-MM-DD, received "2025-7-1"
`,
  },
  {
    name: 'rulebook additions that are not (vi)',
    args: ['rules', '--rules', 'a.json', '--as-of', '2025-07-01'],
    options: {"files":{"a.json":"{ \"rules\": 3 }"}},
    stderr: `tinh-gon: a.json không phải tệp bổ sung quy định (RulebookAdditions) hợp lệ:
Không hợp lệ: 1 lỗi, 0 cảnh báo, 0 thông tin
  ✗ input_invalid: Dữ liệu không hợp lệ tại rules: cần một danh sách, nhận được 3
`,
  },
  {
    name: 'rulebook additions that are not (en)',
    args: ['rules', '--rules', 'a.json', '--as-of', '2025-07-01', '--lang', 'en'],
    options: {"files":{"a.json":"{ \"rules\": 3 }"}},
    stderr: `tinh-gon: a.json is not a valid rulebook additions file:
Not valid: 1 error, 0 warnings, 0 info
  ✗ input_invalid: Invalid input at rules: expected an array, received 3
`,
  },
  {
    name: 'a structure from stdin that is not one (vi)',
    args: ['roles', '-', '--as-of', '2020-01-01'],
    options: {"stdin":"[]"},
    stderr: `tinh-gon: stdin không phải cơ cấu tổ chức (structure) hợp lệ:
Không hợp lệ: 1 lỗi, 0 cảnh báo, 0 thông tin
  ✗ input_invalid: Dữ liệu không hợp lệ tại (gốc dữ liệu): cần một đối tượng, nhận được một danh sách
`,
  },
  {
    name: 'a structure from stdin that is not one (en)',
    args: ['roles', '-', '--as-of', '2020-01-01', '--lang', 'en'],
    options: {"stdin":"[]"},
    stderr: `tinh-gon: stdin is not a valid structure:
Not valid: 1 error, 0 warnings, 0 info
  ✗ input_invalid: Invalid input at (root): expected an object, received array
`,
  },
  {
    name: 'a quote inside an unquoted field (vi)',
    args: ['apportion', 'u.csv', '--total', '3'],
    options: {"files":{"u.csv":"id,headcount\nx,1\"2\n"}},
    stderr: `tinh-gon: u.csv: CSV không hợp lệ ở dòng 2, cột 2: dấu ngoặc kép giữa một ô không mở bằng ngoặc kép (đặt cả ô trong "…" và viết "" cho mỗi dấu ").
`,
  },
  {
    name: 'a quote inside an unquoted field (en)',
    args: ['apportion', 'u.csv', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.csv":"id,headcount\nx,1\"2\n"}},
    stderr: `tinh-gon: u.csv: invalid CSV at line 2, column 2: a quote inside a field that does not start with one (quote the whole field and double the quote: "").
`,
  },
  {
    name: 'text after a closing quote (vi)',
    args: ['apportion', 'u.csv', '--total', '3'],
    options: {"files":{"u.csv":"id,headcount\n\"x\"y,1\n"}},
    stderr: `tinh-gon: u.csv: CSV không hợp lệ ở dòng 2, cột 1: có ký tự sau dấu ngoặc kép đóng ô.
`,
  },
  {
    name: 'text after a closing quote (en)',
    args: ['apportion', 'u.csv', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.csv":"id,headcount\n\"x\"y,1\n"}},
    stderr: `tinh-gon: u.csv: invalid CSV at line 2, column 1: text after the closing quote of a field.
`,
  },
  {
    name: 'an unclosed quote (vi)',
    args: ['apportion', 'u.csv', '--total', '3'],
    options: {"files":{"u.csv":"id,headcount\nx,1\ny,\"2\n3\n"}},
    stderr: `tinh-gon: u.csv: CSV không hợp lệ ở dòng 3, cột 2: dấu ngoặc kép mở ô không được đóng.
`,
  },
  {
    name: 'an unclosed quote (en)',
    args: ['apportion', 'u.csv', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.csv":"id,headcount\nx,1\ny,\"2\n3\n"}},
    stderr: `tinh-gon: u.csv: invalid CSV at line 3, column 2: a quoted field is never closed.
`,
  },
  {
    name: 'too few fields (vi)',
    args: ['apportion', 'u.csv', '--total', '3'],
    options: {"files":{"u.csv":"id,name,headcount\nx,1\n"}},
    stderr: `tinh-gon: u.csv: CSV không hợp lệ ở dòng 2, cột 3: số ô khác với dòng tiêu đề (3/2).
`,
  },
  {
    name: 'too few fields (en)',
    args: ['apportion', 'u.csv', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.csv":"id,name,headcount\nx,1\n"}},
    stderr: `tinh-gon: u.csv: invalid CSV at line 2, column 3: the number of fields differs from the header (3/2).
`,
  },
  {
    name: 'an empty column name (vi)',
    args: ['apportion', 'u.csv', '--total', '3'],
    options: {"files":{"u.csv":"id,,headcount\n"}},
    stderr: `tinh-gon: u.csv: CSV không hợp lệ ở dòng 1, cột 2: tên cột trống ở dòng tiêu đề.
`,
  },
  {
    name: 'an empty column name (en)',
    args: ['apportion', 'u.csv', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.csv":"id,,headcount\n"}},
    stderr: `tinh-gon: u.csv: invalid CSV at line 1, column 2: an empty column name in the header.
`,
  },
  {
    name: 'a repeated column name (vi)',
    args: ['apportion', 'u.csv', '--total', '3'],
    options: {"files":{"u.csv":"id,headcount,id\nx,1,x\n"}},
    stderr: `tinh-gon: u.csv: CSV không hợp lệ ở dòng 1, cột 3: tên cột bị lặp ở dòng tiêu đề (id).
`,
  },
  {
    name: 'a repeated column name (en)',
    args: ['apportion', 'u.csv', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.csv":"id,headcount,id\nx,1,x\n"}},
    stderr: `tinh-gon: u.csv: invalid CSV at line 1, column 3: a repeated column name in the header (id).
`,
  },
  {
    name: 'an empty CSV (vi)',
    args: ['apportion', 'u.csv', '--total', '3'],
    options: {"files":{"u.csv":"\r\n"}},
    stderr: `tinh-gon: u.csv: CSV không hợp lệ ở dòng 1, cột 1: tệp trống, cần dòng tiêu đề.
`,
  },
  {
    name: 'an empty CSV (en)',
    args: ['apportion', 'u.csv', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.csv":"\r\n"}},
    stderr: `tinh-gon: u.csv: invalid CSV at line 1, column 1: the file is empty: a header line is expected.
`,
  },
  {
    name: 'a JSON object, not an array (vi)',
    args: ['apportion', 'u.json', '--total', '3'],
    options: {"files":{"u.json":"{\"id\":\"x\"}"}},
    stderr: `tinh-gon: u.json: cần một mảng JSON các đối tượng (mỗi đơn vị một đối tượng).
`,
  },
  {
    name: 'a JSON object, not an array (en)',
    args: ['apportion', 'u.json', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.json":"{\"id\":\"x\"}"}},
    stderr: `tinh-gon: u.json: a JSON array of objects (one per row) is expected.
`,
  },
  {
    name: 'a JSON array holding null (vi)',
    args: ['apportion', 'u.csv', '--total', '3'],
    options: {"files":{"u.csv":"[{\"id\":\"a\",\"headcount\":1},null]"}},
    stderr: `tinh-gon: u.csv, phần tử 2: cần một đối tượng JSON.
`,
  },
  {
    name: 'a JSON array holding null (en)',
    args: ['apportion', 'u.csv', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.csv":"[{\"id\":\"a\",\"headcount\":1},null]"}},
    stderr: `tinh-gon: u.csv, item 2: a JSON object is expected.
`,
  },
  {
    name: 'a JSON array holding an array (vi)',
    args: ['apportion', 'u.json', '--total', '3'],
    options: {"files":{"u.json":"[[1]]"}},
    stderr: `tinh-gon: u.json, phần tử 1: cần một đối tượng JSON.
`,
  },
  {
    name: 'a JSON array holding an array (en)',
    args: ['apportion', 'u.json', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.json":"[[1]]"}},
    stderr: `tinh-gon: u.json, item 1: a JSON object is expected.
`,
  },
  {
    name: 'a JSON table with a bad cell (vi)',
    args: ['apportion', 'u.json', '--total', '3'],
    options: {"files":{"u.json":"[{\"id\":\"a\",\"headcount\":1},{\"id\":\"b\",\"headcount\":1.5}]"}},
    stderr: `tinh-gon: u.json, phần tử 2, cột 2 (headcount): cần một số nguyên không âm (chỉ chữ số), nhận được "1.5".
`,
  },
  {
    name: 'a JSON table with a bad cell (en)',
    args: ['apportion', 'u.json', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.json":"[{\"id\":\"a\",\"headcount\":1},{\"id\":\"b\",\"headcount\":1.5}]"}},
    stderr: `tinh-gon: u.json, item 2, column 2 (headcount): a non-negative whole number (digits only) is expected, not "1.5".
`,
  },
  {
    name: 'a JSON table with an object cell (vi)',
    args: ['apportion', 'u.json', '--total', '3'],
    options: {"files":{"u.json":"[{\"id\":\"a\",\"headcount\":{\"n\":1}}]"}},
    stderr: `tinh-gon: u.json, phần tử 1, cột 2 (headcount): cần một số nguyên không âm (chỉ chữ số), nhận được "{"n":1}".
`,
  },
  {
    name: 'a JSON table with an object cell (en)',
    args: ['apportion', 'u.json', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.json":"[{\"id\":\"a\",\"headcount\":{\"n\":1}}]"}},
    stderr: `tinh-gon: u.json, item 1, column 2 (headcount): a non-negative whole number (digits only) is expected, not "{"n":1}".
`,
  },
  {
    name: 'a JSON table with a null id (vi)',
    args: ['apportion', 'u.json', '--total', '3'],
    options: {"files":{"u.json":"[{\"id\":null,\"headcount\":1}]"}},
    stderr: `tinh-gon: u.json, phần tử 1, cột 1 (id): ô trống, cần một giá trị.
`,
  },
  {
    name: 'a JSON table with a null id (en)',
    args: ['apportion', 'u.json', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.json":"[{\"id\":null,\"headcount\":1}]"}},
    stderr: `tinh-gon: u.json, item 1, column 1 (id): empty, a value is needed.
`,
  },
  {
    name: 'a JSON table that is broken (vi)',
    args: ['apportion', 'u.json', '--total', '3'],
    options: {"files":{"u.json":"[{\"id\":\"a\",}]"}},
    stderr: `tinh-gon: u.json không phải JSON hợp lệ: lỗi cú pháp ở dòng 1, cột 12.
`,
  },
  {
    name: 'a missing weight column (vi)',
    args: ['apportion', 'u.csv', '--total', '3'],
    options: {"files":{"u.csv":"id,name\nx,X\n"}},
    stderr: `tinh-gon: u.csv: thiếu cột headcount (có: id, name).
`,
  },
  {
    name: 'a missing weight column (en)',
    args: ['apportion', 'u.csv', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.csv":"id,name\nx,X\n"}},
    stderr: `tinh-gon: u.csv: no column headcount (columns: id, name).
`,
  },
  {
    name: 'an empty id (vi)',
    args: ['apportion', 'u.csv', '--total', '3'],
    options: {"files":{"u.csv":"id,name,headcount\n x ,X,1\n  ,Y,2\n"}},
    stderr: `tinh-gon: u.csv, dòng 3, cột 1 (id): ô trống, cần một giá trị.
`,
  },
  {
    name: 'an empty id (en)',
    args: ['apportion', 'u.csv', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.csv":"id,name,headcount\n x ,X,1\n  ,Y,2\n"}},
    stderr: `tinh-gon: u.csv, line 3, column 1 (id): empty, a value is needed.
`,
  },
  {
    name: 'a weight that is not digits (vi)',
    args: ['apportion', 'u.csv', '--total', '3'],
    options: {"files":{"u.csv":"id,headcount\nx,1 000\n"}},
    stderr: `tinh-gon: u.csv, dòng 2, cột 2 (headcount): cần một số nguyên không âm (chỉ chữ số), nhận được "1 000".
`,
  },
  {
    name: 'a weight that is not digits (en)',
    args: ['apportion', 'u.csv', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.csv":"id,headcount\nx,1 000\n"}},
    stderr: `tinh-gon: u.csv, line 2, column 2 (headcount): a non-negative whole number (digits only) is expected, not "1 000".
`,
  },
  {
    name: 'a weight too large to be exact (vi)',
    args: ['apportion', 'u.csv', '--total', '3'],
    options: {"files":{"u.csv":"id,headcount\nx,9007199254740993\n"}},
    stderr: `tinh-gon: u.csv, dòng 2, cột 2 (headcount): cần một số nguyên không âm (chỉ chữ số), nhận được "9007199254740993".
`,
  },
  {
    name: 'a weight too large to be exact (en)',
    args: ['apportion', 'u.csv', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.csv":"id,headcount\nx,9007199254740993\n"}},
    stderr: `tinh-gon: u.csv, line 2, column 2 (headcount): a non-negative whole number (digits only) is expected, not "9007199254740993".
`,
  },
  {
    name: 'a bad floor (vi)',
    args: ['apportion', 'u.csv', '--total', '3'],
    options: {"files":{"u.csv":"id,headcount,floor\nx,1,-1\n"}},
    stderr: `tinh-gon: u.csv, dòng 2, cột 3 (floor): cần một số nguyên không âm (chỉ chữ số), nhận được "-1".
`,
  },
  {
    name: 'a bad floor (en)',
    args: ['apportion', 'u.csv', '--total', '3', '--lang', 'en'],
    options: {"files":{"u.csv":"id,headcount,floor\nx,1,-1\n"}},
    stderr: `tinh-gon: u.csv, line 2, column 3 (floor): a non-negative whole number (digits only) is expected, not "-1".
`,
  },
  {
    name: 'a weight from stdin that is not digits (vi)',
    args: ['apportion', '-', '--total', '2'],
    options: {"stdin":"id,headcount\na,x\n"},
    stderr: `tinh-gon: stdin, dòng 2, cột 2 (headcount): cần một số nguyên không âm (chỉ chữ số), nhận được "x".
`,
  },
  {
    name: 'a weight from stdin that is not digits (en)',
    args: ['apportion', '-', '--total', '2', '--lang', 'en'],
    options: {"stdin":"id,headcount\na,x\n"},
    stderr: `tinh-gon: stdin, line 2, column 2 (headcount): a non-negative whole number (digits only) is expected, not "x".
`,
  },
  {
    name: 'a broken CSV from stdin (vi)',
    args: ['apportion', '-', '--total', '2'],
    options: {"stdin":"id,headcount\na,\"x\n"},
    stderr: `tinh-gon: stdin: CSV không hợp lệ ở dòng 2, cột 2: dấu ngoặc kép mở ô không được đóng.
`,
  },
  {
    name: 'a broken CSV from stdin (en)',
    args: ['apportion', '-', '--total', '2', '--lang', 'en'],
    options: {"stdin":"id,headcount\na,\"x\n"},
    stderr: `tinh-gon: stdin: invalid CSV at line 2, column 2: a quoted field is never closed.
`,
  },
  {
    name: 'a broken JSON from stdin (vi)',
    args: ['check', '-'],
    options: {"stdin":""},
    stderr: `tinh-gon: stdin trống: cần nội dung JSON.
`,
  },
  {
    name: 'a broken JSON from stdin (en)',
    args: ['check', '-', '--lang', 'en'],
    options: {"stdin":""},
    stderr: `tinh-gon: stdin is empty: JSON expected.
`,
  },
  {
    name: 'a leaver with a bad kind (vi)',
    args: ['benefits', 'l.csv'],
    options: {"files":{"l.csv":"kind,category,monthlySalary,leavingDate,insuranceMonths\nretire,civilServant,1,2025-08-01,1\n"}},
    stderr: `tinh-gon: l.csv, dòng 2, cột 1 (kind): cần một trong early-retirement, resignation, nhận được "retire".
`,
  },
  {
    name: 'a leaver with a bad kind (en)',
    args: ['benefits', 'l.csv', '--lang', 'en'],
    options: {"files":{"l.csv":"kind,category,monthlySalary,leavingDate,insuranceMonths\nretire,civilServant,1,2025-08-01,1\n"}},
    stderr: `tinh-gon: l.csv, line 2, column 1 (kind): one of early-retirement, resignation is expected, not "retire".
`,
  },
  {
    name: 'a leaver with a bad date (vi)',
    args: ['benefits', 'l.csv'],
    options: {"files":{"l.csv":"kind,category,monthlySalary,leavingDate,insuranceMonths\nresignation,civilServant,1,2025-8-1,1\n"}},
    stderr: `tinh-gon: l.csv, dòng 2, cột 4 (leavingDate): cần một ngày dạng YYYY-MM-DD, nhận được "2025-8-1".
`,
  },
  {
    name: 'a leaver with a bad date (en)',
    args: ['benefits', 'l.csv', '--lang', 'en'],
    options: {"files":{"l.csv":"kind,category,monthlySalary,leavingDate,insuranceMonths\nresignation,civilServant,1,2025-8-1,1\n"}},
    stderr: `tinh-gon: l.csv, line 2, column 4 (leavingDate): a date YYYY-MM-DD is expected, not "2025-8-1".
`,
  },
  {
    name: 'a leaver with a bad flag (vi)',
    args: ['benefits', 'l.csv'],
    options: {"files":{"l.csv":"kind,category,monthlySalary,leavingDate,insuranceMonths,annexIIConditionsMet\nresignation,civilServant,1,2025-08-01,1,Maybe\n"}},
    stderr: `tinh-gon: l.csv, dòng 2, cột 6 (annexIIConditionsMet): cần true hoặc false, nhận được "Maybe".
`,
  },
  {
    name: 'a leaver with a bad flag (en)',
    args: ['benefits', 'l.csv', '--lang', 'en'],
    options: {"files":{"l.csv":"kind,category,monthlySalary,leavingDate,insuranceMonths,annexIIConditionsMet\nresignation,civilServant,1,2025-08-01,1,Maybe\n"}},
    stderr: `tinh-gon: l.csv, line 2, column 6 (annexIIConditionsMet): true or false is expected, not "Maybe".
`,
  },
  {
    name: 'a leaver without a category column (vi)',
    args: ['benefits', 'l.csv'],
    options: {"files":{"l.csv":"kind,monthlySalary,leavingDate,insuranceMonths\nresignation,1,2025-08-01,1\n"}},
    stderr: `tinh-gon: l.csv: thiếu cột category (có: kind, monthlySalary, leavingDate, insuranceMonths).
`,
  },
  {
    name: 'a leaver without a category column (en)',
    args: ['benefits', 'l.csv', '--lang', 'en'],
    options: {"files":{"l.csv":"kind,monthlySalary,leavingDate,insuranceMonths\nresignation,1,2025-08-01,1\n"}},
    stderr: `tinh-gon: l.csv: no column category (columns: kind, monthlySalary, leavingDate, insuranceMonths).
`,
  },
  {
    name: 'a leaver with an empty salary (vi)',
    args: ['benefits', 'l.csv'],
    options: {"files":{"l.csv":"kind,category,monthlySalary,leavingDate,insuranceMonths\nresignation,civilServant,,2025-08-01,1\n"}},
    stderr: `tinh-gon: l.csv, dòng 2, cột 3 (monthlySalary): ô trống, cần một giá trị.
`,
  },
  {
    name: 'a leaver with an empty salary (en)',
    args: ['benefits', 'l.csv', '--lang', 'en'],
    options: {"files":{"l.csv":"kind,category,monthlySalary,leavingDate,insuranceMonths\nresignation,civilServant,,2025-08-01,1\n"}},
    stderr: `tinh-gon: l.csv, line 2, column 3 (monthlySalary): empty, a value is needed.
`,
  },
  {
    name: 'a leaver with a bad group (vi)',
    args: ['benefits', 'l.csv'],
    options: {"files":{"l.csv":"kind,category,monthlySalary,leavingDate,insuranceMonths,group\nresignation,civilServant,1,2025-08-01,1,merger\n"}},
    stderr: `tinh-gon: l.csv, dòng 2, cột 6 (group): cần một trong reorganisation, restructuring, not-reelected, streamlining, nhận được "merger".
`,
  },
  {
    name: 'a leaver with a bad group (en)',
    args: ['benefits', 'l.csv', '--lang', 'en'],
    options: {"files":{"l.csv":"kind,category,monthlySalary,leavingDate,insuranceMonths,group\nresignation,civilServant,1,2025-08-01,1,merger\n"}},
    stderr: `tinh-gon: l.csv, line 2, column 6 (group): one of reorganisation, restructuring, not-reelected, streamlining is expected, not "merger".
`,
  },
  {
    name: 'JSON broken on line 3, where the runtime says (vi)',
    args: ['check', 'x.json'],
    options: {"files":{"x.json":"{\n  \"units\": [\n    { \"id\": \"x\", }\n  ]\n}"}},
    stderr: `tinh-gon: x.json không phải JSON hợp lệ: lỗi cú pháp ở dòng 3, cột 18.
`,
  },
  {
    name: 'JSON broken where the runtime does not say (vi)',
    args: ['check', 'x.json'],
    options: {"files":{"x.json":"{\n  \"units\": [\n    { \"id\": }\n  ]\n}"}},
    stderr: `tinh-gon: x.json không phải JSON hợp lệ: lỗi cú pháp.
`,
  },
];

describe('tinh-gon: unreadable input, whole messages', () => {
  it.each(CASES)('$name', async ({ args, options, stderr }) => {
    expect(await cli(args, options)).toEqual({ code: 2, stdout: '', stderr });
  });

  it("a JSON table that is broken (en)", async () => {
    const result = await cli(["apportion", "u.json", "--total", "3", "--lang", "en"], {"files":{"u.json":"[{\"id\":\"a\",}]"}});
    expect([result.code, result.stdout]).toEqual([2, '']);
    // the engine's own words close the English message; they differ between Node versions
    expect(result.stderr).toMatch(/^tinh-gon: u\.json is not valid JSON: syntax error at line 1, column 12 \(Expected double-quoted property name in JSON at position 11[^\n]*\)\.\n$/);
  });
});

describe('tinh-gon: inputs, the remaining paths', () => {
  const failing = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

  it.each([
    [failing('ENOENT'), 'Không tìm thấy tệp x.json: kiểm tra đường dẫn.', 'No such file: x.json (check the path).'],
    [failing('EISDIR'), 'x.json là một thư mục, không phải tệp.', 'x.json is a directory, not a file.'],
    [failing('EACCES'), 'Không có quyền đọc tệp x.json.', 'No permission to read x.json.'],
    [failing('EPERM'), 'Không có quyền đọc tệp x.json.', 'No permission to read x.json.'],
    [failing('EIO'), 'Không đọc được x.json (EIO).', 'Cannot read x.json: EIO: failed'],
    [new Error('odd'), 'Không đọc được x.json (odd).', 'Cannot read x.json: odd'],
  ])('a file that cannot be read (%s)', async (error, vi, en) => {
    expect(await cli(['check', 'x.json'], { files: { 'x.json': error } })).toEqual({ code: 2, stdout: '', stderr: `tinh-gon: ${vi}\n` });
    expect(await cli(['check', 'x.json', '--lang', 'en'], { files: { 'x.json': error } })).toEqual({ code: 2, stdout: '', stderr: `tinh-gon: ${en}\n` });
  });

  it('a read that fails with something other than an Error', async () => {
    const out: string[] = [];
    const io: CliIo = {
      stdout: (text) => out.push(text),
      stderr: (text) => out.push(text),
      readStdin: async () => '',
      readFile: () => Promise.reject('plain'),
      stderrIsTTY: false,
      today: () => '2026-12-01',
    };
    expect(await run(['check', 'x.json'], io)).toBe(2);
    expect(await run(['check', 'x.json', '--lang', 'en'], io)).toBe(2);
    expect(out).toEqual(['tinh-gon: Không đọc được x.json (plain).\n', 'tinh-gon: Cannot read x.json: plain\n']);
  });

  it('JSON that breaks: English names the place and keeps the runtime message', async () => {
    const at = await cli(['check', 'x.json', '--lang', 'en'], { files: { 'x.json': '{\n  "units": [\n    { "id": "x", }\n  ]\n}' } });
    expect(at.code).toBe(2);
    expect(at.stderr).toMatch(/^tinh-gon: x\.json is not valid JSON: syntax error at line 3, column 18 \(.*at position 32.*\)\.\n$/);
    const nowhere = await cli(['check', 'x.json', '--lang', 'en'], { files: { 'x.json': '{\n  "units": [\n    { "id": }\n  ]\n}' } });
    expect(nowhere.stderr).toMatch(/^tinh-gon: x\.json is not valid JSON: (?!syntax error at).+\.\n$/s);
    expect(nowhere.stderr).not.toMatch(/\.\.\n$/);
  });

  it('a byte-order mark is dropped from files and standard input', async () => {
    const structure = readFileSync(fixture('structure.json'), 'utf8');
    const plain = await cli(['check', 'x.json', '--as-of', '2020-06-01'], { files: { 'x.json': structure } });
    expect(plain.code).toBe(0);
    expect(await cli(['check', 'x.json', '--as-of', '2020-06-01'], { files: { 'x.json': `\uFEFF${structure}` } })).toEqual(plain);
    expect(await cli(['check', '-', '--as-of', '2020-06-01'], { stdin: `\uFEFF${structure}` })).toEqual(plain);
    const csv = await cli(['apportion', 'u.csv', '--total', '3', '--format', 'json'], { files: { 'u.csv': '\uFEFFid,headcount\r\na,2\r\n\r\nb,1\r\n' } });
    expect((JSON.parse(csv.stdout) as { units: unknown }).units).toEqual([
      { id: 'a', weight: 2, share: 2 },
      { id: 'b', weight: 1, share: 1 },
    ]);
    const json = await cli(['apportion', 'u.json', '--total', '3', '--format', 'json'], { files: { 'u.json': '\uFEFF[{"id":"a","headcount":2},{"id":"b","headcount":1}]' } });
    expect(json.stdout).toBe(csv.stdout);
  });

  it('a table is JSON by its name (any case) or by its first character, CSV otherwise', async () => {
    const notJson = await cli(['apportion', 'U.JSON', '--total', '3'], { files: { 'U.JSON': 'id,headcount\na,1\n' } });
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^tinh-gon: U\.JSON không phải JSON hợp lệ: lỗi cú pháp/);
    const object = await cli(['apportion', 'u.csv', '--total', '3', '--lang', 'en'], { files: { 'u.csv': ' \n {"id":"x"}' } });
    expect(object.stderr).toBe('tinh-gon: u.csv: a JSON array of objects (one per row) is expected.\n');
    const csv = await cli(['apportion', 'u.txt', '--total', '3', '--format', 'json'], { files: { 'u.txt': 'id,headcount\na,1\n' } });
    expect(csv.code).toBe(0);
  });

  it('JSON cells: numbers and booleans as text, null as empty', async () => {
    const rows = [{ kind: 'early-retirement', category: 'civilServant', monthlySalary: 10000000, leavingDate: '2025-08-01', decisionDate: '2025-07-01', monthsToRetirement: 36, insuranceMonths: 300, annex: 'II', annexIIConditionsMet: true, personId: null, group: 'reorganisation' }];
    const result = await cli(['benefits', 'l.json', '--lang', 'en', '--format', 'md'], { files: { 'l.json': JSON.stringify(rows) } });
    expect(result).toEqual({
      code: 0,
      stdout: '## Benefits of 1 leaver\n\n| Person | Kind | Rule | Salary-months | Amount |\n|---|---|---|---|---|\n| 1 | early-retirement | benefits.early-retirement.reorganisation | 58.5 | 585,000,000 VND |\n| Total |  |  | 58.5 | 585,000,000 VND |\n\n**Valid: 0 errors, 0 warnings, 0 info**\n',
      stderr: '',
    });
  });

  const header = 'personId,kind,group,category,monthlySalary,leavingDate,decisionDate,monthsToRetirement,insuranceMonths,annex,annexIIConditionsMet\n';
  it.each([
    ['yes', 585000000],
    ['TRUE', 585000000],
    ['Có', 585000000],
    ['1', 585000000],
    ['no', 360000000],
    ['false', 360000000],
    ['KHÔNG', 360000000],
    ['0', 360000000],
    [' ', 360000000],
  ])('a flag cell %j reads as the law expects (annex II conditions)', async (flag, total) => {
    const files = { 'l.csv': `${header}p,early-retirement,reorganisation,civilServant,10000000,2025-08-01,2025-07-01,36,300,II,${flag}\n` };
    const result = await cli(['benefits', 'l.csv', '--format', 'json'], { files });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { benefits: { total: number } }).benefits.total).toBe(total);
  });

  it('cells are trimmed: a blank personId numbers the row, spaces around a number are read', async () => {
    const files = { 'l.csv': `${header}  ,early-retirement, reorganisation ,civilServant, 10000000 ,2025-08-01, 2025-07-01 ,36,300, II ,yes\n` };
    const result = await cli(['benefits', 'l.csv', '--format', 'md', '--lang', 'en'], { files });
    expect(result.stdout).toBe('## Benefits of 1 leaver\n\n| Person | Kind | Rule | Salary-months | Amount |\n|---|---|---|---|---|\n| 1 | early-retirement | benefits.early-retirement.reorganisation | 58.5 | 585,000,000 VND |\n| Total |  |  | 58.5 | 585,000,000 VND |\n\n**Valid: 0 errors, 0 warnings, 0 info**\n');
  });

  it.each([
    ['averageMonthlySalary', 'x', 'a non-negative whole number (digits only) is expected, not "x".'],
    ['monthsToRetirement', '3.5', 'a non-negative whole number (digits only) is expected, not "3.5".'],
    ['severanceMonths', '-2', 'a non-negative whole number (digits only) is expected, not "-2".'],
    ['decisionDate', '2025-02-29', 'a date YYYY-MM-DD is expected, not "2025-02-29".'],
    ['annex', 'III', 'one of I, II is expected, not "III".'],
    ['category', 'civil', 'one of '],
  ])('an optional cell %s that is wrong (%s) exits 2', async (column, value, message) => {
    const base: Record<string, string> = { kind: 'resignation', category: 'civilServant', monthlySalary: '1', leavingDate: '2025-08-01', insuranceMonths: '1' };
    const cells = { ...base, [column]: value };
    const columns = Object.keys(cells);
    const files = { 'l.csv': `${columns.join(',')}\n${columns.map((name) => cells[name]).join(',')}\n` };
    const result = await cli(['benefits', 'l.csv', '--lang', 'en'], { files });
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(`tinh-gon: l.csv, line 2, column ${columns.indexOf(column) + 1} (${column}): ${message}`)).toBe(true);
  });
});
