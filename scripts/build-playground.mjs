// Builds the playground (playground/**) into a static folder: esbuild bundles the page and its
// worker from the repository's sources as ES modules; index.html and the style sheet are copied.
//
//   node scripts/build-playground.mjs [--out <dir>]     (default: docs-site/playground)
//
// It is also a TypeDoc plugin (typedoc.json "plugin"): `npm run docs` then builds the playground
// into <site>/playground when the site is written, adds a "Playground" link to every page's menu,
// and turns the `playground:` links of the guides into links relative to their page.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'playground');

/**
 * Builds the playground into `outDir` (emptied first).
 * @param {string} outDir
 * @returns {Promise<string[]>} the files written
 */
export async function buildPlayground(outDir) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: join(source, 'src/main.ts'), worker: join(source, 'src/worker.ts') },
    outdir: outDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome111', 'firefox111', 'safari16'],
    minify: true,
    legalComments: 'eof',
    metafile: true,
    logLevel: 'warning',
    tsconfig: join(source, 'tsconfig.json'),
  });
  await copyFile(join(source, 'index.html'), join(outDir, 'index.html'));
  await copyFile(join(source, 'playground.css'), join(outDir, 'playground.css'));
  return [...Object.keys(result.metafile.outputs), 'index.html', 'playground.css'];
}

/**
 * The TypeDoc plugin: builds the playground with the site and links it.
 * @param {import('typedoc').Application} app
 */
export function load(app) {
  const href = (url) => `${'../'.repeat((url.match(/\//g) ?? []).length)}playground/index.html`;
  app.renderer.on('parseMarkdown', (event) => {
    event.parsedText = event.parsedText.replaceAll('playground:index.html', href(event.page.url));
  });
  app.renderer.hooks.on('sidebar.begin', (context) => ({
    tag: 'nav',
    props: { class: 'tsd-playground-link', 'aria-label': 'Playground' },
    children: [{ tag: 'a', props: { href: href(context.page.url) }, children: ['▶ Playground: try it in the browser'] }],
  }));
  app.renderer.postRenderAsyncJobs.push(async (event) => {
    const out = join(event.outputDirectory, 'playground');
    const files = await buildPlayground(out);
    app.logger.info(`playground: ${files.length} files in ${out}`);
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const out = resolve(at === -1 ? join(root, 'docs-site', 'playground') : process.argv[at + 1]);
  const files = await buildPlayground(out);
  console.log(`playground: ${files.length} files in ${out}`);
}
