// The one way files are read from disk, by the CLI, its workers and the language server: only
// regular files, never more than the cap, never through a link that leads out of the repository.
// Every failure becomes an `unreadable-file` result in one place (`unreadableFrom`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { unreadableResult, type CheckOptions, type FileResult } from '../check';
import type { CaseFileKind } from '../types';
import { isInside } from './scan';

/** Why a file was not read; each is a message id of the `unreadable-file` rule. */
export type ReadFailure =
  | { error: 'too-large'; size: number }
  | { error: 'too-large-read' }
  | { error: 'fifo' | 'socket' | 'device' | 'folder' | 'not-found' | 'permission' | 'link-loop' | 'outside-root' }
  /** Found by the scan, not by a read: a link back into a folder being scanned. */
  | { error: 'symlink-loop' }
  | { error: 'read-error'; detail: string };

export type ReadResult = { bytes: Uint8Array } | ReadFailure;

export interface ReadLimits {
  maxBytes: number;
  /** The repository root: a file whose real path lies outside it is not read. */
  root?: string;
}

// O_NONBLOCK: opening a FIFO must not wait for a writer. O_NOCTTY: a terminal never becomes ours.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);
const CHUNK = 64 * 1024;

export function readRegularFile(file: string, limits: ReadLimits): ReadResult {
  let fd: number | undefined;
  try {
    const own = fs.lstatSync(file);
    const link = own.isSymbolicLink();
    if (limits.root !== undefined && !insideRoot(file, limits.root, link)) return { error: 'outside-root' };
    // Look before opening, so a device is never opened; check again on the descriptor (it may have changed).
    const kind = kindOfStats(link ? fs.statSync(file) : own);
    if (kind) return kind;
    fd = fs.openSync(file, OPEN_FLAGS);
    const stats = fs.fstatSync(fd);
    const again = kindOfStats(stats);
    if (again) return again;
    if (stats.size > limits.maxBytes) return { error: 'too-large', size: stats.size };
    return readUpTo(fd, stats.size, limits.maxBytes);
  } catch (error) {
    return failureOf(file, error as NodeJS.ErrnoException);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Reads to the end or to one byte over the cap: the size fstat gives may be 0 or out of date. */
function readUpTo(fd: number, size: number, maxBytes: number): ReadResult {
  // The size fstat gives, plus one byte to notice growth; a file that claims 0 may hold more.
  let buffer = Buffer.allocUnsafe(Math.min(size > 0 ? size + 1 : CHUNK, maxBytes + 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) return { error: 'too-large-read' };
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const want = buffer.length - length;
    const n = fs.readSync(fd, buffer, length, want, null);
    length += n;
    // A short read of a file whose size is known is its end (saves a read per file); /proc-like
    // files (size 0) may read short before their end, so they are read until a read gives nothing.
    if (n === 0 || (size > 0 && n < want)) break;
  }
  return { bytes: buffer.subarray(0, length) };
}

function kindOfStats(stats: fs.Stats): ReadFailure | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return { error: 'folder' };
  if (stats.isFIFO()) return { error: 'fifo' };
  if (stats.isSocket()) return { error: 'socket' };
  return { error: 'device' };
}

function failureOf(file: string, e: NodeJS.ErrnoException): ReadFailure {
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { error: 'not-found' };
    case 'EACCES':
    case 'EPERM':
      return { error: 'permission' };
    case 'ELOOP':
      return { error: 'link-loop' };
    case 'EISDIR':
      return { error: 'folder' };
    case 'ENXIO': {
      // Opening a socket fails so; say what it is.
      const stats = fs.statSync(file, { throwIfNoEntry: false });
      return (stats && kindOfStats(stats)) ?? { error: 'read-error', detail: e.code };
    }
    default:
      return { error: 'read-error', detail: e.code ?? e.message };
  }
}

/**
 * True when the file's real path (links resolved) is the root or below it. Only a link is resolved
 * itself; otherwise its folder's real path is enough, and folders are few, so those are remembered
 * for a moment (a check reads thousands of files in one folder).
 */
export function insideRoot(file: string, root: string, isLink = fs.lstatSync(file).isSymbolicLink()): boolean {
  let real: string;
  try {
    real = isLink ? fs.realpathSync.native(file) : path.join(realFolder(path.dirname(path.resolve(file))), path.basename(file));
  } catch {
    // Nothing to follow (a dangling link or a loop): the read reports it.
    return true;
  }
  return isInside(realFolder(path.resolve(root)), real);
}

const folders = new Map<string, string>();
let foldersSince = 0;

function realFolder(dir: string): string {
  const now = Date.now();
  // Remembered for a second at most: a folder may be replaced by a link while the server runs.
  if (now - foldersSince > 1000 || folders.size > 10_000) {
    folders.clear();
    foldersSince = now;
  }
  let real = folders.get(dir);
  if (real === undefined) folders.set(dir, (real = fs.realpathSync.native(dir)));
  return real;
}

/** The `unreadable-file` result of a failed read: one mapping for the CLI and the language server. */
export function unreadableFrom(file: string, kind: CaseFileKind, failure: ReadFailure, options: Pick<CheckOptions, 'policy' | 'locale'>): FileResult {
  switch (failure.error) {
    case 'too-large':
      return unreadableResult(file, kind, 'too-large', options, { size: (failure.size / 1048576).toFixed(1) });
    case 'read-error':
      return unreadableResult(file, kind, 'read-error', options, { detail: failure.detail });
    case 'link-loop':
    case 'symlink-loop':
      return unreadableResult(file, kind, failure.error, options, undefined, 'warning');
    default:
      return unreadableResult(file, kind, failure.error, options);
  }
}
