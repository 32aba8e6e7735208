// A repository's case files at one point in time: a commit (read from git's objects, nothing
// checked out or written) or the working tree. Contents are loaded only where they are needed:
// a blob whose result is known (same blob id, same settings) is never read from git.
import * as path from 'node:path';
import * as fs from 'node:fs';
import { blobId, hashFiles, listTree, listWorkTree, readBlobs, type TreeEntry } from '../git/objects';
import type { GitRepo } from '../git/git';
import { MAX_FILE_BYTES } from '../text';
import type { CaseFileKind } from '../types';
import { readRegularFile, type ReadFailure } from '../workspace/read-file';
import { CASE_FILE, DIRECTORY_FILE, isInside, POLICY_FILE, realRoot } from '../workspace/scan';

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
    const text = new TextDecoder().decode(link.content);
    // An absolute target is outside the snapshot whatever it names, as on disk.
    if (path.posix.isAbsolute(text)) return { error: 'outside-root' };
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(current.path), text));
    if (target === '..' || target.startsWith('../') || (under && !target.startsWith(under))) return { error: 'outside-root' };
    const next = byPath.get(target);
    if (!next) return { error: 'not-found' };
    current = next;
  }
  return { error: 'link-loop' };
}

/**
 * The working tree under `root` (absolute) as git sees it: tracked and untracked files, not ignored
 * ones, not submodules' (so an untouched tree is the commit it came from). Blob ids come from git
 * (its hash and clean filters); contents are read from disk, with the reader's rules, only when needed.
 */
export function snapshotOfWorkTree(repo: GitRepo, root: string): Snapshot {
  const prefix = path.relative(repo.top, root).split(path.sep).join('/');
  const under = prefix ? `${prefix}/` : '';
  const snap: Snapshot = {
    commit: null,
    cases: [],
    load(files) {
      for (const f of files) {
        if (f.content !== undefined) continue;
        const got = readRegularFile(path.join(repo.top, f.rel), { maxBytes: MAX_FILE_BYTES, root });
        f.content = 'bytes' in got ? got.bytes : got;
      }
    },
  };
  const hashed: SnapshotFile[] = [];
  const realRootOf = realRoot(root);
  const fileOf = (rel: string, kind: CaseFileKind): SnapshotFile | undefined => {
    const abs = path.join(repo.top, rel);
    const failure = (content: ReadFailure): SnapshotFile => ({ rel, kind, blob: `unreadable:${rel}`, content });
    const own = fs.lstatSync(abs, { throwIfNoEntry: false });
    // Listed by git but gone from disk: deleted in the working tree.
    if (!own) return undefined;
    let stats = own;
    if (own.isSymbolicLink()) {
      // Judged by where it points before whether that exists, as git's side judges a stored link.
      if (!isInside(root, path.resolve(path.dirname(abs), fs.readlinkSync(abs)))) return failure({ error: 'outside-root' });
      let real: string;
      try {
        real = fs.realpathSync.native(abs);
        stats = fs.statSync(abs);
      } catch (error) {
        return failure({ error: (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'link-loop' : 'not-found' });
      }
      if (!isInside(realRootOf, real)) return failure({ error: 'outside-root' });
    }
    // Never handed to git (which would open a FIFO and wait): the reader reports what it is.
    if (!stats.isFile() || /[\r\n]/.test(rel)) {
      const file: SnapshotFile = { rel, kind, blob: '' };
      snap.load([file]);
      return file.content instanceof Uint8Array ? { ...file, blob: blobId(file.content) } : failure(file.content as ReadFailure);
    }
    const file: SnapshotFile = { rel, kind, blob: '' };
    hashed.push(file);
    return file;
  };
  for (const rel of listWorkTree(repo, prefix).sort()) {
    if (!rel.startsWith(under)) continue;
    const inside = rel.slice(under.length);
    const add = (kind: CaseFileKind) => fileOf(rel, kind);
    if (inside === POLICY_FILE) snap.policy = add('policy');
    else if (inside === DIRECTORY_FILE) snap.directory = add('directory');
    else if (CASE_FILE.test(rel) && !SKIPPED.test(`/${inside}`)) {
      const f = add('case');
      if (f) snap.cases.push(f);
    }
  }
  const ids = hashFiles(
    repo,
    hashed.map((f) => f.rel),
  );
  hashed.forEach((f, i) => (f.blob = ids[i]!));
  return snap;
}
