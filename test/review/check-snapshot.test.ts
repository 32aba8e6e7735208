// Snapshots from git and the working tree, checked with each distinct blob checked once per settings.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRepository } from '../../server/src/engine/git/git';
import { checkSnapshot, type ResultMemo, type SnapshotCheck } from '../../server/src/engine/review/check-snapshot';
import { snapshotOfCommit, snapshotOfWorkTree } from '../../server/src/engine/review/snapshot';
import { commit, env, git, makeRepo } from '../git/fixture';
import { caseYaml } from './snapshot';
import { dedent } from '../helpers';

const nda = (id: string) => dedent(caseYaml({ id, extra: 'agreements:\n  - type: nda\n    status: draft\n' }));

function setup() {
  const dir = makeRepo();
  const base = commit(dir, {
    'casefile.yaml': 'rules:\n  nda-public-staff: off\n',
    'cases/a.case.yaml': nda('VGR-2026-001'),
    'cases/b.case.yaml': nda('VGR-2026-002'),
    'cases/c.case.yaml': nda('VGR-2026-003'),
  });
  const repo = openRepository(dir, env);
  const run = (memo: ResultMemo): SnapshotCheck => ({ today: '2026-11-23', locale: 'en', display: (rel) => rel, root: repo.top, memo });
  return { dir, base, repo, run };
}

const rules = (files: { file: string; findings: { rule: string }[] }[], file: string) => files.find((f) => f.file === file)?.findings.map((f) => f.rule) ?? [];

describe('checkSnapshot', () => {
  it('checks a blob shared by base and head once, and judges each side by its own policy', async () => {
    const { dir, base, repo, run } = setup();
    const memo: ResultMemo = new Map();
    // Same policy in the head: three blobs shared, one changed.
    fs.writeFileSync(path.join(dir, 'cases/c.case.yaml'), nda('VGR-2026-003').replace('Maria Holm', 'Maria Holm-Berg'));
    await checkSnapshot(snapshotOfCommit(repo, base, ''), run(memo));
    await checkSnapshot(snapshotOfWorkTree(repo, repo.top), run(memo));
    expect(memo.size).toBe(1);
    expect([...memo.values()][0]!.size).toBe(4);

    // A head policy that turns the rule on: the head is a new settings scope, the base keeps its own.
    fs.writeFileSync(path.join(dir, 'casefile.yaml'), 'rules:\n  nda-public-staff: error\n');
    const memo2: ResultMemo = new Map();
    const checkedBase = await checkSnapshot(snapshotOfCommit(repo, base, ''), run(memo2));
    const checkedHead = await checkSnapshot(snapshotOfWorkTree(repo, repo.top), run(memo2));
    expect(memo2.size).toBe(2);
    expect(rules(checkedBase.files, 'cases/a.case.yaml')).not.toContain('nda-public-staff');
    expect(rules(checkedHead.files, 'cases/a.case.yaml')).toContain('nda-public-staff');
  });

  it('reads from git only the blobs it has not checked under these settings', async () => {
    const { repo, base, run } = setup();
    const memo: ResultMemo = new Map();
    const snap = snapshotOfCommit(repo, base, '');
    await checkSnapshot(snap, run(memo));
    expect(snap.cases.every((f) => f.content instanceof Uint8Array)).toBe(true);
    // A second snapshot of the same commit under the same settings loads no case at all.
    const again = snapshotOfCommit(repo, base, '');
    const checked = await checkSnapshot(again, run(memo));
    expect(again.cases.every((f) => f.content === undefined)).toBe(true);
    expect(checked.files.filter((f) => f.kind === 'case')).toHaveLength(3);
  });

  it('follows a link stored in git inside the root, and refuses one that leads out', async () => {
    const dir = makeRepo();
    fs.mkdirSync(path.join(dir, 'repo/cases'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'repo/casefile.yaml'), 'rules: {}\n');
    fs.writeFileSync(path.join(dir, 'repo/cases/a.case.yaml'), nda('VGR-2026-001'));
    fs.writeFileSync(path.join(dir, 'secret.case.yaml'), 'id: SECRET\n');
    fs.symlinkSync('a.case.yaml', path.join(dir, 'repo/cases/inside.case.yaml'));
    fs.symlinkSync('../../secret.case.yaml', path.join(dir, 'repo/cases/outside.case.yaml'));
    const sha = commit(dir, {});
    const repo = openRepository(dir, env);
    const checked = await checkSnapshot(snapshotOfCommit(repo, sha, 'repo'), {
      today: '2026-11-23',
      locale: 'en',
      display: (rel) => rel,
      root: path.join(repo.top, 'repo'),
      memo: new Map(),
    });
    const byFile = new Map(checked.files.map((f) => [f.file, f]));
    expect(byFile.get('repo/cases/inside.case.yaml')!.id).toBe('VGR-2026-001');
    expect(
      byFile
        .get('repo/cases/outside.case.yaml')!
        .findings.map((f) => f.message)
        .join(),
    ).toMatch(/outside/i);
    expect(checked.files.some((f) => f.file.includes('secret'))).toBe(false);
  });

  it('reports a base file that is not UTF-8 as unreadable, at its first bad byte', async () => {
    const dir = makeRepo();
    const sha = commit(dir, { 'cases/latin1.case.yaml': Buffer.from([...Buffer.from('id: VGR-2026-009\ntitle: Sm'), 0xf6, ...Buffer.from('rgas\n')]) });
    const repo = openRepository(dir, env);
    const checked = await checkSnapshot(snapshotOfCommit(repo, sha, ''), { today: '2026-11-23', locale: 'en', display: (rel) => rel, root: repo.top, memo: new Map() });
    const f = checked.files.find((x) => x.file === 'cases/latin1.case.yaml')!;
    expect(f.findings.map((x) => [x.rule, x.line])).toEqual([['unreadable-file', 2]]);
  });
});

describe('snapshotOfWorkTree', () => {
  it('is the commit it came from when nothing changed: ignored files, submodules, line-end filters and linked folders alike', async () => {
    const dir = makeRepo();
    const a = nda('VGR-2026-001');
    const sha = commit(dir, {
      '.gitignore': 'scratch/\n',
      '.gitattributes': '*.yaml text eol=crlf\n',
      'casefile.yaml': 'rules: {}\n',
      'cases/2026/a.case.yaml': a,
    });
    // What git does not track as case files: an ignored folder, a linked folder, a nested repository.
    fs.mkdirSync(path.join(dir, 'scratch'));
    fs.writeFileSync(path.join(dir, 'scratch/x.case.yaml'), a);
    fs.symlinkSync('2026', path.join(dir, 'cases/0-current'));
    const nested = path.join(dir, 'vendor');
    fs.mkdirSync(nested);
    git(nested, 'init', '-q');
    commit(nested, { 'z.txt': 'z' });
    fs.writeFileSync(path.join(nested, 'y.case.yaml'), a);
    // With eol=crlf the file on disk has CRLF; git's blob has LF.
    fs.writeFileSync(path.join(dir, 'cases/2026/a.case.yaml'), a.replace(/\n/g, '\r\n'));
    const repo = openRepository(dir, env);
    const base = snapshotOfCommit(repo, sha, '');
    const head = snapshotOfWorkTree(repo, repo.top);
    expect(head.cases.map((f) => [f.rel, f.blob])).toEqual(base.cases.filter((f) => f.rel !== 'cases/0-current').map((f) => [f.rel, f.blob]));
    expect(head.cases.map((f) => f.rel)).toEqual(['cases/2026/a.case.yaml']);
  });

  it('leaves out a file deleted on disk, and a FIFO (git holds none, so it is never opened)', async () => {
    const dir = makeRepo();
    commit(dir, { 'cases/a.case.yaml': nda('VGR-2026-001'), 'cases/b.case.yaml': nda('VGR-2026-002') });
    fs.rmSync(path.join(dir, 'cases/b.case.yaml'));
    execFileSync('mkfifo', [path.join(dir, 'cases/pipe.case.yaml')]);
    const repo = openRepository(dir, env);
    const head = snapshotOfWorkTree(repo, repo.top);
    expect(head.cases.map((f) => f.rel)).toEqual(['cases/a.case.yaml']);
    // Nothing was read yet: unchanged blobs may never be.
    expect(head.cases[0]!.content).toBeUndefined();
  });
});
