// Git's phase history per repository root (spec section 9), for the case index and the portfolio.
// Read in the background, cached, and read again when HEAD moves, which is checked cheaply (a few
// small files under .git) each time a feature asks, and when the repository's git folder changes
// (a commit, a fetch that deepens a shallow clone), watched once a history was read. Never in an
// untrusted workspace: git reads the repository's own config, which can name programs for git to run.
import { watch, type FSWatcher, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readPhaseHistory, type PhaseHistory } from '../engine/git/phase-log';
import type { GitPhaseChange } from '../engine/portfolio/types';

export type HistoryReader = (root: string) => Promise<PhaseHistory>;

interface Slot {
  history?: PhaseHistory;
  /** What HEAD was when `history` was read. */
  head?: string;
  /** The check (and read) under way; concurrent askers share it. */
  running?: Promise<void>;
  /** Asked again while running: check once more when it ends. */
  again: boolean;
  /** The git folder changed: read again even if HEAD did not move (a fetch --unshallow). */
  stale?: boolean;
  watchers?: FSWatcher[];
  debounce?: ReturnType<typeof setTimeout>;
}

/** The files of a git folder whose change can change the history: HEAD, the packed branches, a shallow clone's cut. */
const WATCHED = new Set(['HEAD', 'packed-refs', 'shallow']);
/** How long the git folder must be quiet before a read: a commit writes several files. */
const WATCH_DEBOUNCE_MS = 300;

export class PhaseHistories {
  private readonly slots = new Map<string, Slot>();
  private disposed = false;

  constructor(
    /** False in an untrusted workspace: git is never run. */
    public enabled: boolean,
    /** Called when a history arrived or changed (the index changed with it). */
    private readonly changed: () => void,
    private readonly log: (message: string) => void,
    private readonly read: HistoryReader = (root) => readPhaseHistory(root),
  ) {}

  /** The cached history of a root, without waiting; starts a check of HEAD in the background. */
  peek(root: string): PhaseHistory | undefined {
    if (!this.enabled) return undefined;
    void this.refresh(root);
    return this.slots.get(root)?.history;
  }

  /** The history of a root once the check (and any read) it starts has ended. */
  async current(root: string): Promise<PhaseHistory | undefined> {
    if (!this.enabled) return undefined;
    await this.refresh(root);
    return this.slots.get(root)?.history;
  }

  private refresh(root: string): Promise<void> {
    let slot = this.slots.get(root);
    if (!slot) this.slots.set(root, (slot = { again: false }));
    const s = slot;
    if (s.running) {
      s.again = true;
      return s.running;
    }
    s.running = (async () => {
      do {
        s.again = false;
        const head = await headOf(root);
        if (s.history && head === s.head && !s.stale) continue;
        s.stale = false;
        const history = await withRootAliases(root, await this.read(root));
        const before = s.history;
        s.history = history;
        s.head = head;
        // No history yet reads as none: a folder outside git changes nothing in the index.
        if (!sameHistory(before ?? NO_HISTORY, history)) this.changed();
        if (!s.watchers) await this.watch(root, s);
      } while (s.again);
    })()
      .catch((error: unknown) => this.log(`casefile: git phase history of ${root}: ${(error as Error)?.stack ?? String(error)}`))
      .finally(() => (s.running = undefined));
    return s.running;
  }

  /** Watches the git folder (HEAD, packed-refs, shallow), its common folder and the branch refs: any change reads again, debounced. */
  private async watch(root: string, s: Slot): Promise<void> {
    s.watchers = [];
    const gitDir = await findGitDir(root);
    if (!gitDir || this.disposed) return;
    const common = (await readSmall(path.join(gitDir, 'commondir')))?.trim();
    const commonDir = common ? path.resolve(gitDir, common) : gitDir;
    const heads = path.join(commonDir, 'refs', 'heads');
    const dirs = [...new Set([gitDir, commonDir, heads])];
    const changed = (dir: string, file: string | Buffer | null) => {
      // Not `index`, which editors' `git status` rewrites all the time: only what moves HEAD or deepens history.
      if (this.disposed || (dir !== heads && file !== null && !WATCHED.has(String(file)))) return;
      clearTimeout(s.debounce);
      s.debounce = setTimeout(() => {
        s.stale = true;
        void this.refresh(root);
      }, WATCH_DEBOUNCE_MS);
    };
    for (const dir of dirs) {
      try {
        // Not recursive (not on every platform); a branch in a folder (feature/x) moves HEAD, which the check sees when asked.
        const watcher = watch(dir, { persistent: false }, (_event, file) => changed(dir, file));
        // A folder removed or unreadable later: stop watching it, keep answering.
        watcher.on('error', () => watcher.close());
        s.watchers.push(watcher);
      } catch {
        // Not there (no branch yet, a repository removed): the HEAD check still works when asked.
      }
    }
  }

  /** Stops the watchers and timers (server shutdown). */
  dispose(): void {
    this.disposed = true;
    for (const s of this.slots.values()) {
      clearTimeout(s.debounce);
      for (const w of s.watchers ?? []) w.close();
      s.watchers = [];
    }
  }
}

/**
 * Calls `run` at each next local midnight, so days counted to today (time in phase, stale cases)
 * advance without an edit. `now` is the server's clock. Returns the stop function.
 */
export function everyMidnight(run: () => void, now: () => Date = () => new Date()): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = () => {
    const t = now();
    const midnight = new Date(t.getFullYear(), t.getMonth(), t.getDate() + 1, 0, 0, 1);
    timer = setTimeout(
      () => {
        run();
        next();
      },
      Math.max(1000, midnight.getTime() - t.getTime()),
    );
    timer.unref?.();
  };
  next();
  return () => clearTimeout(timer);
}

/** How the portfolio says git was used over several repositories: used by any, else shallow in any. */
export { combinedState } from '../engine/portfolio/case';

const NO_HISTORY: PhaseHistory = { state: 'none', changes: new Map() };

function sameHistory(a: PhaseHistory, b: PhaseHistory): boolean {
  if (a.state !== b.state || a.changes.size !== b.changes.size) return false;
  const key = (c: GitPhaseChange | undefined) => (c ? `${c.commit}|${c.date}|${c.phase}` : '');
  for (const [file, change] of b.changes) if (key(a.changes.get(file)) !== key(change)) return false;
  return true;
}

/** The history keyed by the index's paths too, when git named files by the root's real path. */
async function withRootAliases(root: string, history: PhaseHistory): Promise<PhaseHistory> {
  const real = await fs.realpath(root).catch(() => root);
  if (real === root) return history;
  const changes = new Map(history.changes);
  for (const [file, change] of history.changes) {
    if (file.startsWith(real + path.sep)) changes.set(root + file.slice(real.length), change);
  }
  return { ...history, changes };
}

/**
 * What HEAD points at: HEAD's text and the commit of the ref it names (loose or packed, in a
 * linked worktree's common dir too); 'none' outside a repository. Changes on commit, checkout,
 * reset, amend, pull.
 */
export async function headOf(root: string): Promise<string> {
  const gitDir = await findGitDir(root);
  if (!gitDir) return 'none';
  const head = (await readSmall(path.join(gitDir, 'HEAD')))?.trim() ?? '';
  const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
  if (!ref) return head;
  const common = (await readSmall(path.join(gitDir, 'commondir')))?.trim();
  const dirs = [gitDir, ...(common ? [path.resolve(gitDir, common)] : [])];
  for (const dir of dirs) {
    const loose = (await readSmall(path.join(dir, ref)))?.trim();
    if (loose) return `${head}|${loose}`;
  }
  for (const dir of dirs) {
    const packed = await fs.readFile(path.join(dir, 'packed-refs'), 'utf8').catch(() => undefined);
    const line = packed?.split('\n').find((l) => l.endsWith(` ${ref}`));
    if (line) return `${head}|${line}`;
  }
  return head;
}

/** The .git folder of the repository holding `root` (a `.git` file names it in linked worktrees). */
async function findGitDir(root: string): Promise<string | undefined> {
  for (let dir = root; ;) {
    const dotGit = path.join(dir, '.git');
    const stat = await fs.stat(dotGit).catch(() => undefined);
    if (stat?.isDirectory()) return dotGit;
    if (stat?.isFile()) {
      const named = /^gitdir:\s*(.+)$/m.exec((await readSmall(dotGit)) ?? '')?.[1]?.trim();
      return named ? path.resolve(dir, named) : undefined;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function readSmall(file: string): Promise<string | undefined> {
  try {
    const handle = await fs.open(file, 'r');
    try {
      const buffer = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}
