// Re-checking what an event affects: rapid edits, cross-file ids, the policy, files changed on disk.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codes, Harness, message } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

describe('incremental validation', () => {
  it('1,000 rapid edits end with the diagnostics of the last version, and no older result follows a newer one', async () => {
    h = await Harness.start();
    const rel = 'cases/2026/vgr-2026-030.case.yaml';
    const clean = h.read(rel);
    await h.open(rel, clean);
    await h.diagnostics(rel, (p) => p.version === 1);
    let last = 1;
    for (let i = 0; i < 1000; i++) {
      // Every other version has a schema error; the last one has a bad phase value.
      const text =
        i === 999 ? clean.replace('phase: needs', 'phase: nedds') : i % 2 ? clean.replace('kind: dialogue', 'kind: dialog') : clean.replace(/^title: .*$/m, `title: Version ${i}`);
      last = await h.change(rel, text);
    }
    const final = await h.diagnostics(rel, (p) => p.version === last);
    expect(codes(final)).toEqual(['schema']);
    expect(message(final.diagnostics[0])).toMatch(/nedds/);
    const versions = h.published.get(h.uri(rel))!.map((p) => p.version!);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    // Edits arrive faster than validation: they are coalesced, far fewer checks than edits.
    expect(versions.length).toBeLessThan(200);
    // A round trip later, nothing older has arrived.
    await h.client.sendRequest('casefile/index');
    expect(h.latest(rel)!.version).toBe(last);
  });

  it("every published version carries that version's findings, also while the policy re-checks everything", async () => {
    h = await Harness.start();
    const rel = 'cases/2026/vgr-2026-030.case.yaml';
    const clean = h.read(rel);
    const policy = h.read('casefile.yaml');
    await h.open(rel, clean);
    await h.open('casefile.yaml', policy, 'yaml');
    await h.diagnostics(rel, (p) => p.version === 1);
    const expected = new Map<number, string[]>([[1, []]]);
    let last = 1;
    for (let i = 0; i < 400; i++) {
      if (i % 20 === 0) await h.change('casefile.yaml', `${policy}\n# ${i}\n`);
      const broken = i % 3 === 0;
      last = await h.change(rel, broken ? clean.replace('kind: dialogue', `kind: dialog${i}`) : clean.replace(/^title: .*$/m, `title: Version ${i}`));
      expected.set(last, broken ? ['schema'] : []);
    }
    await h.diagnostics(rel, (p) => p.version === last);
    await h.client.sendRequest('casefile/index');
    for (const p of h.published.get(h.uri(rel))!) expect([p.version, codes(p)]).toEqual([p.version, expected.get(p.version!)]);
  });

  it('a duplicate id appears on the other, closed file and goes away again', async () => {
    h = await Harness.start();
    const rel = 'cases/2026/vgr-2026-030.case.yaml';
    const other = 'cases/2026/vgr-2026-021.case.yaml';
    const text = h.read(rel);
    await h.open(rel, text);
    await h.diagnostics(rel, (p) => p.version === 1);
    expect(h.latest(other)).toBeUndefined();
    const v = await h.change(rel, text.replace('id: VGR-2026-030', 'id: VGR-2026-021'));
    const dup = await h.diagnostics(other, (p) => codes(p).includes('duplicate-id'));
    expect(dup.version).toBeUndefined();
    expect(message(dup.diagnostics[0])).toContain('cases/2026/vgr-2026-030.case.yaml');
    expect(codes(await h.diagnostics(rel, (p) => p.version === v))).toContain('duplicate-id');
    await h.change(rel, text);
    expect(codes(await h.diagnostics(other, (p) => !codes(p).includes('duplicate-id')))).toEqual([]);
  });

  it('a link to a case that appears resolves: unknown-reference follows the ids of other files', async () => {
    h = await Harness.start();
    const rel = 'cases/2026/vgr-2026-030.case.yaml';
    const linker = 'cases/2026/skane-2026-012.case.yaml';
    await h.open(linker, `${h.read(linker)}links:\n  related: [VGR-2026-099]\n`);
    expect(codes(await h.diagnostics(linker, (p) => p.version === 1))).toContain('unknown-reference');
    const text = h.read(rel);
    await h.open(rel, text);
    await h.change(rel, text.replace('id: VGR-2026-030', 'id: VGR-2026-099'));
    await h.diagnostics(linker, (p) => !codes(p).includes('unknown-reference'));
  });

  it('closing an edited case without saving brings back the file on disk', async () => {
    h = await Harness.start();
    const rel = 'cases/2026/vgr-2026-030.case.yaml';
    const other = 'cases/2026/vgr-2026-021.case.yaml';
    await h.open(rel);
    await h.change(rel, h.read(rel).replace('id: VGR-2026-030', 'id: VGR-2026-021'));
    await h.diagnostics(other, (p) => codes(p).includes('duplicate-id'));
    await h.close(rel);
    await h.diagnostics(other, (p) => !codes(p).includes('duplicate-id'));
    expect(codes(await h.diagnostics(rel, (p) => p.version === undefined))).toEqual([]);
  });

  it('a new day re-checks every case for staleness', async () => {
    h = await Harness.start();
    const idle = 'cases/2026/vgr-2026-030.case.yaml';
    expect(h.latest(idle)).toBeUndefined();
    h.now = new Date(2027, 5, 15, 12, 0, 0);
    const edited = 'cases/2026/vgr-2026-027.case.yaml';
    await h.open(edited);
    expect(codes(await h.diagnostics(idle))).toEqual(['stale-case']);
  });

  it('a change to casefile.yaml re-checks every case, open or closed', async () => {
    h = await Harness.start();
    const closed = 'cases/2026/vas-2026-003.case.yaml';
    expect(codes(await h.diagnostics(closed))).toContain('nda-public-staff');
    const policy = h.read('casefile.yaml');
    await h.open('casefile.yaml', policy, 'yaml');
    await h.change('casefile.yaml', policy.replace('nda-public-staff: error', 'nda-public-staff: off'));
    expect(codes(await h.diagnostics(closed, (p) => !codes(p).includes('nda-public-staff')))).toEqual(['missing-stakeholder']);
    // Closing without saving: the disk's policy applies again.
    await h.close('casefile.yaml');
    await h.diagnostics(closed, (p) => codes(p).includes('nda-public-staff'));
  });

  it('picks up files created, changed and deleted on disk', async () => {
    h = await Harness.start();
    const existing = 'cases/2026/vgr-2026-012.case.yaml';
    const added = 'cases/2026/copy.case.yaml';
    fs.writeFileSync(path.join(h.root, added), h.read(existing));
    await h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: h.uri(added), type: 1 }] });
    expect(codes(await h.diagnostics(added))).toEqual(['billing-model', 'duplicate-id', 'third-country-data']);
    expect(codes(await h.diagnostics(existing, (p) => codes(p).includes('duplicate-id')))).toEqual(['billing-model', 'duplicate-id', 'third-country-data']);

    fs.writeFileSync(path.join(h.root, added), h.read(existing).replace('id: VGR-2026-012', 'id: VGR-2026-077'));
    await h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: h.uri(added), type: 2 }] });
    expect(codes(await h.diagnostics(existing, (p) => !codes(p).includes('duplicate-id')))).toEqual(['billing-model', 'third-country-data']);

    fs.rmSync(path.join(h.root, added));
    await h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: h.uri(added), type: 3 }] });
    expect(codes(await h.diagnostics(added, (p) => p.diagnostics.length === 0))).toEqual([]);

    // The policy changed on disk (a git checkout): every case is re-checked.
    fs.writeFileSync(path.join(h.root, 'casefile.yaml'), 'rules:\n  billing-model: off\n');
    await h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: h.uri('casefile.yaml'), type: 2 }] });
    expect(codes(await h.diagnostics(existing, (p) => !codes(p).includes('billing-model')))).toEqual(['third-country-data']);
  });

  it('a case deleted with its folder leaves the index', async () => {
    h = await Harness.start();
    const rel = 'cases/2026/vgr-2026-027.case.yaml';
    expect(codes(await h.diagnostics(rel))).toEqual(['unanchored-request']);
    fs.rmSync(path.join(h.root, 'cases/2026'), { recursive: true });
    await h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: h.uri('cases/2026'), type: 3 }] });
    expect((await h.diagnostics(rel, (p) => p.diagnostics.length === 0)).diagnostics).toEqual([]);
    const index = (await h.client.sendRequest('casefile/index')) as { cases: { uri: string }[] };
    expect(index.cases.map((c) => c.uri).filter((u) => u.includes('/2026/'))).toEqual([]);
  });
});
