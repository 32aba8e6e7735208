// How report uses git's phase history (git/phase-log.ts, replaced here): started before checking,
// matched by absolute path, and a shallow clone noted once on stderr in the reader's language.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import type { PhaseHistory } from '../../server/src/engine/git/phase-log';

const history = vi.hoisted(() => ({ next: undefined as undefined | ((root: string) => PhaseHistory), roots: [] as string[] }));
vi.mock('../../server/src/engine/git/phase-log', () => ({
  readPhaseHistories: (roots: string[]) => {
    history.roots.push(...roots);
    return Promise.resolve(new Map(roots.map((root) => [root, history.next?.(root) ?? { state: 'none', changes: new Map() }])));
  },
}));
const { main } = await import('../../server/src/cli/main');

let dir: string;
const CASE = (phase: string) => `id: G-1\ntitle: T\nkind: dialogue\nphase: ${phase}\nopened: 2026-01-01\n`;

async function report(extra: string[] = []) {
  let stdout = '';
  let stderr = '';
  const code = await main(['report', '--format', 'json', '--today', '2026-11-23', ...extra], {
    cwd: dir,
    env: { LANG: 'C' },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
  });
  return { code, stderr, json: JSON.parse(stdout) as { git: string; timeInPhase: { source: string; since: string }[] } };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-report-git-'));
  fs.mkdirSync(path.join(dir, 'cases'));
  fs.writeFileSync(path.join(dir, 'casefile.yaml'), 'organisation: Test\n');
  fs.writeFileSync(path.join(dir, 'cases', 'g.case.yaml'), CASE('planning'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  history.next = undefined;
  history.roots = [];
});

it("dates a phase by git's change where the log does not, and says git was used", async () => {
  history.next = (root) => ({ state: 'used', changes: new Map([[path.join(root, 'cases', 'g.case.yaml'), { date: '2026-06-01', phase: 'planning', commit: 'a'.repeat(40) }]]) });
  const r = await report();
  expect(history.roots).toEqual([dir]);
  expect(r.json.git).toBe('used');
  expect(r.json.timeInPhase[0]).toMatchObject({ source: 'git', since: '2026-06-01' });
  expect(r.stderr).toBe('');
});

it('notes a shallow clone on stderr, in English or Swedish, and uses no git dates', async () => {
  history.next = () => ({ state: 'shallow', changes: new Map() });
  const en = await report();
  expect(en.code).toBe(0);
  expect(en.json.git).toBe('shallow');
  expect(en.json.timeInPhase[0]!.source).toBe('opened');
  expect(en.stderr).toMatch(/^casefile: .* is a shallow clone: phase dates from git are not used; fetch the history, e\.g\. `fetch-depth: 0`.*\n$/);
  const sv = await report(['--lang', 'sv']);
  expect(sv.stderr).toMatch(/^casefile: .* är en grund klon: fasdatum från git används inte; hämta historiken, t\.ex\. `fetch-depth: 0`.*\n$/);
});

it('says a partial clone is one, in English or Swedish', async () => {
  history.next = () => ({ state: 'shallow', partial: true, changes: new Map() });
  const en = await report();
  expect(en.json.git).toBe('shallow');
  expect(en.stderr).toMatch(/^casefile: .* is a partial clone \(file contents fetched on demand\): phase dates from git are not used; a full clone has them\n$/);
  expect((await report(['--lang', 'sv'])).stderr).toMatch(/är en partiell klon/);
});

it('says none without history', async () => {
  expect((await report()).json.git).toBe('none');
});
