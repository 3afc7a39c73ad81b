/**
 * The plan as a picture: a bipartite flow drawing, the units that end on the left, the new (or
 * receiving) units on the right, a line for each transfer: solid when a unit went whole, dashed
 * when in part, dotted when it was dissolved and its duties passed on. Units an issue names carry
 * a red (error) or amber (warning) dot whose tooltip is the message.
 */
import type { Issue } from '../../src/index.js';
import { t } from './i18n.js';
import type { FlowNode, Locale, ValidateAnswer } from './protocol.js';
import { svg, titled } from './svg.js';

const ROW = 18;
const TOP = 46;
const WIDTH = 980;
const LEFT_X = 360;
const RIGHT_X = 600;
const RANK = { error: 2, warning: 1, info: 0 } as const;

interface Marks {
  readonly severity: Issue['severity'];
  readonly messages: string[];
}

function issueMarks(issues: readonly Issue[], locale: Locale): Map<string, Marks> {
  const marks = new Map<string, Marks>();
  for (const issue of issues) {
    for (const id of issue.unitIds ?? []) {
      const known = marks.get(id);
      const message = `${issue.severity} ${issue.code}: ${issue.message[locale] ?? issue.message.vi}`;
      if (known === undefined) marks.set(id, { severity: issue.severity, messages: [message] });
      else marks.set(id, { severity: RANK[issue.severity] > RANK[known.severity] ? issue.severity : known.severity, messages: [...known.messages, message] });
    }
  }
  return marks;
}

/** Draws `answer`'s flows into `container` (replacing what was there). */
export function drawFlows(container: HTMLElement, answer: ValidateAnswer, locale: Locale): void {
  const marks = issueMarks(answer.issues, locale);
  const incoming = new Map<string, string[]>();
  for (const flow of answer.flows) incoming.set(flow.to, [...(incoming.get(flow.to) ?? []), flow.from]);
  // higher levels first (a province above its communes), then the plan's order
  const right = [...answer.started].sort((a, b) => Number(a.communeLevel) - Number(b.communeLevel));
  const leftById = new Map(answer.ended.map((node) => [node.id, node]));
  const leftY = new Map<string, number>();
  const rightY = new Map<string, number>();
  const leftOrder: FlowNode[] = [];
  let nextRight = 0;
  for (const node of right) {
    const first = leftOrder.length;
    for (const id of incoming.get(node.id) ?? []) {
      const source = leftById.get(id);
      if (source === undefined || leftY.has(id)) continue;
      leftY.set(id, TOP + leftOrder.length * ROW);
      leftOrder.push(source);
    }
    const middle = leftOrder.length > first ? TOP + ((first + leftOrder.length - 1) / 2) * ROW : TOP + first * ROW;
    const y = Math.max(nextRight, middle);
    rightY.set(node.id, y);
    nextRight = y + ROW;
  }
  for (const node of answer.ended) {
    if (leftY.has(node.id)) continue;
    leftY.set(node.id, TOP + leftOrder.length * ROW);
    leftOrder.push(node);
  }
  const height = Math.max(TOP + leftOrder.length * ROW, nextRight) + ROW;

  const root = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: WIDTH,
    height,
    role: 'img',
    'aria-labelledby': 'flows-title',
    class: 'flows',
  });
  const endedCount = answer.ended.length;
  const startedCount = answer.started.filter((node) => !node.existing).length;
  root.append(svg('title', { id: 'flows-title' }, `${t('ended', locale)}: ${endedCount} → ${t('started', locale)}: ${startedCount}`));
  root.append(svg('text', { x: LEFT_X, y: 18, 'text-anchor': 'end', class: 'column' }, `${t('ended', locale)} (${endedCount})`));
  root.append(svg('text', { x: RIGHT_X, y: 18, class: 'column' }, `${t('started', locale)} (${startedCount})`));

  const lines = svg('g', { class: 'lines' });
  for (const flow of answer.flows) {
    const y1 = (leftY.get(flow.from) ?? 0) + ROW / 2 - 2;
    const y2 = (rightY.get(flow.to) ?? 0) + ROW / 2 - 2;
    const x1 = LEFT_X + 8;
    const x2 = RIGHT_X - 8;
    const mid = (x1 + x2) / 2;
    lines.append(svg('path', { d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`, class: `flow ${flow.mode}`, 'data-from': flow.from, 'data-to': flow.to }));
  }
  root.append(lines);

  const nodes = svg('g', { class: 'nodes' });
  const drawNode = (node: FlowNode, y: number, side: 'left' | 'right') => {
    const mark = marks.get(node.id);
    const group = svg('g', { class: `node ${side}${node.existing && side === 'right' ? ' existing' : ''}${node.communeLevel ? '' : ' upper'}`, 'data-id': node.id });
    const barX = side === 'left' ? LEFT_X : RIGHT_X - 8;
    group.append(svg('rect', { x: barX, y: y + 2, width: 8, height: ROW - 6, rx: 2, class: 'bar' }));
    const textX = side === 'left' ? LEFT_X - (mark ? 20 : 6) : RIGHT_X + (mark ? 22 : 8);
    group.append(svg('text', { x: textX, y: y + ROW / 2 + 2, 'text-anchor': side === 'left' ? 'end' : 'start' }, node.name));
    if (mark !== undefined) {
      group.append(svg('circle', { cx: side === 'left' ? LEFT_X - 10 : RIGHT_X + 12, cy: y + ROW / 2 - 2, r: 5, class: `mark ${mark.severity}` }));
      group.setAttribute('tabindex', '0');
      group.setAttribute('aria-label', `${node.name}: ${mark.messages.join('; ')}`);
      titled(group, `${node.name}\n${mark.messages.join('\n')}`);
    } else {
      titled(group, `${node.name} (${node.id})`);
    }
    nodes.append(group);
  };
  for (const node of leftOrder) drawNode(node, leftY.get(node.id) ?? 0, 'left');
  for (const node of right) drawNode(node, rightY.get(node.id) ?? 0, 'right');
  root.append(nodes);

  // hovering or focusing a unit lights its lines
  const light = (target: EventTarget | null, on: boolean) => {
    const group = (target as Element | null)?.closest?.('g.node');
    const id = group?.getAttribute('data-id');
    if (id === undefined || id === null) return;
    for (const path of lines.querySelectorAll(`path[data-from="${CSS.escape(id)}"], path[data-to="${CSS.escape(id)}"]`)) path.classList.toggle('lit', on);
  };
  root.addEventListener('mouseover', (event) => light(event.target, true));
  root.addEventListener('mouseout', (event) => light(event.target, false));
  root.addEventListener('focusin', (event) => light(event.target, true));
  root.addEventListener('focusout', (event) => light(event.target, false));

  const legend = document.createElement('p');
  legend.className = 'legend';
  legend.innerHTML = [
    `<span class="key full"></span>${t('full', locale)}`,
    `<span class="key partial"></span>${t('partial', locale)}`,
    `<span class="key dissolved"></span>${t('dissolved', locale)}`,
    `<span class="dot error"></span>${t('errors', locale)}`,
    `<span class="dot warning"></span>${t('warnings', locale)}`,
    `<span class="dot info"></span>${t('infos', locale)}`,
  ].join(' ');
  const scroller = document.createElement('div');
  scroller.className = 'scroller';
  scroller.tabIndex = 0;
  scroller.setAttribute('aria-label', t('pictureSection', locale));
  scroller.append(root);
  container.replaceChildren(legend, scroller);
}
