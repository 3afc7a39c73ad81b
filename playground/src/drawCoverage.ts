/** The coverage chart: one bar per concurrent-role rule and level, with the target marked. */
import { t, type Word } from './i18n.js';
import type { CoverageAnswer, Locale } from './protocol.js';
import { svg, titled } from './svg.js';

const WIDTH = 980;
const LABEL = 440;
const BAR = 320;
const ROW = 44;

const LEVEL_WORD: Readonly<Record<string, Word>> = {
  province: 'levelProvince',
  district: 'levelDistrict',
  commune: 'levelCommune',
  village: 'levelVillage',
};

/** Draws the coverage of `answer` into `container`. */
export function drawCoverage(container: HTMLElement, answer: CoverageAnswer, locale: Locale): void {
  if (answer.bars.length === 0) {
    container.textContent = t('noBars', locale);
    return;
  }
  const height = answer.bars.length * ROW + 30;
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img', 'aria-labelledby': 'coverage-title', class: 'bars' });
  root.append(svg('title', { id: 'coverage-title' }, t('coverageSection', locale)));
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = LABEL + (BAR * tick) / 100;
    root.append(svg('line', { x1: x, x2: x, y1: 8, y2: height - 18, class: 'grid' }));
    root.append(svg('text', { x, y: height - 4, 'text-anchor': 'middle', class: 'tick' }, `${tick}%`));
  }
  answer.bars.forEach((bar, index) => {
    const y = 10 + index * ROW;
    const group = svg('g', { class: `bar-row ${bar.met ? 'met' : 'short'}`, tabindex: 0 });
    const level = t(LEVEL_WORD[bar.level] ?? 'levelCommune', locale);
    const title = bar.title[locale];
    group.append(svg('text', { x: LABEL - 10, y: y + 13, 'text-anchor': 'end', class: 'rule' }, title.length > 56 ? `${title.slice(0, 54)}…` : title));
    group.append(svg('text', { x: LABEL - 10, y: y + 29, 'text-anchor': 'end', class: 'level' }, [level, bar.strength, bar.ruleId].filter((part) => part !== '').join(' · ')));
    group.append(svg('rect', { x: LABEL, y: y + 4, width: BAR, height: 26, class: 'track', rx: 3 }));
    group.append(svg('rect', { x: LABEL, y: y + 4, width: Math.max(1, (BAR * bar.shareBasisPoints) / 10000), height: 26, class: 'fill', rx: 3 }));
    const targetX = LABEL + (BAR * bar.targetBasisPoints) / 10000;
    group.append(svg('line', { x1: targetX, x2: targetX, y1: y, y2: y + 34, class: 'target' }));
    const verdict = bar.met ? t('met', locale) : `${t('short', locale)} ${bar.shortfall}`;
    group.append(svg('text', { x: LABEL + BAR + 10, y: y + 22, class: 'value' }, `${bar.covered}/${bar.total} · ${bar.share} · ${verdict}`));
    const names = [
      `${title} (${level})`,
      `${bar.covered}/${bar.total} = ${bar.share}; ${bar.comparison} ${bar.targetBasisPoints / 100}% → ${bar.requiredUnits}; ${verdict}`,
      bar.coveredNames.length > 0 ? `✓ ${bar.coveredNames.join(', ')}` : '',
      bar.uncoveredNames.length > 0 ? `✗ ${bar.uncoveredNames.join(', ')}` : '',
    ].filter((line) => line !== '');
    group.setAttribute('aria-label', names.slice(0, 2).join('. '));
    titled(group, names.join('\n'));
    root.append(group);
  });
  const scroller = document.createElement('div');
  scroller.className = 'scroller';
  scroller.append(root);
  container.replaceChildren(scroller);
}
