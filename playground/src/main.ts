/** The playground page: controls and drawings; every computation is asked of the worker. */
import { drawCoverage } from './drawCoverage.js';
import { drawFlows } from './drawFlows.js';
import { kindName, t, type Word } from './i18n.js';
import type {
  Answer,
  CoverageAnswer,
  CoverageLevel,
  CoverageSample,
  Envelope,
  Locale,
  ProvinceItem,
  Request,
  SampleAnswer,
  SampleName,
  UnitNode,
  UnitsAnswer,
  ValidateAnswer,
} from './protocol.js';

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
let nextId = 1;
const pending = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();
worker.onmessage = (event: MessageEvent<Envelope>) => {
  const message = event.data;
  const waiting = pending.get(message.id);
  if (waiting === undefined) return;
  pending.delete(message.id);
  if (message.ok) waiting.resolve(message.answer);
  else waiting.reject(new Error(message.error));
};

let busy = 0;
function ask<T extends Answer>(request: Request): Promise<T> {
  const id = nextId++;
  busy += 1;
  showStatus();
  return new Promise<Answer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, request });
  })
    .finally(() => {
      busy -= 1;
      showStatus();
    }) as Promise<T>;
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the page has no #${id}`);
  return found as T;
}

const provinceSelect = element<HTMLSelectElement>('province');
const dateInput = element<HTMLInputElement>('date');
const sampleSelect = element<HTMLSelectElement>('sample');
const localRules = element<HTMLInputElement>('local-rules');
const structureText = element<HTMLTextAreaElement>('structure-json');
const planText = element<HTMLTextAreaElement>('plan-json');
const report = element<HTMLPreElement>('report');
const status = element<HTMLParagraphElement>('status');

let locale: Locale = navigator.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
let lastUnits: UnitsAnswer | undefined;
let lastValidation: ValidateAnswer | undefined;
let lastCoverage: CoverageAnswer | undefined;
let failure: string | undefined;

function showStatus(): void {
  status.textContent = failure ?? (busy > 0 ? t('loading', locale) : t('ready', locale));
  status.classList.toggle('error', failure !== undefined);
  document.body.setAttribute('aria-busy', String(busy > 0));
  document.body.dataset.busy = String(busy);
}

function fail(error: unknown): void {
  failure = error instanceof Error ? error.message : String(error);
  console.warn(failure);
  showStatus();
}

function applyLocale(): void {
  document.documentElement.lang = locale;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = t(node.dataset.i18n as Word, locale);
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="lang"]')) radio.checked = radio.value === locale;
  document.title = t('title', locale);
  showStatus();
  if (lastUnits !== undefined) showUnits(lastUnits);
  if (lastValidation !== undefined) showValidation(lastValidation);
  if (lastCoverage !== undefined) drawCoverage(element('coverage'), lastCoverage, locale);
}

// ——— 1. province and date ———

async function loadProvinces(): Promise<void> {
  const previous = provinceSelect.value;
  const provinces = await ask<ProvinceItem[]>({ type: 'provinces', date: dateInput.value });
  provinceSelect.replaceChildren(...provinces.map((province) => new Option(province.name, province.id)));
  // keep the choice across the reform: the same id, or the province with the same code
  const code = previous.split(':p')[1];
  const same = provinces.find((province) => province.id === previous) ?? provinces.find((province) => province.code === code);
  provinceSelect.value = same?.id ?? provinces.find((province) => province.name === 'Tỉnh Hà Tĩnh')?.id ?? provinces[0]?.id ?? '';
  provinceSelect.disabled = false;
}

async function loadUnits(): Promise<void> {
  if (provinceSelect.value === '') return;
  showUnits(await ask<UnitsAnswer>({ type: 'units', provinceId: provinceSelect.value, date: dateInput.value }));
}

function showUnits(answer: UnitsAnswer): void {
  lastUnits = answer;
  element('edition').textContent = answer.edition;
  const table = element<HTMLTableElement>('counts');
  const head = `<thead><tr><th scope="col">${t('kind', locale)}</th><th scope="col" class="num">${t('count', locale)}</th></tr></thead>`;
  const entries = Object.entries(answer.counts);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  table.innerHTML = head;
  const body = document.createElement('tbody');
  for (const [kind, count] of entries) {
    const row = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = kindName(kind, locale);
    row.append(th);
    const cell = row.insertCell();
    cell.className = 'num';
    cell.textContent = count.toLocaleString(locale);
    cell.dataset.kind = kind;
  }
  const foot = table.createTFoot().insertRow();
  foot.innerHTML = `<th scope="row">${t('total', locale)}</th><td class="num">${total.toLocaleString(locale)}</td>`;
  table.append(body);
  const tree = element('tree');
  tree.replaceChildren(treeNode(answer.province, true));
}

function unitLabel(unit: UnitNode): string {
  const figures = [
    unit.population === undefined ? '' : `${unit.population.toLocaleString(locale)} ${locale === 'vi' ? 'người' : 'people'}`,
    unit.areaKm2 === undefined ? '' : `${unit.areaKm2.toLocaleString(locale, { maximumFractionDigits: 2 })} km²`,
  ].filter((text) => text !== '');
  return `${unit.name}${unit.code === '' ? '' : ` (${unit.code})`}${figures.length === 0 ? '' : ` · ${figures.join(', ')}`}`;
}

function treeNode(unit: UnitNode, open: boolean): HTMLElement {
  if (unit.children.length === 0) {
    const leaf = document.createElement('div');
    leaf.className = 'leaf';
    leaf.textContent = unitLabel(unit);
    return leaf;
  }
  const details = document.createElement('details');
  details.open = open;
  const summary = document.createElement('summary');
  summary.textContent = `${unitLabel(unit)} — ${unit.children.length}`;
  details.append(summary, ...unit.children.map((child) => treeNode(child, false)));
  return details;
}

// ——— 2. plan and report ———

async function loadSample(): Promise<void> {
  const answer = await ask<SampleAnswer>({ type: 'sample', sample: sampleSelect.value as SampleName, provinceId: provinceSelect.value });
  structureText.value = answer.structure;
  planText.value = answer.plan;
  localRules.checked = answer.localRules;
  lastValidation = undefined;
  clearSummary();
}

function clearSummary(): void {
  for (const node of document.querySelectorAll<HTMLElement>('#summary dd')) {
    node.textContent = '–';
    delete node.dataset.value;
  }
  report.textContent = '';
  element('picture').textContent = t('noPicture', locale);
}

async function validate(): Promise<void> {
  clearSummary();
  showValidation(await ask<ValidateAnswer>({ type: 'validate', structure: structureText.value, plan: planText.value, localRules: localRules.checked }));
}

async function validateStructureOnly(): Promise<void> {
  clearSummary();
  showValidation(await ask<ValidateAnswer>({ type: 'validate-structure', structure: structureText.value, date: dateInput.value, localRules: localRules.checked }));
}

function setSummary(testId: string, text: string, value: string, className = ''): void {
  const node = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (node === null) return;
  node.textContent = text;
  node.dataset.value = value;
  node.className = className;
}

function showValidation(answer: ValidateAnswer): void {
  lastValidation = answer;
  const oldCommunes = answer.ended.filter((node) => node.communeLevel).length;
  const newCommunes = answer.started.filter((node) => node.communeLevel && !node.existing).length;
  const count = (severity: string) => answer.issues.filter((issue) => issue.severity === severity).length;
  const plan = answer.mode === 'plan';
  setSummary('old-communes', plan ? oldCommunes.toLocaleString(locale) : '–', plan ? String(oldCommunes) : '');
  setSummary('new-communes', plan ? newCommunes.toLocaleString(locale) : '–', plan ? String(newCommunes) : '');
  const verdict = answer.stage === 'json' ? t('failedJson', locale) : answer.stage === 'validated' ? t(answer.ok ? 'valid' : 'invalid', locale) : t('failedParse', locale);
  setSummary('result', `${answer.ok ? '✓' : '✗'} ${verdict}`, String(answer.ok), answer.ok ? 'good' : 'bad');
  setSummary('issue-count', answer.issues.length.toLocaleString(locale), String(answer.issues.length));
  const breakdown = document.createElement('small');
  breakdown.textContent = `${count('error')} ${t('errors', locale)} · ${count('warning')} ${t('warnings', locale)} · ${count('info')} ${t('infos', locale)}`;
  document.querySelector('[data-testid="issue-count"]')?.append(breakdown);
  const what = plan ? t('validated', locale) : `${t('validatedStructure', locale)} ${dateInput.value}`;
  report.textContent = `${answer.report[locale]}\n\n${what} ${t('inMs', locale)} ${answer.millis} ms.`;
  const picture = element('picture');
  if (answer.flows.length === 0) picture.textContent = t('noPicture', locale);
  else drawFlows(picture, answer, locale);
}

// ——— 4. coverage ———

async function loadCoverage(): Promise<void> {
  const percent = Math.min(100, Math.max(0, Number(element<HTMLInputElement>('coverage-target').value) || 0));
  lastCoverage = await ask<CoverageAnswer>({
    type: 'coverage',
    sample: element<HTMLSelectElement>('coverage-sample').value as CoverageSample,
    date: element<HTMLInputElement>('coverage-date').value || '2020-07-23',
    level: element<HTMLSelectElement>('coverage-level').value as CoverageLevel,
    basisPoints: Math.round(percent * 100),
  });
  drawCoverage(element('coverage'), lastCoverage, locale);
}

// ——— wiring ———

const run = (task: () => Promise<void>) => () => {
  failure = undefined;
  task().catch(fail);
};

async function onProvince(): Promise<void> {
  await loadUnits();
  if (sampleSelect.value === 'reform-2025') await loadSample();
}

provinceSelect.addEventListener('change', run(onProvince));
dateInput.addEventListener('change', run(async () => {
  if (dateInput.value < dateInput.min) dateInput.value = dateInput.min;
  await loadProvinces();
  await loadUnits();
}));
element('load').addEventListener('click', run(loadSample));
element('validate').addEventListener('click', run(validate));
element('validate-structure').addEventListener('click', run(validateStructureOnly));
for (const id of ['coverage-sample', 'coverage-level', 'coverage-date', 'coverage-target']) element(id).addEventListener('change', run(loadCoverage));
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="lang"]')) {
  radio.addEventListener('change', () => {
    locale = radio.value as Locale;
    applyLocale();
  });
}

applyLocale();
clearSummary();
run(async () => {
  await loadProvinces();
  await Promise.all([onProvince(), loadCoverage()]);
  document.body.dataset.ready = 'true';
})();
