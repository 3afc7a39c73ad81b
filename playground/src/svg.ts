/** Tiny helpers for building SVG with the DOM. */
const NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number>> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A tooltip for an SVG element (read by screen readers too). */
export function titled<T extends SVGElement>(node: T, text: string): T {
  node.append(svg('title', {}, text));
  return node;
}
