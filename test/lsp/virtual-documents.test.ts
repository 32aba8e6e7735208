// Documents with no file on disk (untitled:, vscode-vfs:) are checked as loose files: no repository,
// the default settings, diagnostics and the editing features while open.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CompletionList, DocumentSymbol, Hover } from 'vscode-languageserver/node';
import type { CaseIndex } from '../../server/src/shared/protocol';
import { codes, Harness, message, SAMPLES } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

// Has an NDA with public staff: an error under the samples' policy, a warning by default.
const NDA = fs.readFileSync(path.join(SAMPLES, 'cases/2026/vas-2026-003.case.yaml'), 'utf8');
const kindLine = NDA.split('\n').findIndex((l) => l.startsWith('kind:'));

async function editingAnswers(h: Harness, uri: string) {
  const textDocument = { uri };
  const hover = (await h.client.sendRequest('textDocument/hover', { textDocument, position: { line: kindLine, character: 1 } })) as Hover | null;
  const completion = (await h.client.sendRequest('textDocument/completion', { textDocument, position: { line: kindLine, character: 6 } })) as CompletionList | null;
  const symbols = (await h.client.sendRequest('textDocument/documentSymbol', { textDocument })) as DocumentSymbol[] | null;
  return { hover, completion, symbols };
}

describe.each([
  ['an untitled document', 'untitled:Untitled-1'],
  ['a document of a virtual workspace', 'vscode-vfs://github/o/r/cases/a.case.yaml'],
])('%s', (_, uri) => {
  it('gets diagnostics under the default settings, hover, completion and outline, and loses them when closed', async () => {
    h = await Harness.start();
    // The workspace's copy is checked under its policy.
    const severity = (p: { diagnostics: { code?: unknown; severity?: number }[] } | undefined) => p?.diagnostics.find((d) => d.code === 'nda-public-staff')?.severity;
    expect(severity(h.latest('cases/2026/vas-2026-003.case.yaml'))).toBe(1);
    await h.open(uri, NDA);
    const published = await h.diagnostics(uri, (p) => p.version === 1);
    expect(codes(published)).toContain('nda-public-staff');
    expect(severity(published)).toBe(2);
    const answers = await editingAnswers(h, uri);
    expect(JSON.stringify(answers.hover?.contents)).toContain('**Kind**');
    expect(answers.completion?.items.map((i) => i.label)).toContain('dialogue');
    expect(answers.symbols?.[0]?.name).toMatch(/^VAS-2026-003/);
    // A change is checked again.
    await h.change(uri, NDA.replace(/^kind: .*$/m, 'kind: dialog'));
    expect(codes(await h.diagnostics(uri, (p) => p.version === 2))).toContain('schema');
    await h.close(uri);
    expect((await h.diagnostics(uri, (p) => p.version === undefined)).diagnostics).toEqual([]);
    const index = (await h.client.sendRequest('casefile/index')) as CaseIndex;
    expect(index.cases.map((c) => c.uri)).not.toContain(uri);
    expect(h.errors).toEqual([]);
  });
});

describe('other virtual documents', () => {
  it('an untitled case is checked again in the language the setting switches to', async () => {
    h = await Harness.start({ from: null, init: { locale: 'en' } });
    const uri = 'untitled:Untitled-1';
    await h.open(uri, NDA);
    const english = await h.diagnostics(uri, (p) => p.version === 1);
    h.language = 'sv';
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: { casefile: { language: 'sv' } } });
    const swedish = await h.diagnostics(uri, (p) => p.diagnostics.some((d, i) => message(d) !== message(english.diagnostics[i])));
    expect(swedish.version).toBe(1);
    expect(codes(swedish)).toEqual(codes(english));
    expect(h.errors).toEqual([]);
  });

  it('a casefile.yaml of a virtual workspace is checked as a policy', async () => {
    h = await Harness.start({ from: null });
    const uri = 'vscode-vfs://github/o/r/casefile.yaml';
    await h.open(uri, 'rules:\n  stale-cases: off\n', 'yaml');
    expect(codes(await h.diagnostics(uri, (p) => p.version === 1))).toEqual(['schema']);
    expect(h.errors).toEqual([]);
  });

  it('an untitled YAML document that is not a case gets nothing', async () => {
    h = await Harness.start({ from: null });
    const uri = 'untitled:Untitled-2';
    await h.open(uri, 'kind: \n', 'yaml');
    const hover = await h.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    expect(hover).toBeNull();
    // The hover ran the pending check: nothing was published.
    expect(h.latest(uri)).toBeUndefined();
    expect(h.errors).toEqual([]);
  });
});
