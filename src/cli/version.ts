import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The version of the installed package: read from the nearest `package.json` named `tinh-gon`
 * above this module (dist/ in the package, src/cli/ in the repository).
 */
export function readVersion(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let directory = from;
  for (let depth = 0; depth < 5; depth += 1) {
    try {
      const pkg = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'tinh-gon' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // no package.json here: look one folder up
    }
    directory = dirname(directory);
  }
  return 'unknown';
}
