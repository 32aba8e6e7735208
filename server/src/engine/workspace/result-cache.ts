// Single-file results kept on disk by git blob id, so each distinct case file is checked once for a
// given scope (version, day, language, settings). Only the cross-file step needs every case again.
// A cache never fails a run: a file that cannot be read or written is ignored or reported in one line.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FileResult } from '../check';
import type { CaseFacts } from '../rules/api';
import type { Locale } from '../types';

export interface CacheScope {
  /** The checking code: a version, and where it can be had, a digest of the running bundle. */
  version: string;
  /** YYYY-MM-DD: rules such as stale-case judge by it. */
  today: string;
  locale: Locale;
  /** Digest of what judges single files: the policy and directory bytes, or their absence (settingsDigest). */
  settings: string;
}

export interface CacheOptions {
  /** Told once when a save fails: the cache file and why (an error code where there is one). */
  warn?: (file: string, reason: string) => void;
  /** Other scopes' files kept at most (newest first), and never older than maxAgeDays. */
  maxFiles?: number;
  maxAgeDays?: number;
  now?: () => number;
}

/** A result without its file name (findings carry none) and without the parsed document. */
type Stored = Omit<FileResult, 'file' | 'parsed' | 'facts'> & { facts?: Omit<CaseFacts, 'file'> };

// The file: a header line `{"format":3,"scope":"<key>"}`, then a line `<blob id> <JSON>` per entry.
// Entries stay text until asked for: a run parses only what it uses, each get is a fresh copy,
// and a save writes unchanged entries back as they were read. Raised when the shape changes.
const FORMAT = 3;
const DAY_MS = 86_400_000;

export function cacheScopeKey(scope: CacheScope): string {
  return createHash('sha256')
    .update(JSON.stringify([FORMAT, scope.version, scope.today, scope.locale, scope.settings]))
    .digest('hex');
}

/**
 * CacheScope.version: the version plus a digest of the running bundle (this file, bundled), since
 * builds from git share a version number. From source, the version alone.
 */
export function codeVersion(version: string): string {
  try {
    if (__filename.endsWith('.js')) return `${version}+${createHash('sha256').update(fs.readFileSync(__filename)).digest('hex').slice(0, 16)}`;
  } catch {
    // Unreadable: the version alone.
  }
  return version;
}

/** The digest for CacheScope.settings; a part that is absent differs from an empty one. */
export function settingsDigest(parts: { policy?: string | Uint8Array; directory?: string | Uint8Array }): string {
  const hash = createHash('sha256');
  for (const [name, content] of [
    ['policy', parts.policy],
    ['directory', parts.directory],
  ] as const) {
    if (content === undefined) {
      hash.update(`${name}:absent\0`);
      continue;
    }
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    hash.update(`${name}:${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/** $CASEFILE_CACHE_DIR, else $XDG_CACHE_HOME/casefile, else ~/.cache/casefile: by default outside any repository. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.CASEFILE_CACHE_DIR) return path.resolve(env.CASEFILE_CACHE_DIR);
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'casefile');
  return path.join(os.homedir(), '.cache', 'casefile');
}

export class ResultCache {
  private readonly used = new Map<string, string>();
  private dirty = false;
  hits = 0;
  misses = 0;

  private constructor(
    readonly file: string,
    private readonly scope: string,
    private readonly loaded: Map<string, string>,
    private readonly options: CacheOptions,
  ) {}

  /** Loads `<dir>/<scope key>.jsonl` (JSON lines) when there is one; a file that cannot be read or is not ours starts the cache empty. */
  static open(dir: string, scope: CacheScope, options: CacheOptions = {}): ResultCache {
    const key = cacheScopeKey(scope);
    const file = path.join(path.resolve(dir), `${key}.jsonl`);
    return new ResultCache(file, key, load(file, key), options);
  }

  /** The result stored for the blob, named `file`; undefined on a miss. */
  get(blob: string, file: string): FileResult | undefined {
    const text = this.used.get(blob) ?? this.loaded.get(blob);
    const stored = text === undefined ? undefined : parseEntry(text);
    if (!stored) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.used.set(blob, text!);
    return restamp(stored, file);
  }

  /** Stores the result of a file that was read (not one that could not be). */
  set(blob: string, result: FileResult): void {
    const stored: Stored = { kind: result.kind, findings: result.findings, directives: result.directives };
    if (result.facts) {
      const { file: _file, ...facts } = result.facts;
      stored.facts = facts;
    }
    if (result.summary) stored.summary = result.summary;
    this.used.set(blob, JSON.stringify(stored));
    this.dirty = true;
  }

  /**
   * Writes the entries this run used (so the file holds one working set, not every blob ever seen)
   * through a temporary file and a rename; then drops other scopes' old files. Never throws.
   */
  save(): void {
    try {
      const dir = path.dirname(this.file);
      fs.mkdirSync(dir, { recursive: true });
      if (this.dirty || this.used.size !== this.loaded.size || !fs.existsSync(this.file)) {
        const lines = [JSON.stringify({ format: FORMAT, scope: this.scope })];
        for (const [blob, text] of this.used) lines.push(`${blob} ${text}`);
        const tmp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        try {
          fs.writeFileSync(tmp, `${lines.join('\n')}\n`);
          fs.renameSync(tmp, this.file);
        } catch (error) {
          fs.rmSync(tmp, { force: true });
          throw error;
        }
      } else {
        // Unchanged: marked fresh, so pruning keeps it.
        const now = new Date(this.now());
        fs.utimesSync(this.file, now, now);
      }
      this.prune(dir);
    } catch (error) {
      this.options.warn?.(this.file, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Other scopes' files: those older than maxAgeDays go, and all but the newest maxFiles (this one counted). */
  private prune(dir: string): void {
    const maxFiles = this.options.maxFiles ?? 8;
    const oldest = this.now() - (this.options.maxAgeDays ?? 7) * DAY_MS;
    const others: { file: string; mtime: number }[] = [];
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      const ours = /^[0-9a-f]{64}\.jsonl$/.test(name);
      // A temporary file a killed run left behind goes after a day.
      const leftOver = /^[0-9a-f]{64}\.jsonl\.\d+\.[0-9a-z]+\.tmp$/.test(name);
      if ((!ours && !leftOver) || file === this.file) continue;
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (stat && ours) others.push({ file, mtime: stat.mtimeMs });
      else if (stat && stat.mtimeMs < this.now() - DAY_MS) fs.rmSync(file, { force: true });
    }
    others.sort((a, b) => b.mtime - a.mtime);
    others.forEach((o, i) => {
      if (i >= maxFiles - 1 || o.mtime < oldest) fs.rmSync(o.file, { force: true });
    });
  }
}

/** The entries of a cache file of this format and scope, as text; none when it is missing, unreadable or not ours. */
function load(file: string, scope: string): Map<string, string> {
  const entries = new Map<string, string>();
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return entries;
  }
  const lines = text.split('\n');
  try {
    const header = JSON.parse(lines[0]!) as { format?: unknown; scope?: unknown };
    if (header.format !== FORMAT || header.scope !== scope) return entries;
  } catch {
    return entries;
  }
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const space = line.indexOf(' ');
    if (space > 0) entries.set(line.slice(0, space), line.slice(space + 1));
  }
  return entries;
}

/** One entry, when it parses and has the right shape (a damaged line is a miss). */
function parseEntry(text: string): Stored | undefined {
  try {
    const stored = JSON.parse(text) as Stored;
    return wellFormed(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** An entry of the right shape (a file of our format with the right scope can still have been edited). */
function wellFormed(stored: Stored): boolean {
  return (
    typeof stored === 'object' &&
    stored !== null &&
    Array.isArray(stored.findings) &&
    Array.isArray(stored.directives) &&
    (stored.facts === undefined || Array.isArray(stored.facts.related))
  );
}

/** The entry (parsed afresh: the caller may change it) named `file`. */
function restamp(stored: Stored, file: string): FileResult {
  const result: FileResult = { file, kind: stored.kind, findings: stored.findings, directives: stored.directives };
  if (stored.facts) {
    const { id, related, people, units } = stored.facts;
    result.facts = { file, ...(id && { id }), related, ...(people && { people }), ...(units && { units }) };
  }
  if (stored.summary) result.summary = stored.summary;
  return result;
}
