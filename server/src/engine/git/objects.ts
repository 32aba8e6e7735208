// Reading a commit's files from git's objects, never from a checkout: the tree listing and the
// blobs, all blobs through one `git cat-file --batch` process, parsed by the header lengths.
import { createHash } from 'node:crypto';
import { GitError, gitEnv, gitFailed, OBJECT_ID, runGit, type GitRepo } from './git';

export interface TreeEntry {
  /** Path from the repository top, `/` separators. */
  path: string;
  blob: string;
  mode: string;
  size?: number;
}

/** A blob to read: its id, and its size where known (a TreeEntry is one). */
export type BlobRef = string | { blob: string; size?: number };

export type BlobContent = Uint8Array | { tooLarge: number };

// A path that is not UTF-8 cannot be named the same way on disk and in git: left out on both sides.
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function pathOf(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function run(repo: GitRepo, args: readonly string[], input?: string, maxBuffer?: number) {
  const r = runGit(repo.top, repo.env ?? gitEnv(), args, input, maxBuffer);
  if (r.status !== 0) throw gitFailed(args, r);
  return r;
}

/** The regular files and symlinks of a commit under `prefix` (a path from the top; '' or '.' for all); submodules left out. */
export function listTree(repo: GitRepo, commit: string, prefix: string): TreeEntry[] {
  if (!OBJECT_ID.test(commit)) throw new GitError('failed', { en: `not a commit id: '${commit}'`, sv: `inget commit-id: '${commit}'` });
  const spec = prefix
    .split('/')
    .filter((part) => part && part !== '.')
    .join('/');
  // --literal-pathspecs: a prefix is a path, never pathspec magic or a glob.
  const args = ['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', '-l', commit, '--', ...(spec ? [spec] : [])];
  return splitRecords(run(repo, args, undefined, 1 << 30).stdout).flatMap(treeEntry);
}

function splitRecords(out: Buffer): Buffer[] {
  const records: Buffer[] = [];
  for (let start = 0; start < out.length;) {
    const end = out.indexOf(0, start);
    const stop = end < 0 ? out.length : end;
    if (stop > start) records.push(out.subarray(start, stop));
    start = stop + 1;
  }
  return records;
}

/** `<mode> SP <type> SP <id> SP+ <size> TAB <path>`; the path is raw bytes (unquoted with -z). */
function treeEntry(record: Buffer): TreeEntry[] {
  const tab = record.indexOf(9);
  const [mode, type, blob, size] = record.subarray(0, tab).toString('latin1').trim().split(/\s+/);
  const path = pathOf(record.subarray(tab + 1));
  if (tab < 0 || type !== 'blob' || !mode || !blob || path === undefined) return [];
  return [{ path, blob, mode, ...(size && /^\d+$/.test(size) ? { size: Number(size) } : {}) }];
}

/**
 * The bytes of each blob (ids deduplicated), or its size for one larger than maxBytes, which is not
 * read. Sizes not given are asked of one `--batch-check` process first; then one `--batch` reads all.
 */
export function readBlobs(repo: GitRepo, blobs: readonly BlobRef[], maxBytes: number): Map<string, BlobContent> {
  const sizes = knownSizes(blobs);
  const unknown = [...sizes].filter(([, size]) => size === undefined).map(([id]) => id);
  if (unknown.length) for (const [id, size] of batchCheck(repo, unknown)) sizes.set(id, size);
  const result = new Map<string, BlobContent>();
  const wanted: string[] = [];
  for (const [id, size] of sizes) {
    if (size! > maxBytes) result.set(id, { tooLarge: size! });
    else wanted.push(id);
  }
  if (wanted.length)
    for (const [id, bytes] of batchRead(
      repo,
      wanted,
      wanted.reduce((n, id) => n + sizes.get(id)!, 0),
    ))
      result.set(id, bytes);
  return result;
}

function knownSizes(blobs: readonly BlobRef[]): Map<string, number | undefined> {
  const sizes = new Map<string, number | undefined>();
  for (const b of blobs) {
    const id = typeof b === 'string' ? b : b.blob;
    if (!OBJECT_ID.test(id)) throw new GitError('failed', { en: `not a blob id: '${id}'`, sv: `inget blob-id: '${id}'` });
    const size = typeof b === 'string' ? undefined : b.size;
    if (sizes.get(id) === undefined) sizes.set(id, size);
  }
  return sizes;
}

function batchCheck(repo: GitRepo, ids: readonly string[]): Map<string, number> {
  const out = run(repo, ['cat-file', '--batch-check'], ids.map((id) => `${id}\n`).join('')).stdout.toString('latin1');
  const lines = out.split('\n');
  return new Map(ids.map((id, i) => [id, header(lines[i] ?? '', id).size]));
}

function batchRead(repo: GitRepo, ids: readonly string[], totalBytes: number): Map<string, Uint8Array> {
  const maxBuffer = totalBytes + ids.length * 160 + 64 * 1024;
  const out = run(repo, ['cat-file', '--batch'], ids.map((id) => `${id}\n`).join(''), maxBuffer).stdout;
  const blobs = new Map<string, Uint8Array>();
  let at = 0;
  for (const id of ids) {
    const eol = out.indexOf(10, at);
    if (eol < 0) throw truncated(id);
    const size = header(out.subarray(at, eol).toString('latin1'), id).size;
    if (eol + 1 + size > out.length) throw truncated(id);
    // A copy, so the caller does not keep the whole batch output alive.
    blobs.set(id, new Uint8Array(out.subarray(eol + 1, eol + 1 + size)));
    at = eol + 1 + size + 1;
  }
  return blobs;
}

/** `<id> <type> <size>`, or `<id> missing` (also `ambiguous`). */
function header(line: string, id: string): { size: number } {
  const [, type, size] = line.split(' ');
  if (type !== 'blob' || !size || !/^\d+$/.test(size)) {
    throw new GitError('failed', { en: `git has no blob ${id} (${line.trim()})`, sv: `git saknar blobben ${id} (${line.trim()})` });
  }
  return { size: Number(size) };
}

function truncated(id: string): GitError {
  return new GitError('failed', { en: `git cat-file stopped before blob ${id}`, sv: `git cat-file slutade före blobben ${id}` });
}

/** Git's (SHA-1) blob id of some bytes, to compare a working-tree file with a blob without running git. */
export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * The files of the working tree as git sees them under `prefix`: tracked and untracked ones, not
 * ignored ones, not inside submodules. Paths from the top, `/` separators; a file deleted on disk
 * may still be listed (the caller looks).
 */
export function listWorkTree(repo: GitRepo, prefix: string): string[] {
  const spec = prefix
    .split('/')
    .filter((part) => part && part !== '.')
    .join('/');
  const args = ['--literal-pathspecs', 'ls-files', '-z', '--full-name', '--cached', '--others', '--exclude-standard', '--', spec || '.'];
  const seen = new Set<string>();
  for (const record of splitRecords(run(repo, args, undefined, 1 << 30).stdout)) {
    const path = pathOf(record);
    if (path !== undefined) seen.add(path);
  }
  return [...seen];
}

/** The blob ids git would give these working-tree files (its clean filters and hash), in one process. */
export function hashFiles(repo: GitRepo, paths: readonly string[]): string[] {
  if (paths.length === 0) return [];
  const out = run(repo, ['hash-object', '--stdin-paths'], paths.join('\n') + '\n', 1 << 30)
    .stdout.toString('latin1')
    .split('\n')
    .filter(Boolean);
  if (out.length !== paths.length) throw new GitError('failed', { en: 'git hash-object gave no id for every file', sv: 'git hash-object gav inte ett id för varje fil' });
  return out;
}
