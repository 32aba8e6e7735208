// Finding a repository's files on disk. Used by the CLI and, for closed files, by the language server.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CASE_FILE = /\.case\.ya?ml$/i;
export const POLICY_FILE = 'casefile.yaml';
export const DIRECTORY_FILE = 'directory.yaml';
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface Scan {
  /** Absolute paths of case files, sorted; with them, what the reader reports instead of reading (see scanCases). */
  cases: string[];
  /** Absolute paths of symbolic links that lead back into a folder already scanned. */
  loops: string[];
}

/**
 * The repository root for a path: the nearest folder at or above it holding casefile.yaml or
 * directory.yaml; failing that, the nearest holding .git; failing that, the folder itself.
 */
export function findRoot(start: string): string {
  const from = path.resolve(start);
  let gitRoot: string | undefined;
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (present(path.join(dir, POLICY_FILE)) || present(path.join(dir, DIRECTORY_FILE))) return dir;
    if (!gitRoot && fs.existsSync(path.join(dir, '.git'))) gitRoot = dir;
    if (path.dirname(dir) === dir) return gitRoot ?? from;
  }
}

/**
 * All case files below a folder (the repository root); node_modules and .git are never scanned.
 * Link loops are listed apart and not followed. Other entries that the reader refuses are listed
 * with the cases so that they are reported: links leading out of the root (to a file or a folder,
 * never followed) and FIFOs, sockets and devices with a case file's name.
 */
export function scanCases(folder: string): Scan {
  const scan: Scan = { cases: [], loops: [] };
  const visited = new Set<string>();
  const root = realRoot(folder);
  const walk = (dir: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(full);
      } else if (entry.isSymbolicLink()) {
        let stat: fs.Stats;
        try {
          stat = fs.statSync(full);
        } catch (error) {
          // A loop of links that never reaches a real file, or a case file linked to nowhere
          // (reported when it is read).
          if ((error as NodeJS.ErrnoException).code === 'ELOOP') scan.loops.push(full);
          else if (CASE_FILE.test(entry.name)) scan.cases.push(full);
          continue;
        }
        if (stat.isDirectory()) {
          if (SKIPPED_DIRS.has(entry.name)) continue;
          const target = fs.realpathSync(full);
          if (isInside(target, real)) scan.loops.push(full);
          // Never followed out of the repository: the reader reports it (`outside-root`).
          else if (!isInside(root, target)) scan.cases.push(full);
          else walk(full); // a folder already scanned by another way is skipped inside walk
        } else if (CASE_FILE.test(entry.name)) scan.cases.push(full);
      } else if (CASE_FILE.test(entry.name)) {
        // Regular files, and FIFOs, sockets or devices that the reader reports without opening.
        scan.cases.push(full);
      }
    }
  };
  walk(path.resolve(folder));
  return scan;
}

/** A path's own real path (the root may itself be reached through a link); as given, resolved, when it cannot be had. */
export function realRoot(root: string): string {
  try {
    return fs.realpathSync.native(root);
  } catch {
    return path.resolve(root);
  }
}

/** True when `absolute` is `folder` or below it (a link to a folder at or above itself is a loop). */
export function isInside(folder: string, absolute: string): boolean {
  return absolute === folder || absolute.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}

/** A path relative to the root with forward slashes, as findings name files. */
export function relativeTo(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/') || path.basename(absolute);
}

/** True when something is there, even a link to nowhere (which is then reported when read). */
export function present(file: string): boolean {
  return fs.lstatSync(file, { throwIfNoEntry: false }) !== undefined;
}
