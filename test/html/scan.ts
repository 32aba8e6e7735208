// Reading the HTML back: its data-figure elements and the JSON values their paths name.
import type { PortfolioReport } from '../../server/src/engine/portfolio/types';
import { expect } from 'vitest';

export interface Figure {
  path: string;
  text: string;
}

const unescape = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every element with data-figure whose content is plain text. */
export function figures(html: string): Figure[] {
  return [...html.matchAll(/<([a-z]+)\b[^>]*\sdata-figure="([^"]*)"[^>]*>([^<]*)<\/\1>/g)].map((m) => ({ path: unescape(m[2]!), text: m[3]! }));
}

/** How many elements carry data-figure at all: figures() must have found each of them. */
export function figureAttributes(html: string): number {
  return (html.match(/\sdata-figure="/g) ?? []).length;
}

/** The figure's text as a number: digits after the group separators (spaces, NBSP) are removed. */
export function figureValue(text: string): number {
  const digits = text.replace(/[\s\u00a0\u202f]/g, '');
  expect(digits).toMatch(/^-?\d+$/);
  return Number(digits);
}

/** The value at a dotted path ("units.0.active", "findings.byRule.billing-model"). */
export function resolve(report: PortfolioReport, path: string): unknown {
  let node: unknown = report;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** The JSON's figures that the HTML must show, each by its path. */
export function requiredPaths(report: PortfolioReport): string[] {
  return [
    'cases',
    'active',
    'stale.length',
    ...Object.keys(report.phases).map((k) => `phases.${k}`),
    ...Object.keys(report.funnel).map((k) => `funnel.${k}`),
    ...Object.keys(report.outcomes).map((k) => `outcomes.${k}`),
    'findings.errors',
    'findings.warnings',
    'findings.infos',
    ...Object.keys(report.findings.byRule).map((k) => `findings.byRule.${k}`),
    ...report.units.map((_, i) => `units.${i}.active`),
    ...report.stale.map((_, i) => `stale.${i}.days`),
  ];
}

/** The markup of one section, by id. */
export function section(html: string, id: string): string {
  const m = new RegExp(`<section id="${id}">([\\s\\S]*?)</section>`).exec(html);
  expect(m, `section ${id}`).not.toBeNull();
  return m![1]!;
}
