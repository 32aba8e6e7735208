// casefile/index: when each open case entered its phase (log, git or opened), the days since, and
// whether it is stale, on the samples at their fixed day; edits of the log and git's history arriving
// change the index and are announced.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PhaseHistory } from '../../server/src/engine/git/phase-log';
import { INDEX_CHANGED_NOTIFICATION, INDEX_REQUEST, type CaseEntry, type CaseIndex } from '../../server/src/shared/protocol';
import { Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

const NEEDS = 'cases/2026/vgr-2026-030.case.yaml';
const PLANNING = 'cases/2025/vgr-2025-017.case.yaml';

const NO_GIT = async (): Promise<PhaseHistory> => ({ state: 'none', changes: new Map() });

function byId(index: CaseIndex, id: string): CaseEntry {
  const entry = index.cases.find((c) => c.id === id);
  if (!entry) throw new Error(`no ${id} in the index`);
  return entry;
}

/** The index once it satisfies `match`: asked now, and again after each indexChanged. */
async function indexWhere(harness: Harness, match: (index: CaseIndex) => boolean): Promise<CaseIndex> {
  for (;;) {
    const next = harness.notification(INDEX_CHANGED_NOTIFICATION.method);
    const index = await harness.client.sendRequest(INDEX_REQUEST);
    if (match(index)) {
      void next.catch(() => {});
      return index;
    }
    await next;
  }
}

describe('time in phase and staleness in the index', () => {
  it('gives since, days and source for open cases, and marks the stale ones with their idle days and limit', async () => {
    h = await Harness.start({ readPhaseHistory: NO_GIT });
    const index = await h.client.sendRequest(INDEX_REQUEST);
    // opened 2026-10-05, last log 2026-10-19; today 2026-11-23.
    const fresh = byId(index, 'VGR-2026-030');
    expect(fresh).toMatchObject({ phase: 'needs', since: '2026-10-05', days: 49, source: 'opened' });
    expect(fresh.stale).toBeUndefined();
    // The sample that stalled: last activity 2026-05-12, 195 days before today, over the policy's 120.
    expect(byId(index, 'SKANE-2026-002')).toMatchObject({ phase: 'needs', stale: true, inactiveDays: 195, staleAfterDays: 120 });
    for (const c of index.cases.filter((c) => c.phase !== 'closed')) {
      expect(c.since, c.id).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(c.days, c.id).toBeGreaterThanOrEqual(0);
      expect(['log', 'git', 'opened']).toContain(c.source);
    }
    for (const c of index.cases.filter((c) => c.phase === 'closed')) {
      expect([c.since, c.days, c.source, c.stale], c.id).toEqual([undefined, undefined, undefined, undefined]);
    }
  });

  it('takes the log entry of the phase, and an edit of its date alone changes the index', async () => {
    h = await Harness.start({ readPhaseHistory: NO_GIT });
    const text = h.read(PLANNING);
    await h.open(PLANNING, text);
    const withEntry = (date: string) => text.replace(/^log:\n/m, `log:\n  - { date: ${date}, event: "Fas: behov → planering", phase: planning }\n`);
    expect(withEntry('2026-05-12')).not.toBe(text);
    await h.change(PLANNING, withEntry('2026-05-12'));
    const logged = await indexWhere(h, (i) => byId(i, 'VGR-2025-017').since === '2026-05-12');
    expect(byId(logged, 'VGR-2025-017')).toMatchObject({ since: '2026-05-12', days: 195, source: 'log' });
    const counts = (({ errors, warnings, infos }: CaseEntry) => ({ errors, warnings, infos }))(byId(logged, 'VGR-2025-017'));

    const announced = h.notification(INDEX_CHANGED_NOTIFICATION.method);
    await h.change(PLANNING, withEntry('2026-06-01'));
    await announced;
    const moved = byId(await h.client.sendRequest(INDEX_REQUEST), 'VGR-2025-017');
    expect(moved).toMatchObject({ since: '2026-06-01', days: 175, source: 'log', ...counts });
  });

  it('counts to the new day once the server notices it, and says the index changed', async () => {
    h = await Harness.start({ readPhaseHistory: NO_GIT });
    expect(byId(await h.client.sendRequest(INDEX_REQUEST), 'VGR-2026-030').days).toBe(49);
    h.now = new Date(2026, 10, 24, 9, 0, 0);
    const announced = h.notification(INDEX_CHANGED_NOTIFICATION.method);
    // An edit is when the server looks at the clock; the day's re-check covers every case.
    await h.open(NEEDS);
    await announced;
    expect(byId(await indexWhere(h, (i) => byId(i, 'VGR-2026-030').days === 50), 'SKANE-2026-002').inactiveDays).toBe(196);
  });

  it('dates a phase from git when the log does not, and announces the history when it arrives', async () => {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const reads: string[] = [];
    h = await Harness.start({
      readPhaseHistory: async (root) => {
        reads.push(root);
        await arrived;
        return { state: 'used', changes: new Map([[path.join(root, NEEDS), { date: '2026-10-10', phase: 'needs', commit: 'c'.repeat(40) }]]) };
      },
    });
    expect(byId(await h.client.sendRequest(INDEX_REQUEST), 'VGR-2026-030').source).toBe('opened');
    const announced = h.notification(INDEX_CHANGED_NOTIFICATION.method);
    release();
    await announced;
    expect(byId(await h.client.sendRequest(INDEX_REQUEST), 'VGR-2026-030')).toMatchObject({ since: '2026-10-10', days: 44, source: 'git' });
    expect(reads).toEqual([h.root]);
  });

  it("reads git's history once HEAD moves: a phase set by a commit is dated by it", async () => {
    h = await Harness.start();
    const root = h.root;
    const git = (args: string[], date = '2026-10-01T12:00:00+02:00') =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
        cwd: root,
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CEILING_DIRECTORIES: path.dirname(root) },
      });
    git(['init', '-q']);
    git(['add', '.']);
    git(['commit', '-q', '-m', 'cases']);
    // VGR-2026-030 has no log entry for planning: git's commit is what dates the move.
    const file = h.path(NEEDS);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^phase: needs$/m, 'phase: planning'));
    git(['commit', '-q', '-am', 'VGR-2026-030 to planning'], '2026-11-03T12:00:00+01:00');
    await h.filesChanged([[NEEDS, 2]]);
    const index = await indexWhere(h, (i) => byId(i, 'VGR-2026-030').source === 'git');
    expect(byId(index, 'VGR-2026-030')).toMatchObject({ phase: 'planning', since: '2026-11-03', days: 20, source: 'git' });
  });

  it('does not run git in an untrusted workspace', async () => {
    const reads: string[] = [];
    h = await Harness.start({
      init: { locale: 'en', workspaceTrusted: false },
      readPhaseHistory: async (root) => {
        reads.push(root);
        return { state: 'used', changes: new Map() };
      },
    });
    const index = await h.client.sendRequest(INDEX_REQUEST);
    await h.client.sendRequest('casefile/portfolio', { nonce: 'n' });
    expect(byId(index, 'VGR-2026-030').source).toBe('opened');
    expect(reads).toEqual([]);
  });
});
