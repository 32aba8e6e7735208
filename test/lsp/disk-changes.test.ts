// Files created, changed and deleted on disk while closed (workspace/didChangeWatchedFiles).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseIndex } from '../../server/src/shared/protocol';
import { expectLikeCli } from './cli-compare';
import { codes, Harness, SAMPLES } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

describe('files changed on disk', () => {
  it('a deleted case leaves the index and its diagnostics are cleared', async () => {
    h = await Harness.start();
    const rel = 'cases/2026/vgr-2026-027.case.yaml';
    expect(codes(await h.diagnostics(rel))).toEqual(['unanchored-request']);
    fs.rmSync(path.join(h.root, rel));
    await h.filesChanged([[rel, 3]]);
    await h.diagnostics(rel, (p) => p.diagnostics.length === 0);
    const index = (await h.client.sendRequest('casefile/index')) as CaseIndex;
    expect(index.cases.map((c) => c.uri)).not.toContain(h.uri(rel));
    expect(index.cases).toHaveLength(15);
    await expectLikeCli(h);
    expect(h.errors).toEqual([]);
  });

  it('a deleted casefile.yaml makes the defaults apply to every case, re-published', async () => {
    h = await Harness.start();
    const nda = 'cases/2026/vas-2026-003.case.yaml';
    expect((await h.diagnostics(nda)).diagnostics.find((d) => d.code === 'nda-public-staff')!.severity).toBe(1);
    fs.rmSync(path.join(h.root, 'casefile.yaml'));
    await h.filesChanged([['casefile.yaml', 3]]);
    await h.diagnostics(nda, (p) => p.diagnostics.some((d) => d.code === 'nda-public-staff' && d.severity !== 1));
    await expectLikeCli(h);
    // Closed files the event did not name follow the defaults too (stale-case is info by default).
    expect(h.latest('cases/2026/skane-2026-002.case.yaml')!.diagnostics.map((d) => [d.code, d.severity])).toEqual([['stale-case', 3]]);
    expect(h.errors).toEqual([]);
  });

  it('a created directory.yaml starts the unknown-reference checks of units and people', async () => {
    const text = fs.readFileSync(path.join(SAMPLES, 'cases/2026/vgr-2026-030.case.yaml'), 'utf8');
    const rel = 'cases/x.case.yaml';
    const unit = /unit: (\S+)/.exec(text)![1]!;
    h = await Harness.start({ from: null, files: { '.git/HEAD': '', [rel]: text.replace(`unit: ${unit}`, 'unit: VGR/Nowhere') } });
    await h.client.sendRequest('casefile/index');
    expect(codes(h.latest(rel))).not.toContain('unknown-reference');
    fs.copyFileSync(path.join(SAMPLES, 'directory.yaml'), path.join(h.root, 'directory.yaml'));
    await h.filesChanged([['directory.yaml', 1]]);
    expect(codes(await h.diagnostics(rel, (p) => codes(p).includes('unknown-reference')))).toContain('unknown-reference');
    await expectLikeCli(h);
    expect(h.errors).toEqual([]);
  });
});
