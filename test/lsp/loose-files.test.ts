// Files the user opens that are not case files of a workspace folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseIndex } from '../../server/src/shared/protocol';
import { codes, Harness, removeTempFolders, SAMPLES, tempFolder } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
  removeTempFolders();
});

const CASE = fs.readFileSync(path.join(SAMPLES, 'cases/2026/vgr-2026-030.case.yaml'), 'utf8');

const outside = () => tempFolder('loose');

describe('a case file outside the workspace folders', () => {
  it('gets diagnostics and editing features while open, and loses them when closed', async () => {
    h = await Harness.start();
    const file = path.join(outside(), 'loose.case.yaml');
    fs.writeFileSync(file, CASE);
    await h.open(file, CASE.replace('kind: dialogue', 'kind: dialog'));
    expect(codes(await h.diagnostics(file, (p) => p.version === 1))).toEqual(['schema']);
    const hover = await h.client.sendRequest('textDocument/hover', {
      textDocument: { uri: h.uri(file) },
      position: { line: CASE.split('\n').findIndex((l) => l.startsWith('kind:')), character: 1 },
    });
    expect(hover).not.toBeNull();
    // The workspace's own cases are as they were (no duplicate id across the two).
    expect(codes(h.latest('cases/2026/vgr-2026-030.case.yaml'))).toEqual([]);
    await h.close(file);
    expect((await h.diagnostics(file, (p) => p.version === undefined)).diagnostics).toEqual([]);
    const index = (await h.client.sendRequest('casefile/index')) as CaseIndex;
    expect(index.cases.map((c) => c.uri)).not.toContain(h.uri(file));
    expect(h.errors).toEqual([]);
  });
});

describe('a loose repository', () => {
  it('is dropped with its settings diagnostics when its last open file closes', async () => {
    h = await Harness.start();
    const dir = outside();
    const policy = path.join(dir, 'casefile.yaml');
    fs.writeFileSync(policy, 'rules:\n  stale-cases: off\n');
    const file = path.join(dir, 'cases', 'loose.case.yaml');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, CASE);
    await h.open(file, CASE);
    expect(codes(await h.diagnostics(policy, (p) => p.diagnostics.length > 0))).toEqual(['schema']);
    await h.close(file);
    expect((await h.diagnostics(policy, (p) => p.diagnostics.length === 0)).diagnostics).toEqual([]);
    const index = (await h.client.sendRequest('casefile/index')) as CaseIndex;
    expect(index.cases.map((c) => c.uri)).not.toContain(h.uri(file));
    expect(h.errors).toEqual([]);
  });
});

describe('a YAML file that is not a case file', () => {
  it('gets no diagnostics and no answers, inside the workspace or outside', async () => {
    h = await Harness.start();
    const loose = path.join(outside(), 'other.yaml');
    for (const file of ['other.yaml', loose]) {
      const text = 'kind: \nid: [\n';
      fs.writeFileSync(h.path(file), text);
      await h.open(file, text, 'yaml');
      await h.change(file, 'kind: \nid: [x\n');
      const uri = h.uri(file);
      const textDocument = { uri };
      const position = { line: 0, character: 6 };
      const completion = (await h.client.sendRequest('textDocument/completion', { textDocument, position })) as { items: unknown[] } | null;
      expect(completion?.items ?? []).toEqual([]);
      expect(await h.client.sendRequest('textDocument/hover', { textDocument, position })).toBeNull();
      expect(await h.client.sendRequest('textDocument/documentSymbol', { textDocument })).toBeNull();
      const diagnostic = { range: { start: position, end: position }, message: 'x', source: 'casefile', data: { rule: 'schema', offset: 0, endOffset: 1 } };
      expect(await h.client.sendRequest('textDocument/codeAction', { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } })).toEqual([]);
      // The requests ran the pending check of the change: nothing was published for the file.
      expect(h.latest(file)).toBeUndefined();
    }
    expect(h.errors).toEqual([]);
  });
});
