// The result cache by git blob id: what is stored comes back under another file name, only for the
// same scope; a corrupt or unwritable cache never fails a run; other scopes' files stay bounded.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBytes, type FileResult } from '../../server/src/engine/check';
import { blobId } from '../../server/src/engine/git/objects';
import { checkCached } from '../../server/src/engine/workspace/cached-check';
import { cacheScopeKey, defaultCacheDir, ResultCache, settingsDigest, type CacheScope } from '../../server/src/engine/workspace/result-cache';
import { readSettings } from '../../server/src/engine/workspace/settings';
import { scanCases } from '../../server/src/engine/workspace/scan';

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-cache-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const freshDir = () => path.join(tmp, `c${n++}`);

const { options, digest } = readSettings(SAMPLES, { today: '2026-11-23', locale: 'en' });
const scope: CacheScope = { version: '1.0.0', today: '2026-11-23', locale: 'en', settings: digest };
const sampleFiles = scanCases(SAMPLES).cases;

/** What the CLI keeps of a result: no parsed document. */
const check = (file: string, bytes: Uint8Array): FileResult => {
  const r = checkBytes(file, bytes, 'case', options);
  delete r.parsed;
  return r;
};

/** Bytes that exercise every kind of single-file finding: the samples, and broken or hostile files. */
const inputs: Uint8Array[] = [
  ...sampleFiles.map((f) => fs.readFileSync(f)),
  Buffer.from('id: [unclosed\n'),
  Buffer.from('a: 1\na: 2\n---\nb: 1\n'),
  Buffer.from('version: 1\nid: X-1\nnotes: 19121212-1212\n'),
  Buffer.from([0xff, 0xfe, 0x61, 0x00]),
  Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xc3, 0x28, 0x0a]),
  Buffer.from('id: a\0b\n'),
];

describe('ResultCache', () => {
  it('single-file findings never name the file, so a result stands for every file with the same bytes', () => {
    for (const bytes of inputs) {
      const a = check('cases/a.case.yaml', bytes);
      const b = check('other/place/b.case.yaml', bytes);
      expect(JSON.stringify(b.findings)).not.toContain('b.case.yaml');
      expect(b.findings).toEqual(a.findings);
      expect({ ...b, file: 'x', facts: b.facts && { ...b.facts, file: 'x' } }).toEqual({ ...a, file: 'x', facts: a.facts && { ...a.facts, file: 'x' } });
    }
    expect(inputs.some((bytes) => check('a', bytes).findings.length > 0)).toBe(true);
  });

  it('round-trips results through the disk, re-stamped with the name asked for', () => {
    const dir = freshDir();
    const cache = ResultCache.open(dir, scope);
    for (const bytes of inputs) cache.set(blobId(bytes), check('first/name.case.yaml', bytes));
    cache.save();
    expect(fs.readdirSync(dir)).toEqual([`${cacheScopeKey(scope)}.jsonl`]);

    const again = ResultCache.open(dir, scope);
    for (const bytes of inputs) {
      const expected = JSON.parse(JSON.stringify(check('second/name.case.yaml', bytes))) as FileResult;
      const got = again.get(blobId(bytes), 'second/name.case.yaml');
      expect(got).toEqual(expected);
      expect(got?.facts?.file ?? 'second/name.case.yaml').toBe('second/name.case.yaml');
    }
    expect([again.hits, again.misses]).toEqual([inputs.length, 0]);
    expect(again.get(blobId(Buffer.from('never stored')), 'x')).toBeUndefined();
    expect(again.misses).toBe(1);
  });

  it('hands out copies: changing one does not change what is stored', () => {
    const cache = ResultCache.open(freshDir(), scope);
    const bytes = inputs[0]!;
    cache.set(blobId(bytes), check('a', bytes));
    const first = cache.get(blobId(bytes), 'a')!;
    const count = first.findings.length;
    first.findings.push(first.findings[0] ?? ({} as never));
    if (first.findings[0]) first.findings[0].message = 'changed';
    const second = cache.get(blobId(bytes), 'a')!;
    expect(second.findings.length).toBe(count);
    expect(second.findings[0]?.message).not.toBe('changed');
  });

  it('misses for another version, day, language or settings', () => {
    const dir = freshDir();
    const cache = ResultCache.open(dir, scope);
    const bytes = inputs[0]!;
    cache.set(blobId(bytes), check('a', bytes));
    cache.save();
    const others: CacheScope[] = [
      { ...scope, version: '1.0.1' },
      { ...scope, today: '2026-11-24' },
      { ...scope, locale: 'sv' },
      { ...scope, settings: settingsDigest({ policy: 'organisation: Other\n' }) },
    ];
    for (const other of others) expect(ResultCache.open(dir, other).get(blobId(bytes), 'a')).toBeUndefined();
    expect(ResultCache.open(dir, scope).get(blobId(bytes), 'a')).toBeDefined();
  });

  it('digests the settings: absent differs from empty, and the policy from the directory', () => {
    const digests = [
      settingsDigest({}),
      settingsDigest({ policy: '' }),
      settingsDigest({ directory: '' }),
      settingsDigest({ policy: 'a: 1\n' }),
      settingsDigest({ policy: 'a: 1\n', directory: '' }),
    ];
    expect(new Set(digests).size).toBe(digests.length);
    expect(settingsDigest({ policy: Buffer.from('a: 1\n') })).toBe(settingsDigest({ policy: 'a: 1\n' }));
  });

  it('ignores a corrupt or foreign cache file and replaces it on save', () => {
    const dir = freshDir();
    fs.mkdirSync(dir);
    const file = path.join(dir, `${cacheScopeKey(scope)}.jsonl`);
    const bytes = inputs[0]!;
    const blob = blobId(bytes);
    const header = (format: number, key: string) => JSON.stringify({ format, scope: key });
    const good = `${blob} ${JSON.stringify({ kind: 'case', findings: [], directives: [] })}`;
    const bad = [
      '{"format":2,"scope":',
      '\0\0\0',
      `${header(999, cacheScopeKey(scope))}\n${good}\n`,
      `${header(3, 'other')}\n${good}\n`,
      `${header(3, cacheScopeKey(scope))}\n${blob} {"kind":"case","findings":"nope"}\n`,
      `${header(3, cacheScopeKey(scope))}\n${blob} {"kind":"case","findi\n`,
      `${header(3, cacheScopeKey(scope))}\n${blob} null\n`,
    ];
    // The well-formed file of the same shape does hit: the cases above fail for what they break.
    fs.writeFileSync(file, `${header(3, cacheScopeKey(scope))}\n${good}\n`);
    expect(ResultCache.open(dir, scope).get(blob, 'a')).toEqual({ file: 'a', kind: 'case', findings: [], directives: [] });
    for (const content of bad) {
      fs.writeFileSync(file, content);
      const cache = ResultCache.open(dir, scope);
      expect(cache.get(blob, 'a')).toBeUndefined();
    }
    const cache = ResultCache.open(dir, scope);
    cache.set(blob, check('a', bytes));
    cache.save();
    expect(ResultCache.open(dir, scope).get(blob, 'a')?.findings).toEqual(check('a', bytes).findings);
  });

  it('does not fail when the folder cannot be made or written, and says so in one line', () => {
    const blocker = path.join(tmp, 'a-file');
    fs.writeFileSync(blocker, '');
    const warnings: string[] = [];
    // Below a regular file no folder can be made, for root too.
    const cache = ResultCache.open(path.join(blocker, 'cache'), scope, { warn: (file, reason) => warnings.push(`${reason} ${file}`) });
    cache.set(blobId(inputs[0]!), check('a', inputs[0]!));
    expect(() => cache.save()).not.toThrow();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toBe(`ENOTDIR ${path.join(blocker, 'cache', `${cacheScopeKey(scope)}.jsonl`)}`);
    expect(() => ResultCache.open(blocker, scope).get('x', 'a')).not.toThrow();
  });

  it('keeps other scopes bounded: none older than 7 days and at most 8 files, newest first', () => {
    const dir = freshDir();
    fs.mkdirSync(dir);
    const now = Date.UTC(2026, 11, 2);
    const day = 86_400_000;
    const names = Array.from({ length: 12 }, (_, i) => `${String(i).padStart(2, '0').repeat(32)}.jsonl`);
    // Ages 0.5, 1.5 … days: the first 7 are younger than 7 days, the rest older.
    names.forEach((name, i) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, '{}');
      const t = new Date(now - (i + 0.5) * day);
      fs.utimesSync(file, t, t);
    });
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not ours');
    // Temporary files of killed runs: one from two days ago goes, a fresh one (maybe a running save) stays.
    const staleTmp = `${names[0]}.123.abc.tmp`;
    const freshTmp = `${names[1]}.456.def.tmp`;
    fs.writeFileSync(path.join(dir, staleTmp), '');
    fs.utimesSync(path.join(dir, staleTmp), new Date(now - 2 * day), new Date(now - 2 * day));
    fs.writeFileSync(path.join(dir, freshTmp), '');
    fs.utimesSync(path.join(dir, freshTmp), new Date(now - 1000), new Date(now - 1000));
    const cache = ResultCache.open(dir, scope, { now: () => now });
    cache.set(blobId(inputs[0]!), check('a', inputs[0]!));
    cache.save();
    expect(fs.readdirSync(dir).sort()).toEqual([...names.slice(0, 7), `${cacheScopeKey(scope)}.jsonl`, 'notes.txt', freshTmp].sort());

    // Fewer files, one old: only the old one goes.
    const small = freshDir();
    fs.mkdirSync(small);
    const young = path.join(small, `${'a'.repeat(64)}.jsonl`);
    const old = path.join(small, `${'b'.repeat(64)}.jsonl`);
    fs.writeFileSync(young, '{}');
    fs.writeFileSync(old, '{}');
    fs.utimesSync(young, new Date(now - day), new Date(now - day));
    fs.utimesSync(old, new Date(now - 8 * day), new Date(now - 8 * day));
    ResultCache.open(small, scope, { now: () => now }).save();
    expect(fs.readdirSync(small).sort()).toEqual([`${'a'.repeat(64)}.jsonl`, `${cacheScopeKey(scope)}.jsonl`].sort());
  });

  it('keeps only the entries a run used', () => {
    const dir = freshDir();
    const first = ResultCache.open(dir, scope);
    first.set(blobId(inputs[0]!), check('a', inputs[0]!));
    first.set(blobId(inputs[1]!), check('b', inputs[1]!));
    first.save();
    const second = ResultCache.open(dir, scope);
    expect(second.get(blobId(inputs[0]!), 'a')).toBeDefined();
    second.save();
    const third = ResultCache.open(dir, scope);
    expect(third.get(blobId(inputs[0]!), 'a')).toBeDefined();
    expect(third.get(blobId(inputs[1]!), 'b')).toBeUndefined();
  });

  it('defaults to $CASEFILE_CACHE_DIR, else $XDG_CACHE_HOME/casefile, else ~/.cache/casefile', () => {
    expect(defaultCacheDir({ CASEFILE_CACHE_DIR: '/x/c', XDG_CACHE_HOME: '/y' })).toBe(path.resolve('/x/c'));
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/y' })).toBe(path.join('/y', 'casefile'));
    expect(defaultCacheDir({})).toBe(path.join(os.homedir(), '.cache', 'casefile'));
  });
});

describe('blobId', () => {
  it("is git's blob id", () => {
    for (const bytes of [Buffer.from(''), inputs[0]!, inputs.at(-1)!]) {
      const git = spawnSync('git', ['hash-object', '--stdin'], { input: bytes, encoding: 'utf8' });
      expect(blobId(bytes)).toBe(git.stdout.trim());
    }
  });
});

describe('checkCached', () => {
  it('checks each distinct blob once, reuses stored results, and caches no file that could not be read', async () => {
    const dir = path.join(tmp, 'files');
    fs.mkdirSync(dir);
    const bytes = inputs[0]!;
    fs.writeFileSync(path.join(dir, 'one.case.yaml'), bytes);
    fs.writeFileSync(path.join(dir, 'two.case.yaml'), bytes);
    const jobs = ['one', 'two', 'missing'].map((name) => ({ absolute: path.join(dir, `${name}.case.yaml`), file: `${name}.case.yaml` }));
    const cacheDir = freshDir();
    const cache = ResultCache.open(cacheDir, scope);
    const results = await checkCached(jobs, { ...options, root: dir }, cache);
    expect(results.map((r) => r.file)).toEqual(['one.case.yaml', 'two.case.yaml', 'missing.case.yaml']);
    expect(results[1]).toEqual({ ...check('two.case.yaml', bytes), ...(results[1]!.facts && { facts: { ...results[1]!.facts, file: 'two.case.yaml' } }) });
    expect(results[2]!.findings.map((f) => f.rule)).toEqual(['unreadable-file']);
    expect(cache.misses).toBe(1);
    cache.save();
    const lines = fs
      .readFileSync(path.join(cacheDir, `${cacheScopeKey(scope)}.jsonl`), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines.slice(1).map((line) => line.split(' ')[0])).toEqual([blobId(bytes)]);

    const warm = ResultCache.open(cacheDir, scope);
    const again = await checkCached(jobs, { ...options, root: dir }, warm);
    expect([warm.hits, warm.misses]).toEqual([2, 0]);
    expect(JSON.parse(JSON.stringify(again))).toEqual(JSON.parse(JSON.stringify(results)));
  });
});
