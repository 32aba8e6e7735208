// Completion, hover, outline, the case index and its notification, over the protocol.
import { afterEach, describe, expect, it } from 'vitest';
import { CompletionItemKind, InsertTextFormat, type CompletionList, type DocumentSymbol, type Hover, type TextEdit } from 'vscode-languageserver/node';
import type { CaseIndex } from '../../server/src/shared/protocol';
import { Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

/** The line and character of the first occurrence of `needle` (plus `delta` characters). */
function at(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  expect(offset, needle).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset + delta).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

const CASE = 'cases/2026/vgr-2026-030.case.yaml';

describe('editing features', () => {
  it('completes the values of kind in a case file, in the UI language', async () => {
    h = await Harness.start();
    const text = h.read(CASE).replace('kind: dialogue', 'kind: ');
    await h.open(CASE, text);
    const list = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri: h.uri(CASE) }, position: at(text, 'kind: ', 6) })) as CompletionList;
    const labels = list.items.map((i) => i.label);
    expect(labels).toContain('dialogue');
    expect(labels).toContain('test-activity');
    const item = list.items.find((i) => i.label === 'dialogue')!;
    expect(item.textEdit).toBeDefined();
  });

  it('offers the agreement snippets under agreements as LSP snippets, parties filled in, and in no other place', async () => {
    h = await Harness.start();
    const text = `${h.read(CASE)}agreements:\n  - \n`;
    await h.open(CASE, text);
    const position = at(text, 'agreements:\n  - ', 'agreements:\n  - '.length);
    const list = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri: h.uri(CASE) }, position })) as CompletionList;
    const item = list.items.find((i) => i.label === 'agreement-assignment')!;
    expect(item).toMatchObject({ kind: CompletionItemKind.Snippet, insertTextFormat: InsertTextFormat.Snippet, filterText: 'agreement-assignment avtal-uppdragsavtal assignment' });
    expect(item.insertTextMode).toBeUndefined();
    expect((item.documentation as { kind: string }).kind).toBe('markdown');
    const edit = item.textEdit as TextEdit;
    expect(edit.range).toEqual({ start: position, end: position });
    expect(edit.newText).toMatch(
      /^type: assignment\n {2}status: \$\{1\|draft,negotiating\|\}\n {2}parties: \[\$\{2:"Samverkanskontoret Väst–Syd–Mälardalen \(fiktivt\)"\}, \$\{3:Sårbild AB\}\]\n/,
    );
    const kind = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri: h.uri(CASE) }, position: at(text, 'kind: ', 6) })) as CompletionList;
    expect(kind.items.filter((i) => i.kind === CompletionItemKind.Snippet)).toEqual([]);
  });

  it('completes links.related with the ids of the repository, titles beside them', async () => {
    h = await Harness.start();
    const text = `${h.read(CASE)}links:\n  related: []\n`;
    await h.open(CASE, text);
    const list = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri: h.uri(CASE) }, position: at(text, 'related: [', 10) })) as CompletionList;
    const other = list.items.find((i) => i.label === 'VGR-2026-012')!;
    expect(other.detail).toBe('Test av AI-baserad bemanningsplanering på medicinområdet NÄL');
    expect((other.documentation as { value: string }).value).toMatch(/^\*\*Kind:\*\* .+ \(`[a-z-]+`\)\n\n\*\*Phase:\*\* /);
    expect(list.items.map((i) => i.label)).not.toContain('VGR-2026-030');
  });

  it('completes nothing in other files', async () => {
    h = await Harness.start({ files: { 'notes.yaml': 'kind: \n' } });
    await h.open('notes.yaml', 'kind: \n', 'yaml');
    const list = await h.client.sendRequest('textDocument/completion', { textDocument: { uri: h.uri('notes.yaml') }, position: { line: 0, character: 6 } });
    expect(list).toBeNull();
  });

  it('hovers with the schema documentation, in Swedish when asked', async () => {
    h = await Harness.start({ init: { locale: 'sv' } });
    const text = h.read(CASE);
    await h.open(CASE, text);
    const hover = (await h.client.sendRequest('textDocument/hover', { textDocument: { uri: h.uri(CASE) }, position: at(text, 'phase: needs', 2) })) as Hover;
    expect(hover).not.toBeNull();
    const value = (hover.contents as { value: string }).value;
    expect(value.length).toBeGreaterThan(10);
    expect(hover.range!.start.line).toBe(at(text, 'phase: needs').line);
  });

  it('outlines a case', async () => {
    h = await Harness.start();
    await h.open(CASE);
    const symbols = (await h.client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: h.uri(CASE) } })) as DocumentSymbol[];
    expect(symbols.length).toBeGreaterThan(0);
    const all = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children ?? [])]);
    const flat = all(symbols);
    expect(flat.some((s) => /VGR-2026-030|stakeholders|anchoring/i.test(`${s.name} ${s.detail ?? ''}`))).toBe(true);
    for (const s of flat) {
      expect(s.name.length).toBeGreaterThan(0);
      const inside = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
      expect(inside(s.range.start, s.selectionRange.start) && inside(s.selectionRange.end, s.range.end)).toBe(true);
    }
  });

  it('answers the index request and notifies when the index changes', async () => {
    h = await Harness.start();
    const index = (await h.client.sendRequest('casefile/index')) as CaseIndex;
    expect(index.cases).toHaveLength(16);
    expect([index.errors, index.warnings, index.infos]).toEqual([3, 3, 0]);
    expect(index.validatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const c = index.cases.find((x) => x.uri === h!.uri('cases/2026/vas-2026-003.case.yaml'))!;
    expect(c).toMatchObject({ id: 'VAS-2026-003', kind: 'co-development', phase: 'planning', errors: 1, warnings: 1, infos: 0 });

    const changed = h.notification<{ errors: number; validatedAt: string }>('casefile/indexChanged', (p) => p.errors === 4);
    const text = h.read(CASE);
    await h.open(CASE, text);
    await h.change(CASE, text.replace('phase: needs', 'phase: nedds'));
    expect((await changed).validatedAt).toBeDefined();
    const after = (await h.client.sendRequest('casefile/index')) as CaseIndex;
    const edited = after.cases.find((x) => x.uri === h!.uri(CASE))!;
    expect(edited.errors).toBe(1);
    expect(edited.phase).toBeUndefined(); // an unknown phase is left out
  });
});
