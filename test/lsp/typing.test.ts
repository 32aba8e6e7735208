// Half-typed YAML: a case typed character by character, and the usual broken states of a line
// being written, answer every editing request without an error.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver/node';
import { codes, Harness, SAMPLES } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

const REL = 'cases/2026/vgr-2026-012.case.yaml';
const SAMPLE = fs.readFileSync(path.join(SAMPLES, REL), 'utf8');

/** Completion, hover, outline and quick fixes at a position of the current version; all must answer. */
async function ask(h: Harness, document: TextDocument, position: Position): Promise<void> {
  const uri = h.uri(REL);
  const textDocument = { uri };
  // The completion request flushes the pending check: the diagnostics of this version come first.
  await h.client.sendRequest('textDocument/completion', { textDocument, position });
  const published = h.latest(REL);
  expect(published?.version, document.getText().slice(-80)).toBe(document.version);
  await h.client.sendRequest('textDocument/hover', { textDocument, position });
  await h.client.sendRequest('textDocument/documentSymbol', { textDocument });
  const whole = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
  await h.client.sendRequest('textDocument/codeAction', { textDocument, range: whole, context: { diagnostics: published!.diagnostics } });
}

describe('typing a case', () => {
  it('every prefix of a sample case, typed 40 characters per change, gets answers and no error', async () => {
    h = await Harness.start();
    // The file is new: typed into an empty editor.
    fs.rmSync(path.join(h.root, REL));
    let document = TextDocument.create(h.uri(REL), 'casefile', 1, '');
    await h.open(REL, '');
    for (let i = 0; i < SAMPLE.length; i += 40) {
      // One change of single-character edits, each at the end of the text before it.
      const changes = [...SAMPLE.slice(i, i + 40)].map((ch, k) => ({ range: rangeAtEnd(SAMPLE.slice(0, i + k)), text: ch }));
      const version = await h.edit(REL, changes);
      document = TextDocument.update(document, changes, version);
      expect(document.getText()).toBe(SAMPLE.slice(0, i + 40));
      await ask(h, document, document.positionAt(document.getText().length));
    }
    expect(codes(h.latest(REL))).toEqual(['billing-model', 'third-country-data']);
    expect(h.errors).toEqual([]);
  });

  it('lines half written answer at every character of the line, without an error', async () => {
    h = await Harness.start();
    await h.open(REL, SAMPLE);
    const lines = [
      'stakeholders:\n  - { role: leg',
      'kind:',
      'kind:\t',
      '\tphase: needs',
      'anchoring:\n\t- unit: VGR',
      '-',
      '- ',
      'directed_at:\n  - unit: \n    asks: [staff-',
      'links:\n  related: [VGR-20',
      'title: "not closed',
      "summary: 'not closed",
      'data: { personal_data: tr',
      '? ',
      'log:\n  - date: 2026-\n    note: >-\n',
      '&anchor',
      '*alias',
      '!!binary',
      ': :',
      '#',
    ];
    for (const line of lines) {
      // Typed at the end of the file, then at the top, where the mapping starts.
      for (const at of [SAMPLE.length, SAMPLE.indexOf('version: 1')]) {
        const text = SAMPLE.slice(0, at) + line + '\n' + SAMPLE.slice(at);
        const version = await h.change(REL, text);
        const document = TextDocument.create(h.uri(REL), 'casefile', version, text);
        for (let k = 0; k <= line.length; k++) await ask(h, document, document.positionAt(at + k));
      }
    }
    expect(h.errors).toEqual([]);
  });
});

describe('diagnostics while typing', () => {
  it('an edit to an idle server is validated at once: its diagnostics come before the answer to the next request', async () => {
    h = await Harness.start();
    await h.open(REL, SAMPLE);
    await h.diagnostics(REL, (p) => p.version === 1);
    for (const text of [SAMPLE.replace('kind: test-activity', 'kind: test'), SAMPLE]) {
      const version = await h.change(REL, text);
      // casefile/index does not flush: only a check that did not wait is published before its answer.
      await h.client.sendRequest('casefile/index');
      expect(h.latest(REL)?.version).toBe(version);
    }
    expect(codes(h.latest(REL))).toEqual(['billing-model', 'third-country-data']);
  });

  it('a stakeholder block typed a character per change without waiting: versions only go forward, the last is the final text', async () => {
    h = await Harness.start();
    await h.open(REL, SAMPLE);
    await h.diagnostics(REL, (p) => p.version === 1);
    const at = SAMPLE.indexOf('stakeholders:\n') + 'stakeholders:\n'.length;
    const block = '  - role: data-protection\n    name: Maria Holm\n    unit: VGR/Juridik\n';
    let document = TextDocument.create(h.uri(REL), 'casefile', 1, SAMPLE);
    let last = 1;
    for (let k = 0; k < block.length; k++) {
      const position = document.positionAt(at + k);
      const changes = [{ range: { start: position, end: position }, text: block[k]! }];
      last = await h.edit(REL, changes);
      document = TextDocument.update(document, changes, last);
      // Now and then a feature asks for the current version meanwhile (it flushes the queued check).
      if (k % 17 === 0) await h.client.sendRequest('textDocument/hover', { textDocument: { uri: h.uri(REL) }, position });
    }
    expect(document.getText()).toBe(SAMPLE.slice(0, at) + block + SAMPLE.slice(at));
    const final = await h.diagnostics(REL, (p) => p.version === last);
    expect(codes(final)).toEqual(['billing-model', 'third-country-data']);
    // A round trip later nothing else arrived, and no publish went back to an older version.
    await h.client.sendRequest('casefile/index');
    // The file's diagnostics from start-up, when it was closed, carry no version.
    const versions = h.published.get(h.uri(REL))!.flatMap((p) => p.version ?? []);
    expect(versions.at(-1)).toBe(last);
    for (let i = 1; i < versions.length; i++) expect(versions[i]!, `publish ${i} of ${versions.join(',')}`).toBeGreaterThan(versions[i - 1]!);
    expect(h.errors).toEqual([]);
  });
});

/** An empty range at the end of a text. */
function rangeAtEnd(text: string) {
  const lines = text.split('\n');
  const end = { line: lines.length - 1, character: lines.at(-1)!.length };
  return { start: end, end };
}
