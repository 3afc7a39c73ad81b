// Module hooks that append the URL of every module loaded (ES modules, and CommonJS loaded through
// the ESM loader) to a file, one per line: the bench counts what an import pulls in.
import { appendFileSync } from 'node:fs';

let file;

export function initialize(data) {
  file = data?.file;
}

export async function load(url, context, nextLoad) {
  if (file) appendFileSync(file, `${url}\n`);
  return nextLoad(url, context);
}
