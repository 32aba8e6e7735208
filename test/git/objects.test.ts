// A commit's files read from git's objects: the tree under a prefix, blobs byte for byte through
// one cat-file process, sizes over the cap left unread, and git's blob id computed without git.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GitError, gitHooks, openRepository } from '../../server/src/engine/git/git';
import { blobId, listTree, readBlobs } from '../../server/src/engine/git/objects';
import { commit, env, git, makeRepo } from './fixture';

const BINARY = Uint8Array.from({ length: 256 }, (_, i) => i);
const CRLF = 'id: A\r\ntitle: B\r\n';
const LATIN1 = Uint8Array.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe5, 0xe4, 0xf6, 0x0a]);

/** The git commands run during a call, with their input. */
function runs(call: () => unknown): { args: readonly string[]; input?: string }[] {
  const seen: { args: readonly string[]; input?: string }[] = [];
  gitHooks.onRun = (args, input) => seen.push({ args, input });
  try {
    call();
  } finally {
    delete gitHooks.onRun;
  }
  return seen;
}

afterEach(() => {
  delete gitHooks.onRun;
});

describe('listTree', () => {
  const dir = makeRepo();
  const first = commit(dir, { 'x.yaml': 'x' });
  commit(dir, {
    'cases/a.case.yaml': 'a',
    'cases/sub/b.case.yaml': 'b',
    'cases/with space.yaml': 's',
    'cases/ärende åäö.yaml': 'u',
    'cases/new\nline.yaml': 'n',
    'cases/tab\there.yaml': 't',
    'casesX/d.yaml': 'd',
    'other/c.yaml': 'c',
    '.hidden/h.yaml': 'h',
    'cases/run.sh': '#!/bin/sh\n',
  });
  fs.chmodSync(path.join(dir, 'cases/run.sh'), 0o755);
  fs.symlinkSync('a.case.yaml', path.join(dir, 'cases/link.yaml'));
  git(dir, 'add', '-A');
  // A gitlink without a folder: `add -A` (in commit()) would drop it again, so commit directly.
  git(dir, 'update-index', '--add', '--cacheinfo', `160000,${first},cases/module`);
  git(dir, 'commit', '-q', '-m', 'links');
  const head = git(dir, 'rev-parse', 'HEAD');
  const repo = openRepository(dir, env);

  it('lists the files under a prefix, and no folder that only starts like it', () => {
    const paths = listTree(repo, head, 'cases').map((e) => e.path);
    expect(paths).toContain('cases/a.case.yaml');
    expect(paths).toContain('cases/sub/b.case.yaml');
    expect(paths.filter((p) => !p.startsWith('cases/'))).toEqual([]);
    expect(listTree(repo, head, 'cases/').map((e) => e.path)).toEqual(paths);
    expect(listTree(repo, head, './cases').map((e) => e.path)).toEqual(paths);
    expect(listTree(repo, head, '.hidden').map((e) => e.path)).toEqual(['.hidden/h.yaml']);
  });

  it('lists the whole tree for an empty prefix or .', () => {
    const all = listTree(repo, head, '').map((e) => e.path);
    expect(all).toEqual(expect.arrayContaining(['x.yaml', 'casesX/d.yaml', 'other/c.yaml', 'cases/a.case.yaml']));
    expect(listTree(repo, head, '.').map((e) => e.path)).toEqual(all);
  });

  it('gives names with spaces, Unicode, newlines and tabs as they are', () => {
    const paths = listTree(repo, head, 'cases').map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['cases/with space.yaml', 'cases/ärende åäö.yaml', 'cases/new\nline.yaml', 'cases/tab\there.yaml']));
  });

  it('gives modes, blob ids and sizes; keeps symlinks; leaves submodules out', () => {
    const byPath = new Map(listTree(repo, head, 'cases').map((e) => [e.path, e]));
    expect(byPath.get('cases/a.case.yaml')).toEqual({ path: 'cases/a.case.yaml', blob: blobId(Buffer.from('a')), mode: '100644', size: 1 });
    expect(byPath.get('cases/run.sh')?.mode).toBe('100755');
    expect(byPath.get('cases/link.yaml')).toMatchObject({ mode: '120000', blob: blobId(Buffer.from('a.case.yaml')) });
    expect(git(dir, 'ls-tree', head, 'cases/module')).toMatch(/^160000 commit/);
    expect(byPath.has('cases/module')).toBe(false);
  });

  it('reads an older commit, and a prefix as a path, never as pathspec magic', () => {
    expect(listTree(repo, first, '').map((e) => e.path)).toEqual(['x.yaml']);
    expect(listTree(repo, head, '*.yaml')).toEqual([]);
    expect(listTree(repo, head, ':(glob)**')).toEqual([]);
  });

  it('refuses what is not a commit id, so nothing can pass as an option', () => {
    expect(() => listTree(repo, '--output=/tmp/x', '')).toThrow(GitError);
  });
});

describe('readBlobs', () => {
  const dir = makeRepo();
  const files: Record<string, string | Uint8Array> = { 'binary.bin': BINARY, 'crlf.yaml': CRLF, 'latin1.yaml': LATIN1, 'empty.yaml': '', 'big.yaml': 'x'.repeat(5000) };
  for (let i = 0; i < 50; i++) files[`many/${i}.yaml`] = `n: ${i}\n`;
  const head = commit(dir, files);
  const repo = openRepository(dir, env);
  const entries = listTree(repo, head, '');
  const entry = (p: string) => entries.find((e) => e.path === p)!;

  it('gives every byte back: binary, CRLF, non-UTF-8 and empty', () => {
    const wanted = ['binary.bin', 'crlf.yaml', 'latin1.yaml', 'empty.yaml'].map(entry);
    const blobs = readBlobs(repo, wanted, 1_000_000);
    expect(blobs.get(entry('binary.bin').blob)).toEqual(BINARY);
    expect(Buffer.from(blobs.get(entry('crlf.yaml').blob) as Uint8Array).toString('utf8')).toBe(CRLF);
    expect(blobs.get(entry('latin1.yaml').blob)).toEqual(LATIN1);
    expect(blobs.get(entry('empty.yaml').blob)).toEqual(new Uint8Array());
  });

  it('reads 50 blobs with exactly one cat-file process when the sizes are known', () => {
    const many = entries.filter((e) => e.path.startsWith('many/'));
    expect(many).toHaveLength(50);
    let blobs = new Map();
    const seen = runs(() => (blobs = readBlobs(repo, many, 1_000_000)));
    expect(seen.map((r) => r.args)).toEqual([['cat-file', '--batch']]);
    expect(blobs.size).toBe(50);
    for (const e of many) expect(Buffer.from(blobs.get(e.blob)).toString()).toBe(`n: ${e.path.slice(5, -5)}\n`);
  });

  it('asks the sizes of bare ids of one --batch-check process first', () => {
    const ids = entries.filter((e) => e.path.startsWith('many/')).map((e) => e.blob);
    let blobs = new Map();
    const seen = runs(() => (blobs = readBlobs(repo, ids, 1_000_000)));
    expect(seen.map((r) => r.args)).toEqual([
      ['cat-file', '--batch-check'],
      ['cat-file', '--batch'],
    ]);
    expect(blobs.size).toBe(50);
  });

  it('reads an id given many times once', () => {
    const e = entry('crlf.yaml');
    let blobs = new Map();
    const seen = runs(() => (blobs = readBlobs(repo, [e, e.blob, e, e.blob], 1_000_000)));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.input).toBe(`${e.blob}\n`);
    expect([...blobs.keys()]).toEqual([e.blob]);
  });

  it('reports a blob over the cap by its size without reading it', () => {
    const big = entry('big.yaml');
    const small = entry('crlf.yaml');
    let blobs = new Map();
    const seen = runs(() => (blobs = readBlobs(repo, [big, small], 1000)));
    expect(blobs.get(big.blob)).toEqual({ tooLarge: 5000 });
    expect(seen.map((r) => r.input)).toEqual([`${small.blob}\n`]);
    expect(runs(() => expect(readBlobs(repo, [big.blob], 1000).get(big.blob)).toEqual({ tooLarge: 5000 })).map((r) => r.args)).toEqual([['cat-file', '--batch-check']]);
  });

  it('says when a blob is missing', () => {
    const missing = '0123456789abcdef0123456789abcdef01234567';
    expect(() => readBlobs(repo, [missing], 1000)).toThrow(/no blob 0123456789abcdef/);
    expect(() => readBlobs(repo, [{ blob: missing, size: 3 }], 1000)).toThrow(GitError);
    expect(() => readBlobs(repo, ['HEAD'], 1000)).toThrow(/not a blob id/);
  });
});

describe('blobId', () => {
  it.each([
    ['empty', new Uint8Array()],
    ['text', Buffer.from('hello\n')],
    ['CRLF', Buffer.from(CRLF)],
    ['binary', BINARY],
  ])('equals git hash-object for %s', (_, bytes) => {
    const expected = execFileSync('git', ['hash-object', '--stdin'], { input: bytes, env, encoding: 'utf8' }).trim();
    expect(blobId(bytes)).toBe(expected);
  });
});
