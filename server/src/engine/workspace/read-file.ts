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
// A file that was no link when checked is opened without following one: a link put in its place
// after the check fails the open (ELOOP) instead of being followed out of the root.
const NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;
const CHUNK = 64 * 1024;

/** For tests: called between the root check and the open, where a swap would race the reader. */
export const readHooks: { afterCheck?: (file: string) => void } = {};

export function readRegularFile(file: string, limits: ReadLimits): ReadResult {
  return readChecked(file, limits, true);
}

function readChecked(file: string, limits: ReadLimits, retry: boolean): ReadResult {
  let fd: number | undefined;
  try {
    const own = fs.lstatSync(file);
    const link = own.isSymbolicLink();
    // The root's real path, and the file's that passed the check against it (undefined when there
    // is nothing to follow yet: a dangling link, or a loop).
    const realRoot = limits.root === undefined ? undefined : fs.realpathSync.native(path.resolve(limits.root));
    const real = realRoot === undefined ? undefined : realInside(file, realRoot, link);
    if (real === false) return { error: 'outside-root' };
    readHooks.afterCheck?.(file);
    // Look before opening, so a device is never opened; check again on the descriptor (it may have changed).
    const kind = kindOfStats(link ? fs.statSync(file) : own);
    if (kind) return kind;
    try {
      fd = fs.openSync(file, OPEN_FLAGS | (real !== undefined && !link ? NOFOLLOW : 0));
    } catch (error) {
      // A link where the check saw none: check again from the start, once.
      if (retry && real !== undefined && !link && (error as NodeJS.ErrnoException).code === 'ELOOP') return readChecked(file, limits, false);
      throw error;
    }
    const stats = fs.fstatSync(fd);
    // What was opened must be the file whose real path passed the check, not one swapped in since
    // (nor one that a link which led nowhere at the check leads to now).
    if (realRoot !== undefined && !(real !== undefined && sameFile(stats, real) && openedInside(fd, realRoot))) {
      fs.closeSync(fd);
      fd = undefined;
      return retry ? readChecked(file, limits, false) : { error: 'outside-root' };
    }
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

/** True when the real path (no link left in it) names the very file (device and inode) that is open. */
function sameFile(opened: fs.Stats, real: string): boolean {
  const now = fs.lstatSync(real, { throwIfNoEntry: false });
  return now !== undefined && now.dev === opened.dev && now.ino === opened.ino;
}

/**
 * Where the system says the descriptor's file is (Linux: /proc/self/fd), when it can say: inside the
 * root. This catches a folder on the way swapped for a link between the check and the open, which
 * the inode comparison cannot (the real path then leads through the new link to the opened file).
 */
function openedInside(fd: number, realRoot: string): boolean {
  let where: string;
  try {
    where = fs.readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return true;
  }
  if (!path.isAbsolute(where)) return true;
  return isInside(realRoot, where.replace(/ \(deleted\)$/, ''));
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
 * The file's real path when it is the root or below it, false when it is outside, undefined when
 * there is nothing to follow (a dangling link or a loop: the read reports it). Resolved afresh on
 * every read, folders too: a folder replaced by a link is noticed at once, also in the long-running
 * server (this costs a few system calls per file, nothing a check of thousands of files notices).
 */
function realInside(file: string, realRoot: string, isLink: boolean): string | false | undefined {
  let real: string;
  try {
    real = isLink ? fs.realpathSync.native(file) : path.join(fs.realpathSync.native(path.dirname(path.resolve(file))), path.basename(file));
  } catch {
    return undefined;
  }
  return isInside(realRoot, real) ? real : false;
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
