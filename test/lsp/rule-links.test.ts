// Rule links: the diagnostic's code link and the hover's link follow the client's link base
// (initializationOptions.docsLink), and the casefile.docsUrl setting wins over it.
import { afterEach, describe, expect, it } from 'vitest';
import type { Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

const FILE = 'cases/2026/vgr-2026-027.case.yaml';
const HOVER = 'command:casefile.showRuleDocs?%5B%22{rule}%22%5D';
const href = (p: PublishDiagnosticsParams) => p.diagnostics[0]?.codeDescription?.href;

async function hoverLink(harness: Harness, p: PublishDiagnosticsParams): Promise<string | undefined> {
  const hover = (await harness.client.sendRequest('textDocument/hover', { textDocument: { uri: harness.uri(FILE) }, position: p.diagnostics[0]!.range.start })) as Hover;
  return /\[Documentation: unanchored-request\]\(([^)]*)\)/.exec((hover.contents as MarkupContent).value)?.[1];
}

describe('rule links', () => {
  it('use the client’s link base in diagnostics and hovers', async () => {
    h = await Harness.start({ init: { locale: 'en', docsLink: 'vscode://casefile.casefile/rule/{rule}' } });
    expect(href(await h.diagnostics(FILE))).toBe('vscode://casefile.casefile/rule/unanchored-request');
    await h.open(FILE);
    const opened = await h.diagnostics(FILE, (p) => p.version === 1);
    expect(href(opened)).toBe('vscode://casefile.casefile/rule/unanchored-request');
    expect(await hoverLink(h, opened)).toBe('vscode://casefile.casefile/rule/unanchored-request');
    expect(h.errors).toEqual([]);
  });

  it('use the client’s hover link base in hovers only', async () => {
    h = await Harness.start({ init: { locale: 'en', docsLink: 'vscode://casefile.casefile/rule/{rule}', hoverDocsLink: HOVER } });
    await h.open(FILE);
    const opened = await h.diagnostics(FILE, (p) => p.version === 1);
    expect(href(opened)).toBe('vscode://casefile.casefile/rule/unanchored-request');
    expect(await hoverLink(h, opened)).toBe('command:casefile.showRuleDocs?%5B%22unanchored-request%22%5D');
  });

  it('follow the casefile.docsUrl setting when it changes', async () => {
    h = await Harness.start({ init: { locale: 'en', docsLink: 'vscode://casefile.casefile/rule/{rule}', hoverDocsLink: HOVER } });
    await h.open(FILE);
    await h.diagnostics(FILE, (p) => p.version === 1);
    h.settings.docsUrl = 'https://intranet.example.org/casefile/rules';
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: { casefile: { docsUrl: h.settings.docsUrl } } });
    const changed = await h.diagnostics(FILE, (p) => p.version === 1 && href(p) !== 'vscode://casefile.casefile/rule/unanchored-request');
    expect(href(changed)).toBe('https://intranet.example.org/casefile/rules/unanchored-request.md');
    expect(await hoverLink(h, changed)).toBe('https://intranet.example.org/casefile/rules/unanchored-request.md');
    // Not a web address: ignored, as the setting's pattern says.
    h.settings.docsUrl = 'intranet/rules';
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: { casefile: { docsUrl: 'intranet/rules' } } });
    await h.diagnostics(FILE, (p) => p.version === 1 && href(p) === 'vscode://casefile.casefile/rule/unanchored-request');
    // Cleared: back to the client's pages.
    h.settings.docsUrl = '';
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: { casefile: { docsUrl: '' } } });
    const cleared = await h.diagnostics(FILE, (p) => p.version === 1 && href(p) === 'vscode://casefile.casefile/rule/unanchored-request');
    expect(await hoverLink(h, cleared)).toBe('command:casefile.showRuleDocs?%5B%22unanchored-request%22%5D');
  });

  it('go to the project’s pages without a link base', async () => {
    h = await Harness.start();
    expect(href(await h.diagnostics(FILE))).toBe('https://github.com/casefile/casefile/blob/main/docs/rules/unanchored-request.md');
  });
});
