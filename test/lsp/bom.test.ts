// A document that starts with a byte-order mark: every answer lands on the same characters as for
// the text without it, one character to the right on the first line.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionList, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver/node';
import { Harness, SAMPLES } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

const REL = 'cases/2026/vgr-2026-012.case.yaml';
// Comments dropped, so the first line carries a finding (a wrong version) and a hover target.
const TEXT = fs
  .readFileSync(path.join(SAMPLES, REL), 'utf8')
  .replace(/^(#.*\n)+/, '')
  .replace('version: 1', 'version: 7');

/** Moves every position on the first line one character right (past the mark). */
function shifted<T>(value: T): T {
  if (Array.isArray(value)) return value.map(shifted) as T;
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (typeof o.line === 'number' && typeof o.character === 'number' && Object.keys(o).length === 2) {
    return (o.line === 0 ? { line: 0, character: o.character + 1 } : o) as T;
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shifted(v)])) as T;
}

/** The position of the first occurrence of `needle` (plus `delta`) in the text without the mark. */
function at(needle: string, delta = 0): { line: number; character: number } {
  const offset = TEXT.indexOf(needle);
  expect(offset, needle).toBeGreaterThanOrEqual(0);
  const before = TEXT.slice(0, offset + delta).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

const PLACES = [at('version: 7', 2), at('version: 7', 9), at('kind: test-activity', 6), at('phase: execution', 3), at('billing:', 3), at('fixed-price', 2)];

/** Every answer of the server for the text, with or without the mark. */
async function answers(bom: boolean) {
  h = await Harness.start();
  const text = (bom ? '\ufeff' : '') + TEXT;
  await h.open(REL, text);
  const uri = h.uri(REL);
  const move = (p: { line: number; character: number }) => (bom ? shifted(p) : p);
  const published = await h.diagnostics(REL, (p) => p.version === 1);
  const diagnostics: Diagnostic[] = published.diagnostics;
  const hovers = [];
  const completions = [];
  for (const place of PLACES) {
    hovers.push(await h.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: move(place) }));
    const list = (await h.client.sendRequest('textDocument/completion', { textDocument: { uri }, position: move(place) })) as CompletionList | null;
    completions.push(list?.items ?? []);
  }
  const actions = (await h.client.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics },
  })) as CodeAction[];
  const symbols = await h.client.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  // The text each quick fix leaves, as the client would apply it.
  const results = actions.map((a) => {
    const change = a.edit!.documentChanges![0] as TextDocumentEdit;
    return TextDocument.applyEdits(TextDocument.create(uri, 'casefile', 1, text), change.edits as TextEdit[]);
  });
  expect(h.errors).toEqual([]);
  // The two runs have different temporary folders.
  const root = h.uri('');
  await h.dispose();
  h = undefined;
  return JSON.parse(JSON.stringify({ diagnostics, hovers, completions, actions, symbols, results }).split(root).join('ROOT')) as {
    diagnostics: Diagnostic[];
    hovers: unknown[];
    completions: unknown[][];
    actions: CodeAction[];
    symbols: unknown;
    results: string[];
  };
}

describe('a document with a byte-order mark', () => {
  it('gets diagnostics, hovers, completions, quick fixes and symbols at the same characters', async () => {
    const plain = await answers(false);
    const marked = await answers(true);
    // The sample has findings on the first line and elsewhere, and quick fixes for them.
    expect(plain.diagnostics.some((d) => d.range.start.line === 0)).toBe(true);
    expect(plain.diagnostics.some((d) => d.range.start.line > 0)).toBe(true);
    expect(plain.actions.length).toBeGreaterThan(1);
    expect(plain.hovers.filter(Boolean).length).toBeGreaterThan(3);
    expect(plain.completions.some((c) => c.length > 0)).toBe(true);

    expect(marked.diagnostics).toEqual(shifted(plain.diagnostics));
    expect(marked.hovers).toEqual(shifted(plain.hovers));
    expect(marked.completions).toEqual(shifted(plain.completions));
    expect(marked.symbols).toEqual(shifted(plain.symbols));
    expect(marked.actions).toEqual(shifted(plain.actions));
    expect(marked.results).toEqual(plain.results.map((t) => '\ufeff' + t));
  });
});
