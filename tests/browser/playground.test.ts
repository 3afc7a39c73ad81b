// Drives the playground in a real browser (Debian's Chromium through playwright-core): choose a
// province, check its units, validate its part of the 2025 reform and compare what the page shows
// with what the library computes in Node for the same input; switch to Vietnamese; no console
// error. Keeps a screenshot at .tmp/artifacts/playground.png.
//
// The site: PLAYGROUND_SITE (a folder holding playground/, e.g. docs-site after `npm run docs`),
// or else a fresh build of the playground alone. The browser: CHROMIUM_PATH or /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AreaUnit, formatReport, isoDate, validateStructure } from '../../src/index.js';
import { parsePlan, parseStructure } from '../../src/parse/index.js';
import { validatePlan } from '../../src/plan/index.js';
import { concurrencyCoverage } from '../../src/roles/index.js';
import { camPhaCity2020, camPhaCommitteeTarget } from '../../src/samples/index.js';
import { findReformPredecessors, getVietnam } from '../../src/vn/index.js';
// @ts-expect-error -- a plain ES module without types
import { buildPlayground } from '../../scripts/build-playground.mjs';
import { type StaticServer, serveStatic } from './staticServer.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = join(ROOT, '.tmp/artifacts/playground.png');
const COMMUNE_KINDS = new Set(['commune', 'ward', 'township', 'special-zone']);

let server: StaticServer;
let context: BrowserContext;
let page: Page;
let profile: string;
const problems: string[] = [];

/** What the library says about a new province, computed from the national lists alone. */
function expectedCommunes(newProvinceId: string): { readonly old: number; readonly new: number; readonly units: number } {
  const before = getVietnam('2025-03-01').units as readonly AreaUnit[];
  const after = getVietnam('2025-07-01').units as readonly AreaUnit[];
  const inside = new Set(findReformPredecessors(newProvinceId).map((transfer) => transfer.before.id));
  for (const unit of before) if (unit.parentId !== undefined && inside.has(unit.parentId)) inside.add(unit.id);
  const newUnits = after.filter((unit) => unit.parentId === newProvinceId);
  return {
    old: before.filter((unit) => inside.has(unit.id) && COMMUNE_KINDS.has(unit.kind)).length,
    new: newUnits.filter((unit) => COMMUNE_KINDS.has(unit.kind)).length,
    units: newUnits.length,
  };
}

const WAIT = { timeout: 120_000, interval: 100 };

/** Waits until the plan editor holds the reform slice with this id. */
async function waitForPlan(id: string): Promise<void> {
  await expect.poll(async () => (await page.inputValue('#plan-json')).includes(`"${id}"`), WAIT).toBe(true);
}

const value = (testId: string) => page.getAttribute(`[data-testid="${testId}"]`, 'data-value');

async function validateOnPage(): Promise<void> {
  await page.getByRole('button', { name: /Validate the plan|Kiểm tra đề án/ }).click();
  await page.waitForSelector('[data-testid="issue-count"][data-value]', { timeout: 120_000 });
}

/** The page's own input, validated by the library in Node. */
async function expectedReport() {
  const structure = parseStructure(JSON.parse(await page.inputValue('#structure-json')));
  const plan = parsePlan(JSON.parse(await page.inputValue('#plan-json')));
  if (!structure.ok || !plan.ok) throw new Error('the page holds a structure or plan the library does not parse');
  return { plan: plan.value, result: validatePlan(structure.value, plan.value) };
}

beforeAll(async () => {
  let site = process.env.PLAYGROUND_SITE;
  if (site === undefined) {
    site = join(ROOT, '.tmp/playground-site');
    await buildPlayground(join(site, 'playground'));
  }
  if (!existsSync(join(site, 'playground/index.html'))) throw new Error(`no playground/index.html in ${site}: run npm run docs first`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  server = await serveStatic(site);
  profile = await mkdtemp(join(tmpdir(), 'tinh-gon-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    locale: 'en-US',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('worker', (worker) => worker.on('close', () => undefined));
  await page.goto(`${server.url}playground/index.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile !== undefined) await rm(profile, { recursive: true, force: true });
});

describe('the playground in Chromium', () => {
  it('shows Hà Tĩnh and validates its part of the 2025 reform as the library does', async () => {
    const haTinh = 'vn-2025-07:p42';
    const expected = expectedCommunes(haTinh);
    await page.selectOption('#province', { label: 'Tỉnh Hà Tĩnh' });
    await waitForPlan('reform-2025:42');
    // its units on 2025-07-01: the table's total is the number of communes and wards under it
    await expect.poll(() => page.textContent('#counts tfoot td'), WAIT).toBe(String(expected.units));
    expect(await page.textContent('#tree summary')).toContain('Tỉnh Hà Tĩnh');

    await validateOnPage();
    const { result } = await expectedReport();
    expect(Number(await value('old-communes'))).toBe(expected.old);
    expect(Number(await value('new-communes'))).toBe(expected.new);
    expect(await value('result')).toBe(String(result.ok));
    expect(Number(await value('issue-count'))).toBe(result.issues.length);
    expect(await page.textContent('#report')).toContain(formatReport(result, { locale: 'en' }).split('\n')[0]);
    // the picture: one box on the left per unit that ends, a line per transfer, dots on named units
    expect(await page.locator('#picture svg g.node.right:not(.existing)').count()).toBe(expected.new + 1);
    const named = new Set(result.issues.flatMap((issue) => issue.unitIds ?? []));
    const drawn = await page.locator('#picture svg g.node').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-id')));
    expect(await page.locator('#picture svg circle.mark').count()).toBe(drawn.filter((id) => id !== null && named.has(id)).length);
  });

  it('validates a merged province chosen on the three-tier list (Quảng Bình, 2025-03-01)', async () => {
    await page.fill('#date', '2025-03-01');
    await page.dispatchEvent('#date', 'change');
    await expect.poll(() => page.textContent('#edition'), WAIT).toBe('2025-03-01');
    await page.selectOption('#province', { label: 'Tỉnh Quảng Bình' });
    await waitForPlan('reform-2025:44');
    const before = getVietnam('2025-03-01').units as readonly AreaUnit[];
    const districts = before.filter((unit) => unit.parentId === 'vn-2025-03:p44').length;
    await expect.poll(() => page.textContent('#counts tbody'), WAIT).toMatch(/\d/);
    const shown = await page.locator('#counts tbody td').evaluateAll((cells) => cells.map((cell) => [cell.getAttribute('data-kind'), Number(cell.textContent?.replace(/\D/g, ''))] as const));
    const districtKinds = new Set(['district', 'urban-district', 'town', 'provincial-city']);
    expect(shown.filter(([kind]) => kind !== null && districtKinds.has(kind)).reduce((sum, [, count]) => sum + count, 0)).toBe(districts);

    await validateOnPage();
    const expected = expectedCommunes('vn-2025-07:p44');
    const { result } = await expectedReport();
    expect([Number(await value('old-communes')), Number(await value('new-communes'))]).toEqual([expected.old, expected.new]);
    expect(await value('result')).toBe(String(result.ok));
    expect(Number(await value('issue-count'))).toBe(result.issues.length);

    // the structure alone, on the page's date
    await page.getByRole('button', { name: /Validate the structure/ }).click();
    await page.waitForSelector('[data-testid="issue-count"][data-value]', { timeout: 120_000 });
    const structure = parseStructure(JSON.parse(await page.inputValue('#structure-json')));
    if (!structure.ok) throw new Error('the page holds a structure the library does not parse');
    const checked = validateStructure(structure.value, { asOf: isoDate('2025-03-01') });
    expect(await value('result')).toBe(String(checked.ok));
    expect(Number(await value('issue-count'))).toBe(checked.issues.length);
    expect(await value('old-communes')).toBe('');
  });

  it('draws the coverage of the Cẩm Phả sample against its target', async () => {
    const coverage = concurrencyCoverage(camPhaCity2020, {
      rule: 'roles.secretary-chairs-committee',
      level: 'commune',
      asOf: isoDate('2020-07-23'),
      target: camPhaCommitteeTarget,
    });
    if (!coverage.ok) throw new Error('the sample has no coverage');
    const bars = await page.locator('#coverage svg g.bar-row').allTextContents();
    expect(bars.some((text) => text.includes(`${coverage.value.covered}/${coverage.value.total} · ${coverage.value.share}`))).toBe(true);
  });

  it('switches to Vietnamese, back on Hà Tĩnh, and keeps a screenshot', async () => {
    await page.fill('#date', '2025-07-01');
    await page.dispatchEvent('#date', 'change');
    await expect.poll(() => page.textContent('#edition'), WAIT).toBe('2025-07-01');
    await page.selectOption('#province', { label: 'Tỉnh Hà Tĩnh' });
    await waitForPlan('reform-2025:42');
    await validateOnPage();
    await page.getByLabel('Tiếng Việt').check();
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.textContent('#validate')).toBe('Kiểm tra đề án');
    const { result } = await expectedReport();
    expect(await page.textContent('#report')).toContain(formatReport(result, { locale: 'vi' }).split('\n')[0]);
    expect(await page.textContent('[data-testid="result"]')).toContain(result.ok ? 'Hợp lệ' : 'Không hợp lệ');
    await mkdir(join(ROOT, '.tmp/artifacts'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });

  it('logged no console error', () => {
    expect(problems).toEqual([]);
  });
});
