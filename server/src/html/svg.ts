// Chart primitives: inline SVG written as text at build time, so the charts need no script, font or
// library and read the same with JavaScript off. Colours come from classes (styles.ts), never from
// style attributes, so the webview's CSP holds and the editor theme applies.
import { esc } from './escape';

/** Coordinates with one decimal at most: smaller files, no visible difference. */
export const r1 = (n: number): string => String(Math.round(n * 10) / 10);

const tip = (title?: string): string => (title ? `<title>${esc(title)}</title>` : '');

/** The chart's frame: a viewBox that scales to the page, named by its <title> and <desc>. */
export function svg(id: string, width: number, height: number, title: string, desc: string, body: string): string {
  return (
    `<svg class="chart" id="${id}" viewBox="0 0 ${width} ${Math.ceil(height)}" width="100%" role="img" aria-labelledby="${id}-t ${id}-d">` +
    `<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>${body}</svg>`
  );
}

export function rect(x: number, y: number, w: number, h: number, cls: string, title?: string, extra = ''): string {
  const attrs = `x="${r1(x)}" y="${r1(y)}" width="${r1(Math.max(0, w))}" height="${r1(Math.max(0, h))}" class="${cls}"${extra}`;
  return title ? `<rect ${attrs}>${tip(title)}</rect>` : `<rect ${attrs}/>`;
}

export function circle(cx: number, cy: number, r: number, cls: string, title?: string): string {
  const attrs = `cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r)}" class="${cls}"`;
  return title ? `<circle ${attrs}>${tip(title)}</circle>` : `<circle ${attrs}/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, cls: string): string {
  return `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" class="${cls}"/>`;
}

/** Text, escaped here; `anchor` is SVG's text-anchor. */
export function text(x: number, y: number, content: string, cls: string, anchor: 'start' | 'middle' | 'end' = 'start', title?: string): string {
  const a = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
  return `<text x="${r1(x)}" y="${r1(y)}" class="${cls}"${a}>${tip(title)}${esc(content)}</text>`;
}

/** Text cut to `max` characters with an ellipsis; the whole text stays in its tooltip. */
export function clippedText(x: number, y: number, content: string, max: number, cls: string, anchor: 'start' | 'middle' | 'end' = 'start'): string {
  const cut = content.length > max ? `${content.slice(0, max - 1).trimEnd()}…` : content;
  return text(x, y, cut, cls, anchor, cut === content ? undefined : content);
}

/** Words wrapped into lines of at most `max` characters. */
export function wrap(content: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of content.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Lines as tspans under one <text>, the first baseline at `y`; a line may have its own class. */
export function linesText(
  x: number,
  y: number,
  lines: (string | { text: string; cls: string })[],
  lineHeight: number,
  cls: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
): string {
  const a = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
  const spans = lines
    .map((l, i) => {
      const [t, c] = typeof l === 'string' ? [l, ''] : [l.text, ` class="${l.cls}"`];
      return `<tspan x="${r1(x)}" dy="${i === 0 ? 0 : lineHeight}"${c}>${esc(t)}</tspan>`;
    })
    .join('');
  return `<text x="${r1(x)}" y="${r1(y)}" class="${cls}"${a}>${spans}</text>`;
}

export function wrappedText(x: number, y: number, content: string, max: number, lineHeight: number, cls: string, anchor: 'start' | 'middle' | 'end' = 'start'): string {
  return linesText(x, y, wrap(content, max), lineHeight, cls, anchor);
}

/** A round axis maximum and step for `max` (1, 2 or 5 times a power of ten per step). */
export function niceScale(max: number, ticks = 5): { max: number; step: number } {
  if (max <= 0) return { max: 1, step: 1 };
  const raw = max / ticks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw)!;
  const stepInt = Math.max(1, step);
  return { max: Math.ceil(max / stepInt) * stepInt, step: stepInt };
}
