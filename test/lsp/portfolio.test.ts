// casefile/portfolio: the server builds the Portfolio webview's whole document from the workspace's
// index: a strict Content-Security-Policy with the client's nonce, the samples' figures in
// data-figure elements, and case links that name files of the index.
import { afterEach, describe, expect, it } from 'vitest';
import type { PhaseHistory } from '../../server/src/engine/git/phase-log';
import { INDEX_CHANGED_NOTIFICATION, INDEX_REQUEST, PORTFOLIO_REQUEST, type PortfolioResult } from '../../server/src/shared/protocol';
import { Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

const NONCE = 'r4nd0mN0nce+/AB12';
// samples/README.md: the phase of every sample case.
const SAMPLE_PHASES = { needs: 3, planning: 3, execution: 4, result: 2, closed: 4 };
const NO_GIT = async (): Promise<PhaseHistory> => ({ state: 'none', changes: new Map() });

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The text of the element whose data-figure is `path`, as a number. */
function figure(html: string, path: string): number | undefined {
  const m = new RegExp(`<[a-z]+\\b[^>]*\\bdata-figure="${path.replace(/\./g, '\\.')}"[^>]*>\\s*([^<]*)<`).exec(html);
  return m ? Number(m[1]!.replace(/[\s\u00a0\u202f,]/g, '')) : undefined;
}

async function portfolio(harness: Harness, nonce = NONCE): Promise<string> {
  const result: PortfolioResult = await harness.client.sendRequest(PORTFOLIO_REQUEST, { nonce });
  return result.html;
}

describe('casefile/portfolio', () => {
  it('returns the document with a strict CSP carrying the nonce, one script with that nonce, and nothing remote', async () => {
    h = await Harness.start({ readPhaseHistory: NO_GIT });
    const html = await portfolio(h);
    expect(html).toMatch(/^\s*<!doctype html>/i);
    const csp = /<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/i.exec(html)?.[0];
    expect(csp, 'a CSP meta element').toBeDefined();
    const policy = unescape(/content="([^"]*)"/.exec(csp!)?.[1] ?? '');
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toContain(`'nonce-${NONCE}'`);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(unescape(scripts[0]!)).toContain(`nonce="${NONCE}"`);
    expect(html).not.toMatch(/\bsrc\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b[^>]*\bhref\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/\sstyle=/i);
    for (const id of ['headline', 'funnel', 'time-in-phase', 'months', 'units', 'stale', 'findings']) expect(html).toContain(`<section id="${id}"`);
  });

  it("shows the samples' cases per phase and links cases to files of the index", async () => {
    h = await Harness.start({ readPhaseHistory: NO_GIT });
    const html = await portfolio(h);
    for (const [phase, count] of Object.entries(SAMPLE_PHASES)) expect(figure(html, `phases.${phase}`), phase).toBe(count);
    const index = await h.client.sendRequest(INDEX_REQUEST);
    const uris = new Set(index.cases.map((c) => c.uri));
    const links = [...html.matchAll(/<a\b[^>]*\bdata-open="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => ({ file: unescape(m[1]!), text: m[2]!.trim() }));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !uris.has(l.file))).toEqual([]);
    const planning = links.find((l) => l.text === 'VGR-2025-017');
    expect(planning?.file).toBe(h.uri('cases/2025/vgr-2025-017.case.yaml'));
    // The tooltip is the path in the repository, not the file:// URI.
    expect(html).toMatch(/<a\b[^>]*\btitle="cases\/2025\/vgr-2025-017\.case\.yaml"[^>]*>VGR-2025-017<\/a>/);
  });

  it('takes a fresh nonce each time and speaks the UI language', async () => {
    h = await Harness.start({ readPhaseHistory: NO_GIT });
    const first = await portfolio(h, 'N0nceFirst1');
    const second = await portfolio(h, 'N0nceSecond2');
    expect(second).toContain("'nonce-N0nceSecond2'");
    expect(second).not.toContain('N0nceFirst1');
    // Apart from the nonce, the same index gives the same document (the client skips such a render).
    expect(second.replace(/N0nceSecond2/g, 'N0nceFirst1')).toBe(first);
    await h.dispose();
    h = await Harness.start({ readPhaseHistory: NO_GIT, init: { locale: 'sv' } });
    expect(await portfolio(h, 'N0nceFirst1')).not.toBe(first);
  });

  it('says the index changed when casefile.language changes, and then speaks the new language', async () => {
    h = await Harness.start({ readPhaseHistory: NO_GIT });
    const english = await portfolio(h);
    const announced = h.notification(INDEX_CHANGED_NOTIFICATION.method);
    h.language = 'sv';
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: { casefile: { language: 'sv' } } });
    await announced;
    const swedish = await portfolio(h);
    expect(swedish).not.toBe(english);
    expect(swedish).toMatch(/lang="sv"/);
  });
});
