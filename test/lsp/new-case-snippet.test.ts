// casefile/newCase with `snippet`: the server creates the empty file and returns the skeleton as a
// snippet (placeholders as tab stops) for the client to insert; the expanded skeleton reports them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { URI } from 'vscode-uri';
import type { ApplyWorkspaceEditParams, CreateFile } from 'vscode-languageserver/node';
import type { NewCaseResult } from '../../server/src/shared/protocol';
import { expandSnippet } from '../../server/src/engine/editing/snippets';
import { Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

describe('new case as a snippet', () => {
  it('creates the file empty and returns the skeleton with its placeholders as tab stops', async () => {
    const apply = (p: ApplyWorkspaceEditParams) => {
      const changes = p.edit.documentChanges as CreateFile[];
      expect(changes.map((c) => c.kind)).toEqual(['create']);
      const file = URI.parse(changes[0]!.uri).fsPath;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, '');
      return { applied: true };
    };
    h = await Harness.start({ applyEdit: apply });
    const result = (await h.client.sendRequest('casefile/newCase', { kind: 'dialogue', id: 'VGR-2026-031', title: 'Pris $5 {netto}', snippet: true })) as NewCaseResult;
    const rel = 'cases/2026/vgr-2026-031.case.yaml';
    expect(result.uri).toBe(h.uri(rel));
    expect(h.read(rel)).toBe('');
    const snippet = result.snippet!;
    expect(snippet).toMatch(/^version: 1\nid: VGR-2026-031\ntitle: Pris \\\$5 \{netto\\\}\n/);
    expect(snippet).toContain('organisation: ${6:ORGANISATION}');
    expect(snippet).toContain('name: ${20:NAME}');
    // Inserted and kept as it comes, the fresh case reports its placeholders: not "No problems".
    await h.open(rel, expandSnippet(snippet));
    const published = await h.diagnostics(rel, (p) => p.version === 1);
    const placeholders = published.diagnostics.filter((d) => d.code === 'placeholder');
    expect(placeholders.length).toBeGreaterThanOrEqual(3);
    expect(placeholders.every((d) => d.severity === 3)).toBe(true); // info: the case is in needs
  });

  it('without `snippet` inserts the plain skeleton as before and returns no snippet', async () => {
    h = await Harness.start();
    const result = (await h.client.sendRequest('casefile/newCase', { kind: 'dialogue', id: 'VGR-2026-032', title: 'T' })) as NewCaseResult;
    expect(result.snippet).toBeUndefined();
    expect(h.applied[0]!.edit.documentChanges).toHaveLength(2);
  });
});
