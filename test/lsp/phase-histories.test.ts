// The server's cache of git's phase history: read once per HEAD, shared by concurrent askers, read
// again when HEAD moves, never in an untrusted workspace. git itself is replaced by a counting reader
// and HEAD by a hand-made .git folder, so the cache is tested without running git.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PhaseHistory } from '../../server/src/engine/git/phase-log';
import { PhaseHistories, combinedState, everyMidnight, headOf } from '../../server/src/lsp/phase-histories';
import { removeTempFolders, tempFolder } from './harness';

const made: PhaseHistories[] = [];
afterEach(() => {
  for (const h of made.splice(0)) h.dispose();
  vi.useRealTimers();
  removeTempFolders();
});

/** A cache whose `changed` calls resolve the promises `next()` hands out, in order. */
function watched(read: (root: string) => Promise<PhaseHistory>) {
  const waiting: (() => void)[] = [];
  let pending = 0;
  const histories = new PhaseHistories(
    true,
    () => {
      const resolve = waiting.shift();
      if (resolve) resolve();
      else pending++;
    },
    () => {},
    read,
  );
  made.push(histories);
  const next = () => (pending > 0 ? (pending--, Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve)));
  return { histories, next };
}

const COMMIT_A = 'a'.repeat(40);
const COMMIT_B = 'b'.repeat(40);

/** A repository folder whose .git says HEAD is main at `commit`, and the casefile root inside it. */
function repository(commit: string): { top: string; root: string } {
  const top = tempFolder('git');
  fs.mkdirSync(path.join(top, '.git/refs/heads'), { recursive: true });
  fs.writeFileSync(path.join(top, '.git/HEAD'), 'ref: refs/heads/main\n');
  fs.writeFileSync(path.join(top, '.git/refs/heads/main'), `${commit}\n`);
  const root = path.join(top, 'samples');
  fs.mkdirSync(root);
  return { top, root };
}

function reader(root: string) {
  const calls: string[] = [];
  let commit = COMMIT_A;
  const read = async (r: string): Promise<PhaseHistory> => {
    calls.push(r);
    await new Promise((resolve) => setImmediate(resolve));
    return { state: 'used', changes: new Map([[path.join(root, 'cases/a.case.yaml'), { date: '2026-05-12', phase: 'planning', commit }]]) };
  };
  return { calls, read, setCommit: (c: string) => (commit = c) };
}

describe('PhaseHistories', () => {
  it('reads once for concurrent askers, and not again while HEAD stays', async () => {
    const { root } = repository(COMMIT_A);
    const r = reader(root);
    let changed = 0;
    const histories = new PhaseHistories(
      true,
      () => changed++,
      () => {},
      r.read,
    );
    expect(histories.peek(root)).toBeUndefined();
    const [a, b] = await Promise.all([histories.current(root), histories.current(root)]);
    expect(r.calls).toEqual([root]);
    expect(a).toBe(b);
    expect(a?.changes.get(path.join(root, 'cases/a.case.yaml'))?.date).toBe('2026-05-12');
    expect(changed).toBe(1);
    await histories.current(root);
    expect(histories.peek(root)).toBe(a);
    await histories.current(root);
    expect(r.calls).toHaveLength(1);
    expect(changed).toBe(1);
  });

  it('reads again when HEAD moves, and says so only when the history changed', async () => {
    const { top, root } = repository(COMMIT_A);
    const r = reader(root);
    let changed = 0;
    const histories = new PhaseHistories(
      true,
      () => changed++,
      () => {},
      r.read,
    );
    await histories.current(root);
    fs.writeFileSync(path.join(top, '.git/refs/heads/main'), `${COMMIT_B}\n`);
    await histories.current(root);
    expect(r.calls).toHaveLength(2);
    // Same changes as before: nothing for the index to say.
    expect(changed).toBe(1);
    r.setCommit(COMMIT_B);
    fs.writeFileSync(path.join(top, '.git/HEAD'), `${COMMIT_A}\n`);
    const after = await histories.current(root);
    expect(r.calls).toHaveLength(3);
    expect(changed).toBe(2);
    expect([...after!.changes.values()][0]?.commit).toBe(COMMIT_B);
  });

  it('never reads in an untrusted workspace, until trust is given', async () => {
    const { root } = repository(COMMIT_A);
    const r = reader(root);
    const histories = new PhaseHistories(
      false,
      () => {},
      () => {},
      r.read,
    );
    expect(histories.peek(root)).toBeUndefined();
    expect(await histories.current(root)).toBeUndefined();
    expect(r.calls).toEqual([]);
    histories.enabled = true;
    expect((await histories.current(root))?.state).toBe('used');
  });

  it('logs a failing read and keeps answering', async () => {
    const { root } = repository(COMMIT_A);
    const logs: string[] = [];
    const histories = new PhaseHistories(
      true,
      () => {},
      (m) => logs.push(m),
      () => Promise.reject(new Error('boom')),
    );
    expect(await histories.current(root)).toBeUndefined();
    expect(logs.join('\n')).toMatch(/boom/);
  });

  it('finds a history keyed by the real path under a root reached through a link', async () => {
    const { top, root } = repository(COMMIT_A);
    const link = path.join(tempFolder('link'), 'repo');
    fs.symlinkSync(top, link);
    const linkedRoot = path.join(link, 'samples');
    const real = fs.realpathSync(root);
    const histories = new PhaseHistories(
      true,
      () => {},
      () => {},
      reader(real).read,
    );
    const history = await histories.current(linkedRoot);
    expect(history?.changes.get(path.join(linkedRoot, 'cases/a.case.yaml'))?.phase).toBe('planning');
  });
});

describe('PhaseHistories watching the git folder', () => {
  it('reads again and says so when a commit moves the branch, though no feature asks', async () => {
    const { top, root } = repository(COMMIT_A);
    const r = reader(root);
    const { histories, next } = watched(r.read);
    await histories.current(root);
    await next();
    r.setCommit(COMMIT_B);
    fs.writeFileSync(path.join(top, '.git/refs/heads/main'), `${COMMIT_B}\n`);
    await next();
    expect(r.calls).toHaveLength(2);
    expect([...histories.peek(root)!.changes.values()][0]?.commit).toBe(COMMIT_B);
  });

  it("reads again when a fetch deepens a shallow clone (HEAD stays), and leaves 'shallow'", async () => {
    const { top, root } = repository(COMMIT_A);
    fs.writeFileSync(path.join(top, '.git/shallow'), `${COMMIT_A}\n`);
    let shallow = true;
    const read = async (): Promise<PhaseHistory> => (shallow ? { state: 'shallow', changes: new Map() } : { state: 'used', changes: new Map() });
    const { histories, next } = watched(read);
    expect((await histories.current(root))?.state).toBe('shallow');
    await next();
    shallow = false;
    fs.rmSync(path.join(top, '.git/shallow'));
    await next();
    expect(histories.peek(root)?.state).toBe('used');
  });

  it('answers without a branch folder to watch (a detached HEAD, no refs/heads)', async () => {
    const { top, root } = repository(COMMIT_A);
    fs.rmSync(path.join(top, '.git/refs'), { recursive: true });
    fs.writeFileSync(path.join(top, '.git/HEAD'), `${COMMIT_A}\n`);
    const { histories } = watched(reader(root).read);
    expect((await histories.current(root))?.state).toBe('used');
  });
});

describe('everyMidnight', () => {
  it('runs at the next local midnight, and every one after', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 4, 12, 23, 59, 0));
    let runs = 0;
    const stop = everyMidnight(() => runs++);
    vi.advanceTimersByTime(59_000);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(2_000);
    expect(runs).toBe(1);
    vi.advanceTimersByTime(24 * 3600_000);
    expect(runs).toBe(2);
    stop();
    vi.advanceTimersByTime(48 * 3600_000);
    expect(runs).toBe(2);
  });
});

describe('headOf', () => {
  it('names the branch and its commit, from a loose or a packed ref, and a linked worktree', async () => {
    const { top, root } = repository(COMMIT_A);
    expect(await headOf(root)).toBe(`ref: refs/heads/main|${COMMIT_A}`);
    fs.rmSync(path.join(top, '.git/refs/heads/main'));
    fs.writeFileSync(path.join(top, '.git/packed-refs'), `# pack-refs with: peeled\n${COMMIT_B} refs/heads/main\n`);
    expect(await headOf(root)).toContain(COMMIT_B);
    const worktree = tempFolder('wt');
    const gitDir = path.join(top, '.git/worktrees/wt');
    fs.mkdirSync(gitDir, { recursive: true });
    fs.writeFileSync(path.join(gitDir, 'HEAD'), 'ref: refs/heads/main\n');
    fs.writeFileSync(path.join(gitDir, 'commondir'), '../..\n');
    fs.writeFileSync(path.join(worktree, '.git'), `gitdir: ${gitDir}\n`);
    expect(await headOf(worktree)).toContain(COMMIT_B);
  });

  it('is "none" outside a repository', async () => {
    expect(await headOf(tempFolder('plain'))).toBe('none');
  });
});

describe('combinedState', () => {
  it('is used when any repository used git, else shallow when any was shallow', () => {
    expect(combinedState(['none', 'used', 'shallow'])).toBe('used');
    expect(combinedState(['none', 'shallow', undefined])).toBe('shallow');
    expect(combinedState([undefined])).toBe('none');
  });
});
