import { describe, expect, it } from 'vitest';
import { cli, fixture } from './support.js';

/** Each case: the arguments (and standard input or files, if any) and the whole message on standard error. */
const CASES: readonly { name: string; args: readonly string[]; options?: Parameters<typeof cli>[1]; stderr: string }[] = [
  {
    name: 'an option before any command, with a hint (vi)',
    args: ['--verison'],
    stderr: `tinh-gon: Cần một lệnh trước các tùy chọn, không phải --verison. Có phải ý bạn là --version?
Xem: tinh-gon --help
`,
  },
  {
    name: 'an option before any command, with a hint (en)',
    args: ['--verison', '--lang', 'en'],
    stderr: `tinh-gon: A command is expected before options, not --verison. Did you mean --version?
See: tinh-gon --help
`,
  },
  {
    name: 'an option before any command, --lang first',
    args: ['--lang', 'en', '--hel'],
    stderr: `tinh-gon: A command is expected before options, not --hel. Did you mean --help?
See: tinh-gon --help
`,
  },
  {
    name: 'an option before any command, --lang= first',
    args: ['--lang=en', '-x'],
    stderr: `tinh-gon: A command is expected before options, not -x.
See: tinh-gon --help
`,
  },
  {
    name: 'an option before any command, no hint (vi)',
    args: ['--zzzzzz'],
    stderr: `tinh-gon: Cần một lệnh trước các tùy chọn, không phải --zzzzzz.
Xem: tinh-gon --help
`,
  },
  {
    name: 'an option before any command, no hint (en)',
    args: ['--zzzzzz', '--lang', 'en'],
    stderr: `tinh-gon: A command is expected before options, not --zzzzzz.
See: tinh-gon --help
`,
  },
  {
    name: 'an unknown command, with a hint (vi)',
    args: ['chek'],
    stderr: `tinh-gon: Lệnh không rõ: chek. Có phải ý bạn là check?
Xem: tinh-gon --help
`,
  },
  {
    name: 'an unknown command, with a hint (en)',
    args: ['chek', '--lang', 'en'],
    stderr: `tinh-gon: Unknown command: chek. Did you mean check?
See: tinh-gon --help
`,
  },
  {
    name: 'an unknown command, by its beginning (vi)',
    args: ['cov'],
    stderr: `tinh-gon: Lệnh không rõ: cov. Có phải ý bạn là coverage?
Xem: tinh-gon --help
`,
  },
  {
    name: 'an unknown command, by its beginning (en)',
    args: ['cov', '--lang', 'en'],
    stderr: `tinh-gon: Unknown command: cov. Did you mean coverage?
See: tinh-gon --help
`,
  },
  {
    name: 'an unknown command, no hint (vi)',
    args: ['zzz'],
    stderr: `tinh-gon: Lệnh không rõ: zzz.
Xem: tinh-gon --help
`,
  },
  {
    name: 'an unknown command, no hint (en)',
    args: ['zzz', '--lang', 'en'],
    stderr: `tinh-gon: Unknown command: zzz.
See: tinh-gon --help
`,
  },
  {
    name: 'an unknown command after --lang',
    args: ['--lang', 'en', 'lokup'],
    stderr: `tinh-gon: Unknown command: lokup. Did you mean lookup?
See: tinh-gon --help
`,
  },
  {
    name: 'an unknown option, with a hint (vi)',
    args: ['check', fixture('structure.json'), '--as-off', '2020-06-01'],
    stderr: `tinh-gon: Tùy chọn không rõ: --as-off (lệnh check). Có phải ý bạn là --as-of?
Xem: tinh-gon check --help
`,
  },
  {
    name: 'an unknown option, with a hint (en)',
    args: ['check', fixture('structure.json'), '--as-off', '2020-06-01', '--lang', 'en'],
    stderr: `tinh-gon: Unknown option: --as-off (command check). Did you mean --as-of?
See: tinh-gon check --help
`,
  },
  {
    name: 'an unknown short option (vi)',
    args: ['check', fixture('structure.json'), '-x'],
    stderr: `tinh-gon: Tùy chọn không rõ: -x (lệnh check).
Xem: tinh-gon check --help
`,
  },
  {
    name: 'an unknown short option (en)',
    args: ['check', fixture('structure.json'), '-x', '--lang', 'en'],
    stderr: `tinh-gon: Unknown option: -x (command check).
See: tinh-gon check --help
`,
  },
  {
    name: 'a known option written with one dash (vi)',
    args: ['check', fixture('structure.json'), '-as-of', '2020-06-01'],
    stderr: `tinh-gon: Tùy chọn không rõ: -as-of (lệnh check). Có phải ý bạn là --as-of?
Xem: tinh-gon check --help
`,
  },
  {
    name: 'a known option written with one dash (en)',
    args: ['check', fixture('structure.json'), '-as-of', '2020-06-01', '--lang', 'en'],
    stderr: `tinh-gon: Unknown option: -as-of (command check). Did you mean --as-of?
See: tinh-gon check --help
`,
  },
  {
    name: 'an unknown option after --lang= (vi)',
    args: ['check', fixture('structure.json'), '--formt=md'],
    stderr: `tinh-gon: Tùy chọn không rõ: --formt=md (lệnh check). Có phải ý bạn là --format?
Xem: tinh-gon check --help
`,
  },
  {
    name: 'an unknown option after --lang= (en)',
    args: ['check', fixture('structure.json'), '--formt=md', '--lang', 'en'],
    stderr: `tinh-gon: Unknown option: --formt=md (command check). Did you mean --format?
See: tinh-gon check --help
`,
  },
  {
    name: 'an option without its value at the end (vi)',
    args: ['check', fixture('structure.json'), '--as-of'],
    stderr: `tinh-gon: Tùy chọn --as-of cần một giá trị (YYYY-MM-DD).
Xem: tinh-gon check --help
`,
  },
  {
    name: 'an option without its value at the end (en)',
    args: ['check', fixture('structure.json'), '--as-of', '--lang', 'en'],
    stderr: `tinh-gon: Option --as-of needs a value (YYYY-MM-DD).
See: tinh-gon check --help
`,
  },
  {
    name: 'an option followed by another option (vi)',
    args: ['check', fixture('structure.json'), '--as-of', '--limit', '3'],
    stderr: `tinh-gon: Tùy chọn --as-of cần một giá trị (YYYY-MM-DD).
Xem: tinh-gon check --help
`,
  },
  {
    name: 'an option followed by another option (en)',
    args: ['check', fixture('structure.json'), '--as-of', '--limit', '3', '--lang', 'en'],
    stderr: `tinh-gon: Option --as-of needs a value (YYYY-MM-DD).
See: tinh-gon check --help
`,
  },
  {
    name: 'a value that is a lone dash (vi)',
    args: ['check', fixture('structure.json'), '--as-of', '-'],
    stderr: `tinh-gon: --as-of cần một ngày có thật dạng YYYY-MM-DD (ví dụ 2025-07-01), không phải "-".
Xem: tinh-gon check --help
`,
  },
  {
    name: 'a value that is a lone dash (en)',
    args: ['check', fixture('structure.json'), '--as-of', '-', '--lang', 'en'],
    stderr: `tinh-gon: --as-of needs a real date YYYY-MM-DD (e.g. 2025-07-01), not "-".
See: tinh-gon check --help
`,
  },
  {
    name: 'an option without a placeholder, no value (vi)',
    args: ['coverage', fixture('structure.json'), '--rule'],
    stderr: `tinh-gon: Tùy chọn --rule cần một giá trị (<rule-id>).
Xem: tinh-gon coverage --help
`,
  },
  {
    name: 'an option without a placeholder, no value (en)',
    args: ['coverage', fixture('structure.json'), '--rule', '--lang', 'en'],
    stderr: `tinh-gon: Option --rule needs a value (<rule-id>).
See: tinh-gon coverage --help
`,
  },
  {
    name: 'a flag given a value (vi)',
    args: ['check', fixture('structure.json'), '--help=yes'],
    stderr: `tinh-gon: Tùy chọn --help không nhận giá trị.
Xem: tinh-gon check --help
`,
  },
  {
    name: 'a flag given a value (en)',
    args: ['check', fixture('structure.json'), '--help=yes', '--lang', 'en'],
    stderr: `tinh-gon: Option --help takes no value.
See: tinh-gon check --help
`,
  },
  {
    name: 'a flag given a value (reform) (vi)',
    args: ['validate', '--reform-2025=1'],
    stderr: `tinh-gon: Tùy chọn --reform-2025 không nhận giá trị.
Xem: tinh-gon validate --help
`,
  },
  {
    name: 'a flag given a value (reform) (en)',
    args: ['validate', '--reform-2025=1', '--lang', 'en'],
    stderr: `tinh-gon: Option --reform-2025 takes no value.
See: tinh-gon validate --help
`,
  },
  {
    name: '--format with a hint (vi)',
    args: ['check', fixture('structure.json'), '--format', 'jsn'],
    stderr: `tinh-gon: --format nhận text, json, md, không nhận "jsn". Có phải ý bạn là json?
Xem: tinh-gon check --help
`,
  },
  {
    name: '--format with a hint (en)',
    args: ['check', fixture('structure.json'), '--format', 'jsn', '--lang', 'en'],
    stderr: `tinh-gon: --format takes text, json, md, not "jsn". Did you mean json?
See: tinh-gon check --help
`,
  },
  {
    name: '--format without a hint (vi)',
    args: ['check', fixture('structure.json'), '--format', 'xml'],
    stderr: `tinh-gon: --format nhận text, json, md, không nhận "xml".
Xem: tinh-gon check --help
`,
  },
  {
    name: '--format without a hint (en)',
    args: ['check', fixture('structure.json'), '--format', 'xml', '--lang', 'en'],
    stderr: `tinh-gon: --format takes text, json, md, not "xml".
See: tinh-gon check --help
`,
  },
  {
    name: '--lang with a hint, in Vietnamese',
    args: ['check', fixture('structure.json'), '--lang', 'vn'],
    stderr: `tinh-gon: --lang nhận vi, en, không nhận "vn". Có phải ý bạn là vi?
Xem: tinh-gon check --help
`,
  },
  {
    name: '--min-severity by its beginning (vi)',
    args: ['roles', fixture('structure.json'), '--min-severity', 'warn', '--as-of', '2020-07-01'],
    stderr: `tinh-gon: --min-severity nhận error, warning, info, không nhận "warn". Có phải ý bạn là warning?
Xem: tinh-gon roles --help
`,
  },
  {
    name: '--min-severity by its beginning (en)',
    args: ['roles', fixture('structure.json'), '--min-severity', 'warn', '--as-of', '2020-07-01', '--lang', 'en'],
    stderr: `tinh-gon: --min-severity takes error, warning, info, not "warn". Did you mean warning?
See: tinh-gon roles --help
`,
  },
  {
    name: '--level unknown (vi)',
    args: ['coverage', fixture('structure.json'), '--rule', 'r', '--level', 'comune'],
    stderr: `tinh-gon: --level nhận central, province, district, commune, village, không nhận "comune". Có phải ý bạn là commune?
Xem: tinh-gon coverage --help
`,
  },
  {
    name: '--level unknown (en)',
    args: ['coverage', fixture('structure.json'), '--rule', 'r', '--level', 'comune', '--lang', 'en'],
    stderr: `tinh-gon: --level takes central, province, district, commune, village, not "comune". Did you mean commune?
See: tinh-gon coverage --help
`,
  },
  {
    name: '--limit not a number (vi)',
    args: ['check', fixture('structure.json'), '--limit', 'ten', '--as-of', '2020-06-01'],
    stderr: `tinh-gon: --limit cần một số nguyên không âm, không phải "ten".
Xem: tinh-gon check --help
`,
  },
  {
    name: '--limit not a number (en)',
    args: ['check', fixture('structure.json'), '--limit', 'ten', '--as-of', '2020-06-01', '--lang', 'en'],
    stderr: `tinh-gon: --limit needs a non-negative whole number, not "ten".
See: tinh-gon check --help
`,
  },
  {
    name: '--limit with a decimal (vi)',
    args: ['check', fixture('structure.json'), '--limit', '1.5', '--as-of', '2020-06-01'],
    stderr: `tinh-gon: --limit cần một số nguyên không âm, không phải "1.5".
Xem: tinh-gon check --help
`,
  },
  {
    name: '--limit with a decimal (en)',
    args: ['check', fixture('structure.json'), '--limit', '1.5', '--as-of', '2020-06-01', '--lang', 'en'],
    stderr: `tinh-gon: --limit needs a non-negative whole number, not "1.5".
See: tinh-gon check --help
`,
  },
  {
    name: '--limit negative (vi)',
    args: ['check', fixture('structure.json'), '--limit', '-1', '--as-of', '2020-06-01'],
    stderr: `tinh-gon: Tùy chọn --limit cần một giá trị (N); giá trị bắt đầu bằng dấu - thì viết liền: --limit=-1.
Xem: tinh-gon check --help
`,
  },
  {
    name: '--limit negative (en)',
    args: ['check', fixture('structure.json'), '--limit', '-1', '--as-of', '2020-06-01', '--lang', 'en'],
    stderr: `tinh-gon: Option --limit needs a value (N); write a value that starts with - as --limit=-1.
See: tinh-gon check --help
`,
  },
  {
    name: 'too few arguments (vi)',
    args: ['check', '--as-of', '2020-06-01'],
    stderr: `tinh-gon: Lệnh check cần 1 đối số, nhận 0. Cách dùng: tinh-gon check <structure.json|-> [--as-of YYYY-MM-DD]
Xem: tinh-gon check --help
`,
  },
  {
    name: 'too few arguments (en)',
    args: ['check', '--as-of', '2020-06-01', '--lang', 'en'],
    stderr: `tinh-gon: Command check takes 1 argument, got 0. Usage: tinh-gon check <structure.json|-> [--as-of YYYY-MM-DD]
See: tinh-gon check --help
`,
  },
  {
    name: 'too many arguments (vi)',
    args: ['check', fixture('structure.json'), fixture('structure.json'), '--as-of', '2020-06-01'],
    stderr: `tinh-gon: Lệnh check cần 1 đối số, nhận 2. Cách dùng: tinh-gon check <structure.json|-> [--as-of YYYY-MM-DD]
Xem: tinh-gon check --help
`,
  },
  {
    name: 'too many arguments (en)',
    args: ['check', fixture('structure.json'), fixture('structure.json'), '--as-of', '2020-06-01', '--lang', 'en'],
    stderr: `tinh-gon: Command check takes 1 argument, got 2. Usage: tinh-gon check <structure.json|-> [--as-of YYYY-MM-DD]
See: tinh-gon check --help
`,
  },
  {
    name: 'arguments after -- (vi)',
    args: ['check', '--', fixture('structure.json'), '--as-of', '2020-06-01'],
    stderr: `tinh-gon: Lệnh check cần 1 đối số, nhận 3. Cách dùng: tinh-gon check <structure.json|-> [--as-of YYYY-MM-DD]
Xem: tinh-gon check --help
`,
  },
  {
    name: 'arguments after -- (en)',
    args: ['--lang', 'en', 'check', '--', fixture('structure.json'), '--as-of', '2020-06-01'],
    stderr: `tinh-gon: Command check takes 1 argument, got 3. Usage: tinh-gon check <structure.json|-> [--as-of YYYY-MM-DD]
See: tinh-gon check --help
`,
  },
  {
    name: 'an argument to a command that takes none (vi)',
    args: ['rules', 'x', '--as-of', '2020-06-01'],
    stderr: `tinh-gon: Lệnh rules cần 0 đối số, nhận 1. Cách dùng: tinh-gon rules [--as-of YYYY-MM-DD] [--topic <topic>] [--type <rule-type>]
Xem: tinh-gon rules --help
`,
  },
  {
    name: 'an argument to a command that takes none (en)',
    args: ['rules', 'x', '--as-of', '2020-06-01', '--lang', 'en'],
    stderr: `tinh-gon: Command rules takes 0 arguments, got 1. Usage: tinh-gon rules [--as-of YYYY-MM-DD] [--topic <topic>] [--type <rule-type>]
See: tinh-gon rules --help
`,
  },
  {
    name: 'three files to validate (vi)',
    args: ['validate', fixture('structure.json'), fixture('merge-plan.json'), fixture('merge-plan.json')],
    stderr: `tinh-gon: Lệnh validate cần 0–2 đối số, nhận 3. Cách dùng: tinh-gon validate <structure.json> <plan.json> | validate --reform-2025 [--province <code|name>]
Xem: tinh-gon validate --help
`,
  },
  {
    name: 'three files to validate (en)',
    args: ['validate', fixture('structure.json'), fixture('merge-plan.json'), fixture('merge-plan.json'), '--lang', 'en'],
    stderr: `tinh-gon: Command validate takes 0–2 arguments, got 3. Usage: tinh-gon validate <structure.json> <plan.json> | validate --reform-2025 [--province <code|name>]
See: tinh-gon validate --help
`,
  },
  {
    name: 'an impossible date (vi)',
    args: ['check', fixture('structure.json'), '--as-of', '2025-02-30'],
    stderr: `tinh-gon: --as-of cần một ngày có thật dạng YYYY-MM-DD (ví dụ 2025-07-01), không phải "2025-02-30".
Xem: tinh-gon check --help
`,
  },
  {
    name: 'an impossible date (en)',
    args: ['check', fixture('structure.json'), '--as-of', '2025-02-30', '--lang', 'en'],
    stderr: `tinh-gon: --as-of needs a real date YYYY-MM-DD (e.g. 2025-07-01), not "2025-02-30".
See: tinh-gon check --help
`,
  },
  {
    name: 'a date without zeros (vi)',
    args: ['check', fixture('structure.json'), '--as-of', '2025-7-1'],
    stderr: `tinh-gon: --as-of cần một ngày có thật dạng YYYY-MM-DD (ví dụ 2025-07-01), không phải "2025-7-1".
Xem: tinh-gon check --help
`,
  },
  {
    name: 'a date without zeros (en)',
    args: ['check', fixture('structure.json'), '--as-of', '2025-7-1', '--lang', 'en'],
    stderr: `tinh-gon: --as-of needs a real date YYYY-MM-DD (e.g. 2025-07-01), not "2025-7-1".
See: tinh-gon check --help
`,
  },
  {
    name: 'validate with one file (vi)',
    args: ['validate', fixture('structure.json')],
    stderr: `tinh-gon: Cần hai tệp: <structure.json> <plan.json> (hoặc --reform-2025).
Xem: tinh-gon validate --help
`,
  },
  {
    name: 'validate with one file (en)',
    args: ['validate', fixture('structure.json'), '--lang', 'en'],
    stderr: `tinh-gon: Two files are needed: <structure.json> <plan.json> (or --reform-2025).
See: tinh-gon validate --help
`,
  },
  {
    name: 'apply with no file (vi)',
    args: ['apply'],
    stderr: `tinh-gon: Cần hai tệp: <structure.json> <plan.json> (hoặc --reform-2025).
Xem: tinh-gon apply --help
`,
  },
  {
    name: 'apply with no file (en)',
    args: ['apply', '--lang', 'en'],
    stderr: `tinh-gon: Two files are needed: <structure.json> <plan.json> (or --reform-2025).
See: tinh-gon apply --help
`,
  },
  {
    name: '--province without --reform-2025 (vi)',
    args: ['diff', fixture('structure.json'), fixture('merge-plan.json'), '--province', '42'],
    stderr: `tinh-gon: --province chỉ dùng với --reform-2025.
Xem: tinh-gon diff --help
`,
  },
  {
    name: '--province without --reform-2025 (en)',
    args: ['diff', fixture('structure.json'), fixture('merge-plan.json'), '--province', '42', '--lang', 'en'],
    stderr: `tinh-gon: --province works only with --reform-2025.
See: tinh-gon diff --help
`,
  },
  {
    name: '--reform-2025 with files (vi)',
    args: ['validate', fixture('structure.json'), '--reform-2025'],
    stderr: `tinh-gon: --reform-2025 thay cho hai tệp: bỏ các tệp đi.
Xem: tinh-gon validate --help
`,
  },
  {
    name: '--reform-2025 with files (en)',
    args: ['validate', fixture('structure.json'), '--reform-2025', '--lang', 'en'],
    stderr: `tinh-gon: --reform-2025 replaces the two files: leave them out.
See: tinh-gon validate --help
`,
  },
  {
    name: 'coverage without --level (vi)',
    args: ['coverage', fixture('structure.json'), '--rule', 'r', '--as-of', '2020-07-01'],
    stderr: `tinh-gon: Cần --rule và --level.
Xem: tinh-gon coverage --help
`,
  },
  {
    name: 'coverage without --level (en)',
    args: ['coverage', fixture('structure.json'), '--rule', 'r', '--as-of', '2020-07-01', '--lang', 'en'],
    stderr: `tinh-gon: Both --rule and --level are needed.
See: tinh-gon coverage --help
`,
  },
  {
    name: 'coverage without --rule (vi)',
    args: ['coverage', fixture('structure.json'), '--level', 'commune', '--as-of', '2020-07-01'],
    stderr: `tinh-gon: Cần --rule và --level.
Xem: tinh-gon coverage --help
`,
  },
  {
    name: 'coverage without --rule (en)',
    args: ['coverage', fixture('structure.json'), '--level', 'commune', '--as-of', '2020-07-01', '--lang', 'en'],
    stderr: `tinh-gon: Both --rule and --level are needed.
See: tinh-gon coverage --help
`,
  },
  {
    name: '--target without a comparison (vi)',
    args: ['coverage', fixture('structure.json'), '--rule', 'r', '--level', 'commune', '--target', '75', '--as-of', '2020-07-01'],
    stderr: `tinh-gon: --target viết ">75%" (trên 75%) hoặc ">=75%" (ít nhất 75%), tối đa 100% và hai chữ số thập phân; nhận "75".
Xem: tinh-gon coverage --help
`,
  },
  {
    name: '--target without a comparison (en)',
    args: ['coverage', fixture('structure.json'), '--rule', 'r', '--level', 'commune', '--target', '75', '--as-of', '2020-07-01', '--lang', 'en'],
    stderr: `tinh-gon: --target is written ">75%" (more than 75%) or ">=75%" (at least 75%), at most 100% with two decimals; got "75".
See: tinh-gon coverage --help
`,
  },
  {
    name: '--target above 100% (vi)',
    args: ['coverage', fixture('structure.json'), '--rule', 'r', '--level', 'commune', '--target', '>100.01%', '--as-of', '2020-07-01'],
    stderr: `tinh-gon: --target viết ">75%" (trên 75%) hoặc ">=75%" (ít nhất 75%), tối đa 100% và hai chữ số thập phân; nhận ">100.01%".
Xem: tinh-gon coverage --help
`,
  },
  {
    name: '--target above 100% (en)',
    args: ['coverage', fixture('structure.json'), '--rule', 'r', '--level', 'commune', '--target', '>100.01%', '--as-of', '2020-07-01', '--lang', 'en'],
    stderr: `tinh-gon: --target is written ">75%" (more than 75%) or ">=75%" (at least 75%), at most 100% with two decimals; got ">100.01%".
See: tinh-gon coverage --help
`,
  },
  {
    name: '--target with three decimals (vi)',
    args: ['coverage', fixture('structure.json'), '--rule', 'r', '--level', 'commune', '--target', '>=7.125%', '--as-of', '2020-07-01'],
    stderr: `tinh-gon: --target viết ">75%" (trên 75%) hoặc ">=75%" (ít nhất 75%), tối đa 100% và hai chữ số thập phân; nhận ">=7.125%".
Xem: tinh-gon coverage --help
`,
  },
  {
    name: '--target with three decimals (en)',
    args: ['coverage', fixture('structure.json'), '--rule', 'r', '--level', 'commune', '--target', '>=7.125%', '--as-of', '2020-07-01', '--lang', 'en'],
    stderr: `tinh-gon: --target is written ">75%" (more than 75%) or ">=75%" (at least 75%), at most 100% with two decimals; got ">=7.125%".
See: tinh-gon coverage --help
`,
  },
  {
    name: 'apportion without --total (vi)',
    args: ['apportion', fixture('units.csv')],
    stderr: `tinh-gon: Cần --total là một số nguyên không âm.
Xem: tinh-gon apportion --help
`,
  },
  {
    name: 'apportion without --total (en)',
    args: ['apportion', fixture('units.csv'), '--lang', 'en'],
    stderr: `tinh-gon: --total must be a non-negative whole number.
See: tinh-gon apportion --help
`,
  },
  {
    name: 'apportion with a word for --total (vi)',
    args: ['apportion', fixture('units.csv'), '--total', 'ten'],
    stderr: `tinh-gon: Cần --total là một số nguyên không âm, không phải "ten".
Xem: tinh-gon apportion --help
`,
  },
  {
    name: 'apportion with a word for --total (en)',
    args: ['apportion', fixture('units.csv'), '--total', 'ten', '--lang', 'en'],
    stderr: `tinh-gon: --total must be a non-negative whole number, not "ten".
See: tinh-gon apportion --help
`,
  },
  {
    name: 'apportion with a huge --total (vi)',
    args: ['apportion', fixture('units.csv'), '--total', '9007199254740993'],
    stderr: `tinh-gon: Cần --total là một số nguyên không âm, không phải "9007199254740993".
Xem: tinh-gon apportion --help
`,
  },
  {
    name: 'apportion with a huge --total (en)',
    args: ['apportion', fixture('units.csv'), '--total', '9007199254740993', '--lang', 'en'],
    stderr: `tinh-gon: --total must be a non-negative whole number, not "9007199254740993".
See: tinh-gon apportion --help
`,
  },
  {
    name: 'changes without --from (vi)',
    args: ['changes', '--to', '2025-01-01'],
    stderr: `tinh-gon: Cần --from YYYY-MM-DD.
Xem: tinh-gon changes --help
`,
  },
  {
    name: 'changes without --from (en)',
    args: ['changes', '--to', '2025-01-01', '--lang', 'en'],
    stderr: `tinh-gon: --from YYYY-MM-DD is needed.
See: tinh-gon changes --help
`,
  },
  {
    name: 'changes with --to before --from (vi)',
    args: ['changes', '--from', '2025-01-01', '--to', '2024-12-31'],
    stderr: `tinh-gon: --to (2024-12-31) không được trước --from (2025-01-01).
Xem: tinh-gon changes --help
`,
  },
  {
    name: 'changes with --to before --from (en)',
    args: ['changes', '--from', '2025-01-01', '--to', '2024-12-31', '--lang', 'en'],
    stderr: `tinh-gon: --to (2024-12-31) must not be before --from (2025-01-01).
See: tinh-gon changes --help
`,
  },
  {
    name: 'changes with a bad --from (vi)',
    args: ['changes', '--from', '2025-13-01'],
    stderr: `tinh-gon: --from cần một ngày có thật dạng YYYY-MM-DD (ví dụ 2025-07-01), không phải "2025-13-01".
Xem: tinh-gon changes --help
`,
  },
  {
    name: 'changes with a bad --from (en)',
    args: ['changes', '--from', '2025-13-01', '--lang', 'en'],
    stderr: `tinh-gon: --from needs a real date YYYY-MM-DD (e.g. 2025-07-01), not "2025-13-01".
See: tinh-gon changes --help
`,
  },
  {
    name: 'changes with a bad --to (vi)',
    args: ['changes', '--from', '2025-01-01', '--to', 'tomorrow'],
    stderr: `tinh-gon: --to cần một ngày có thật dạng YYYY-MM-DD (ví dụ 2025-07-01), không phải "tomorrow".
Xem: tinh-gon changes --help
`,
  },
  {
    name: 'changes with a bad --to (en)',
    args: ['changes', '--from', '2025-01-01', '--to', 'tomorrow', '--lang', 'en'],
    stderr: `tinh-gon: --to needs a real date YYYY-MM-DD (e.g. 2025-07-01), not "tomorrow".
See: tinh-gon changes --help
`,
  },
  {
    name: 'rules with an unknown topic (vi)',
    args: ['rules', '--topic', 'moneys'],
    stderr: `tinh-gon: --topic nhận structure, merge, area-standards, roles, staffing, norms, benefits, không nhận "moneys".
Xem: tinh-gon rules --help
`,
  },
  {
    name: 'rules with an unknown topic (en)',
    args: ['rules', '--topic', 'moneys', '--lang', 'en'],
    stderr: `tinh-gon: --topic takes structure, merge, area-standards, roles, staffing, norms, benefits, not "moneys".
See: tinh-gon rules --help
`,
  },
  {
    name: 'rules with an unknown type, with a hint (vi)',
    args: ['rules', '--type', 'role-caps'],
    stderr: `tinh-gon: --type nhận area-hierarchy, body-count-limit, required-bodies, cross-family-consolidation, village-household-standard, admin-unit-standard, admin-unit-merge-criteria, merged-unit-directions, quota-not-above-sources, grace-period, role-combination, role-cap, reduction-target, commune-staff-norm, commune-staff-average, deputy-limit, early-retirement-benefit, resignation-benefit, service-time-benefit, commune-staff-range, staff-categories, không nhận "role-caps". Có phải ý bạn là role-cap?
Xem: tinh-gon rules --help
`,
  },
  {
    name: 'rules with an unknown type, with a hint (en)',
    args: ['rules', '--type', 'role-caps', '--lang', 'en'],
    stderr: `tinh-gon: --type takes area-hierarchy, body-count-limit, required-bodies, cross-family-consolidation, village-household-standard, admin-unit-standard, admin-unit-merge-criteria, merged-unit-directions, quota-not-above-sources, grace-period, role-combination, role-cap, reduction-target, commune-staff-norm, commune-staff-average, deputy-limit, early-retirement-benefit, resignation-benefit, service-time-benefit, commune-staff-range, staff-categories, not "role-caps". Did you mean role-cap?
See: tinh-gon rules --help
`,
  },
  {
    name: 'two inputs from standard input (vi)',
    args: ['validate', '-', '-'],
    options: {"stdin":"{\"units\":[{\"id\":\"vn\",\"kind\":\"country\",\"name\":{\"vi\":\"Việt Nam\"},\"from\":\"1976-07-02\"}]}"},
    stderr: `tinh-gon: Chỉ một đầu vào có thể đọc từ stdin (-).
Xem: tinh-gon validate --help
`,
  },
  {
    name: 'two inputs from standard input (en)',
    args: ['validate', '-', '-', '--lang', 'en'],
    options: {"stdin":"{\"units\":[{\"id\":\"vn\",\"kind\":\"country\",\"name\":{\"vi\":\"Việt Nam\"},\"from\":\"1976-07-02\"}]}"},
    stderr: `tinh-gon: Only one input can be read from standard input (-).
See: tinh-gon validate --help
`,
  },
  {
    name: 'a contract breach of the library (vi)',
    args: ['coverage', fixture('structure.json'), '--rule', 'roles.secretary-chairs-committee', '--level', 'commune', '--within=', '--as-of', '2020-07-01'],
    stderr: `tinh-gon: Đầu vào không dùng được (thông báo gốc của thư viện, bằng tiếng Anh): options.within must be the id of an area, received ""
`,
  },
  {
    name: 'a contract breach of the library (en)',
    args: ['coverage', fixture('structure.json'), '--rule', 'roles.secretary-chairs-committee', '--level', 'commune', '--within=', '--as-of', '2020-07-01', '--lang', 'en'],
    stderr: `tinh-gon: Unusable input: options.within must be the id of an area, received ""
`,
  },
  {
    name: 'a province that does not exist (vi)',
    args: ['validate', '--reform-2025', '--province', 'atlantis'],
    stderr: `tinh-gon: Không có tỉnh "atlantis" sau 01/7/2025: dùng mã (ví dụ 42) hoặc tên không dấu (ví dụ "ha tinh"); tra cứu bằng: tinh-gon lookup "<tên>".
Xem: tinh-gon validate --help
`,
  },
  {
    name: 'a province that does not exist (en)',
    args: ['validate', '--reform-2025', '--province', 'atlantis', '--lang', 'en'],
    stderr: `tinh-gon: No province "atlantis" after 2025-07-01: use its code (e.g. 42) or its name without diacritics (e.g. "ha tinh"); look it up with: tinh-gon lookup "<name>".
See: tinh-gon validate --help
`,
  },
];

/** Bad usage and unusable input: exit 2, nothing on stdout, the whole message on stderr, in each language. */
describe('tinh-gon: usage errors, whole messages', () => {
  it.each(CASES)('$name', async ({ args, options, stderr }) => {
    expect(await cli(args, options)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('after --, everything is an argument, even what looks like an option', async () => {
    expect(await cli(['check', '--', '-x'])).toEqual({ code: 2, stdout: '', stderr: 'tinh-gon: Không tìm thấy tệp -x: kiểm tra đường dẫn.\n' });
  });

  it('-h and - are not options; = gives a value; --lang may come first', async () => {
    const structure = fixture('structure.json');
    expect((await cli(['check', structure, '-h'])).stdout).toBe((await cli(['check', '--help'])).stdout);
    const long = await cli(['check', structure, '--as-of', '2020-06-01', '--format', 'md', '--lang', 'en']);
    expect(await cli(['check', structure, '--as-of=2020-06-01', '--format=md', '--lang=en'])).toEqual(long);
    expect(await cli(['--lang', 'en', 'check', structure, '--as-of', '2020-06-01', '--format', 'md'])).toEqual(long);
    expect(await cli(['--lang=en', 'check', structure, '--as-of', '2020-06-01', '--format', 'md'])).toEqual(long);
    expect(long.stdout.startsWith('_As of 2020-06-01_\n')).toBe(true);
  });
});
