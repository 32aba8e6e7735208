// A repository's case files at one point in time: a commit (read from git's objects, nothing
// checked out or written) or the working tree. Contents are loaded only where they are needed:
// a blob whose result is known (same blob id, same settings) is never read from git.
import * as path from 'node:path';
import { blobId, listTree, readBlobs, type TreeEntry } from '../git/objects';
import type { GitRepo } from '../git/git';
import { MAX_FILE_BYTES } from '../text';
import type { CaseFileKind } from '../types';
import { readRegularFile, type ReadFailure } from '../workspace/read-file';
import { CASE_FILE, DIRECTORY_FILE, POLICY_FILE, scanCases } from '../workspace/scan';

export interface SnapshotFile {
  /** Path from the top of the git work tree, `/` separators. */
  rel: string;
  kind: CaseFileKind;
  /** git blob id of the content (for a failed read: a marker that matches no blob). */
  blob: string;
  /** Its size in bytes, when git listed it (so no second git process asks). */
  size?: number;
  /** The content when already in memory (the working tree), or why it cannot be read. */
  content?: Uint8Array | ReadFailure;
}

export interface Snapshot {
  /** 40-hex commit, or null for the working tree. */
  commit: string | null;
  /** Case files under the repository root, sorted by path. */
  cases: SnapshotFile[];
  policy?: SnapshotFile;
  directory?: SnapshotFile;
  /** Loads the contents of the files whose content is not in memory, in one git process. */
  load(files: readonly SnapshotFile[]): void;
}

const SKIPPED = /(^|\/)(node_modules|\.git)\//;
const MAX_LINK_HOPS = 40;

/** The files of `commit` under `prefix` (the repository root, relative to the git top; '' for the top). */
export function snapshotOfCommit(repo: GitRepo, commit: string, prefix: string): Snapshot {
  const under = prefix ? `${prefix}/` : '';
  const entries = listTree(repo, commit, prefix);
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const snap: Snapshot = {
    commit,
    cases: [],
    load(files) {
      const wanted = files.filter((f) => f.content === undefined);
      if (wanted.length === 0) return;
      const blobs = readBlobs(
        repo,
        wanted.map((f) => ({ blob: f.blob, size: f.size })),
        MAX_FILE_BYTES,
      );
      for (const f of wanted) {
        const got = blobs.get(f.blob);
        f.content = got === undefined ? { error: 'read-error', detail: 'missing git object' } : 'tooLarge' in got ? { error: 'too-large', size: got.tooLarge } : got;
      }
    },
  };
  const fileOf = (entry: TreeEntry, kind: CaseFileKind): SnapshotFile => {
    if (entry.mode !== '120000') return { rel: entry.path, kind, blob: entry.blob, size: entry.size };
    const target = followLink(entry, byPath, under, snap);
    return 'error' in target ? { rel: entry.path, kind, blob: `unreadable:${entry.path}`, content: target } : { rel: entry.path, kind, blob: target.blob, size: target.size };
  };
  for (const entry of entries) {
    const inside = entry.path.slice(under.length);
    if (inside === POLICY_FILE) snap.policy = fileOf(entry, 'policy');
    else if (inside === DIRECTORY_FILE) snap.directory = fileOf(entry, 'directory');
    else if (CASE_FILE.test(entry.path) && !SKIPPED.test(`/${inside}`)) snap.cases.push(fileOf(entry, 'case'));
  }
  snap.cases.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return snap;
}

/**
 * A symbolic link stored in git: followed inside the snapshot's root only, as the reader follows
 * links on disk. Its target is read from git (one small blob per link).
 */
function followLink(entry: TreeEntry, byPath: Map<string, TreeEntry>, under: string, snap: Snapshot): TreeEntry | ReadFailure {
  let current = entry;
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    if (current.mode !== '120000') return current;
    const link: SnapshotFile = { rel: current.path, kind: 'case', blob: current.blob, size: current.size };
    snap.load([link]);
    if (!(link.content instanceof Uint8Array)) return { error: 'read-error', detail: 'symbolic link' };
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(current.path), new TextDecoder().decode(link.content)));
    if (target.startsWith('../') || target.startsWith('/') || (under && !target.startsWith(under))) return { error: 'outside-root' };
    const next = byPath.get(target);
    if (!next) return { error: 'not-found' };
    current = next;
  }
  return { error: 'link-loop' };
}

/** The working tree under `root` (absolute), read from disk with the reader's rules; `top` is the git top. */
export function snapshotOfWorkTree(root: string, top: string): Snapshot {
  const rel = (abs: string) => path.relative(top, abs).split(path.sep).join('/');
  const read = (abs: string, kind: CaseFileKind): SnapshotFile => {
    const got = readRegularFile(abs, { maxBytes: MAX_FILE_BYTES, root });
    if ('bytes' in got) return { rel: rel(abs), kind, blob: blobId(got.bytes), content: got.bytes };
    return { rel: rel(abs), kind, blob: `unreadable:${rel(abs)}`, content: got };
  };
  const scan = scanCases(root);
  const snap: Snapshot = { commit: null, cases: scan.cases.map((abs) => read(abs, 'case')), load: () => undefined };
  for (const loop of scan.loops) snap.cases.push({ rel: rel(loop), kind: 'case', blob: `unreadable:${rel(loop)}`, content: { error: 'symlink-loop' } });
  const settings = (name: string, kind: CaseFileKind) => {
    const abs = path.join(root, name);
    const got = readRegularFile(abs, { maxBytes: MAX_FILE_BYTES, root });
    return 'error' in got && got.error === 'not-found'
      ? undefined
      : 'bytes' in got
        ? { rel: rel(abs), kind, blob: blobId(got.bytes), content: got.bytes }
        : { rel: rel(abs), kind, blob: `unreadable:${rel(abs)}`, content: got };
  };
  snap.policy = settings(POLICY_FILE, 'policy');
  snap.directory = settings(DIRECTORY_FILE, 'directory');
  return snap;
}
