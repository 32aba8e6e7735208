// Workspace folders at run time, symbolic-link loops, and when start-up indexing counts as done.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseIndex } from '../../server/src/shared/protocol';
import { expectLikeCli } from './cli-compare';
import { codes, Harness, message, removeTempFolders, SAMPLES, tempFolder } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
  removeTempFolders();
});

/** A second repository (a .git folder makes it a root) with one case that has a finding and one clean case. */
function otherRepository(): string {
  const root = tempFolder('other');
  fs.mkdirSync(path.join(root, '.git'));
  fs.mkdirSync(path.join(root, 'cases'));
  fs.copyFileSync(path.join(SAMPLES, 'cases/2026/vgr-2026-027.case.yaml'), path.join(root, 'cases/vgr-2026-027.case.yaml'));
  fs.copyFileSync(path.join(SAMPLES, 'cases/2026/vgr-2026-030.case.yaml'), path.join(root, 'cases/vgr-2026-030.case.yaml'));
  return root;
}

async function index(): Promise<CaseIndex> {
  return (await h!.client.sendRequest('casefile/index')) as CaseIndex;
}

describe('workspace folders', () => {
  it('a folder added at run time is indexed; a removed one leaves the index and its diagnostics are cleared', async () => {
    h = await Harness.start();
    const other = otherRepository();
    const flagged = path.join(other, 'cases/vgr-2026-027.case.yaml');
    const clean = path.join(other, 'cases/vgr-2026-030.case.yaml');
    expect((await index()).cases).toHaveLength(16);

    await h.changeFolders([other]);
    expect(codes(await h.diagnostics(flagged))).toEqual(['unanchored-request']);
    let uris = (await index()).cases.map((c) => c.uri);
    expect(uris).toHaveLength(18);
    expect(uris).toContain(h.uri(clean));

    await h.changeFolders([], [other]);
    expect((await h.diagnostics(flagged, (p) => p.diagnostics.length === 0)).diagnostics).toEqual([]);
    uris = (await index()).cases.map((c) => c.uri);
    expect(uris).toHaveLength(16);
    expect(uris.filter((u) => u.startsWith(h!.uri(other)))).toEqual([]);

    // The first folder goes as well: its closed files' diagnostics are cleared.
    await h.changeFolders([], [h.root]);
    await h.diagnostics('cases/2026/vas-2026-003.case.yaml', (p) => p.diagnostics.length === 0);
    const empty = await index();
    expect([empty.cases.length, empty.errors, empty.warnings]).toEqual([0, 0, 0]);
    expect(h.errors).toEqual([]);
  });

  it('an open case of a removed folder keeps its diagnostics, as a loose file', async () => {
    h = await Harness.start();
    const other = otherRepository();
    const flagged = path.join(other, 'cases/vgr-2026-027.case.yaml');
    await h.changeFolders([other]);
    await h.diagnostics(flagged, (p) => codes(p).includes('unanchored-request'));
    await h.open(flagged);
    await h.diagnostics(flagged, (p) => p.version === 1);
    await h.changeFolders([], [other]);
    // Its closed neighbour is gone from the index; the open file stays, and so do its diagnostics.
    const uris = (await index()).cases.map((c) => c.uri);
    expect(uris.filter((u) => u.startsWith(h!.uri(other)))).toEqual([h.uri(flagged)]);
    expect(h.latest(flagged)!.version).toBe(1);
    expect(codes(h.latest(flagged))).toEqual(['unanchored-request']);
    // Edits are still checked.
    const v = await h.change(flagged, h.read(flagged).replace('kind: dialogue', 'kind: dialog'));
    expect(codes(await h.diagnostics(flagged, (p) => p.version === v))).toContain('schema');
    expect(h.errors).toEqual([]);
  });

  it('two folders of one repository: removing one keeps the repository', async () => {
    h = await Harness.start();
    await h.changeFolders([path.join(h.root, 'cases')]);
    await h.changeFolders([], [path.join(h.root, 'cases')]);
    expect((await index()).cases).toHaveLength(16);
    expect(codes(h.latest('cases/2026/vas-2026-003.case.yaml'))).toEqual(['missing-stakeholder', 'nda-public-staff']);
  });
});

describe('symbolic-link loops', () => {
  it('are reported on the link as the CLI reports them, and nothing hangs', async () => {
    const root = tempFolder('loop');
    fs.cpSync(SAMPLES, root, { recursive: true });
    // A folder link back up the tree, and two case links pointing at each other.
    fs.symlinkSync('..', path.join(root, 'cases/up'));
    fs.symlinkSync('b.case.yaml', path.join(root, 'cases/a.case.yaml'));
    fs.symlinkSync('a.case.yaml', path.join(root, 'cases/b.case.yaml'));
    h = await Harness.start({ from: root });

    const cli = await expectLikeCli(h);
    const loops = cli.files.filter((f) => f.findings.some((x) => x.rule === 'unreadable-file')).map((f) => f.file);
    expect(loops).toEqual(['cases/a.case.yaml', 'cases/b.case.yaml', 'cases/up']);
    expect(h.latest('cases/up')!.diagnostics[0]!.severity).toBe(2);

    // A change event on a looping link reports the loop again, not a read error.
    await h.filesChanged([['cases/a.case.yaml', 2]]);
    await h.client.sendRequest('casefile/index');
    expect(codes(h.latest('cases/a.case.yaml'))).toEqual(['unreadable-file']);
    expect(h.latest('cases/a.case.yaml')!.diagnostics[0]!.severity).toBe(2);
    const totals = await index();
    expect([totals.errors, totals.warnings]).toEqual([cli.errors, cli.warnings]);
    expect(h.errors).toEqual([]);
  });
});

describe('start-up', () => {
  it('signals the index once, after it is built, also when the settings change while indexing', async () => {
    // Enough closed cases that indexing takes several turns of the event loop.
    const files: Record<string, string> = {};
    const text = fs.readFileSync(path.join(SAMPLES, 'cases/2026/vgr-2026-030.case.yaml'), 'utf8');
    for (let i = 100; i < 350; i++) files[`cases/2027/x-${i}.case.yaml`] = text.replace('id: VGR-2026-030', `id: VGR-2027-${i}`);
    h = await Harness.start({
      files,
      onConfiguration: (harness, n) => {
        if (n !== 1) return;
        // The user switches to Swedish right after the server read the settings.
        harness.language = 'sv';
        void harness.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      },
    });
    // What the server had published when it signalled has arrived (the harness's round trip): all in Swedish.
    expect(message(h.latest('cases/2026/vgr-2026-027.case.yaml')?.diagnostics[0])).toMatch(/förank/i);
    expect(message(h.latest('cases/2026/vas-2026-003.case.yaml')?.diagnostics[0])).not.toMatch(/\bthe\b/);
    expect((await index()).cases).toHaveLength(266);
    expect(h.indexedCalls).toBe(1);
    expect(h.errors).toEqual([]);
  });
});
