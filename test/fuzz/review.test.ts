// `casefile review` on random edit sequences of sample cases, committed as commits A and B in one
// temporary repository (built once, reused: each input adds two commits and reviews them by id):
// a commit reviewed against itself reports nothing, and swapping base and head swaps new and fixed,
// added and removed, and the phase moves' directions.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { isMap, isSeq, parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../server/src/cli/main';
import { CASES, DIRECTORY, POLICY } from './mutate';
import { runProperty, TIMEOUT } from './runs';

const START = ['cases/2026/vgr-2026-030.case.yaml', 'cases/2026/vgr-2026-027.case.yaml', 'cases/2026/vgr-2026-012.case.yaml', 'cases/2026/vas-2026-003.case.yaml'];
const PHASES = ['needs', 'planning', 'execution', 'result', 'closed'];
const ROLES = ['legal', 'it', 'procurement', 'care-representative', 'innovation-officer', 'data-protection'];
const IDS = ['VGR-2026-030', 'VGR-2026-027', 'VGR-2026-099', 'X-1'];

type Edit =
  | { op: 'phase'; i: number; phase: string }
  | { op: 'add-stakeholder'; i: number; role: string }
  | { op: 'remove-stakeholder'; i: number; k: number }
  | { op: 'sign'; i: number; k: number }
  | { op: 'break'; i: number; line: number }
  | { op: 'rename'; i: number }
  | { op: 'id'; i: number; id: string }
  | { op: 'delete'; i: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('phase' as const), i: fc.nat(), phase: fc.constantFrom(...PHASES) }),
  fc.record({ op: fc.constant('add-stakeholder' as const), i: fc.nat(), role: fc.constantFrom(...ROLES) }),
  fc.record({ op: fc.constant('remove-stakeholder' as const), i: fc.nat(), k: fc.nat(5) }),
  fc.record({ op: fc.constant('sign' as const), i: fc.nat(), k: fc.nat(3) }),
  fc.record({ op: fc.constant('break' as const), i: fc.nat(), line: fc.nat(60) }),
  fc.record({ op: fc.constant('rename' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('id' as const), i: fc.nat(), id: fc.constantFrom(...IDS) }),
  fc.record({ op: fc.constant('delete' as const), i: fc.nat() }),
);
const edits = fc.array(edit, { maxLength: 5 });

type Tree = Map<string, string>;

/** Edits one case through the yaml Document (comments kept); text that does not parse is left alone. */
function editYaml(text: string, change: (doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(text);
  if (doc.errors.length) return text;
  change(doc);
  return doc.toString();
}

function apply(start: Tree, list: Edit[]): Tree {
  const tree = new Map(start);
  for (const e of list) {
    const cases = [...tree.keys()].filter((f) => f.endsWith('.case.yaml')).sort();
    if (!cases.length) break;
    const file = cases[e.i % cases.length]!;
    const text = tree.get(file)!;
    switch (e.op) {
      case 'phase':
        tree.set(
          file,
          editYaml(text, (d) => d.set('phase', e.phase)),
        );
        break;
      case 'add-stakeholder':
        tree.set(
          file,
          editYaml(text, (d) => {
            const list = d.get('stakeholders');
            if (isSeq(list)) list.add(d.createNode({ role: e.role, name: 'Henrik Dahl' }));
          }),
        );
        break;
      case 'remove-stakeholder':
        tree.set(
          file,
          editYaml(text, (d) => {
            const list = d.get('stakeholders');
            if (isSeq(list) && list.items.length) list.items.splice(e.k % list.items.length, 1);
          }),
        );
        break;
      case 'sign':
        tree.set(
          file,
          editYaml(text, (d) => {
            const list = d.get('agreements');
            if (!isSeq(list) || !list.items.length) return;
            const agreement = list.items[e.k % list.items.length];
            if (!isMap(agreement)) return;
            agreement.set('status', 'signed');
            agreement.set('signed', '2026-11-20');
          }),
        );
        break;
      case 'break': {
        const lines = text.split('\n');
        lines.splice(e.line % lines.length, 0, 'broken: [unclosed');
        tree.set(file, lines.join('\n'));
        break;
      }
      case 'rename': {
        tree.delete(file);
        const renamed = `cases/moved/${path.basename(file)}`;
        tree.set(renamed === file ? `cases/${path.basename(file)}` : renamed, text);
        break;
      }
      case 'id':
        tree.set(
          file,
          editYaml(text, (d) => d.set('id', e.id)),
        );
        break;
      case 'delete':
        tree.delete(file);
        break;
    }
  }
  return tree;
}

let TMP = '';
let HOME = '';
let REPO = '';
let serial = 0;
const START_TREE: Tree = new Map([['casefile.yaml', POLICY], ['directory.yaml', DIRECTORY], ...START.map((f) => [f, CASES.find((c) => c.file === f)!.text] as [string, string])]);

function gitEnv(): NodeJS.ProcessEnv {
  // Fixed people and dates keep commit ids reproducible; no user or system configuration is read.
  const date = `2026-11-01T10:00:${String(serial % 60).padStart(2, '0')}+0000`;
  return {
    PATH: process.env.PATH,
    LANG: 'C',
    TZ: 'UTC',
    HOME,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CEILING_DIRECTORIES: TMP,
    GIT_AUTHOR_NAME: 'Ada Reviewer',
    GIT_AUTHOR_EMAIL: 'ada@example.org',
    GIT_COMMITTER_NAME: 'Ada Reviewer',
    GIT_COMMITTER_EMAIL: 'ada@example.org',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
}

function git(...args: string[]): string {
  const run = spawnSync('git', args, { cwd: REPO, env: gitEnv(), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

/** Makes the work tree exactly `tree` and commits it; returns the commit id. */
function commit(tree: Tree): string {
  serial++;
  for (const e of fs.readdirSync(REPO)) if (e !== '.git') fs.rmSync(path.join(REPO, e), { recursive: true, force: true });
  for (const [file, text] of tree) {
    fs.mkdirSync(path.dirname(path.join(REPO, file)), { recursive: true });
    fs.writeFileSync(path.join(REPO, file), text);
  }
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', `commit ${serial}`);
  return git('rev-parse', 'HEAD');
}

interface JsonFinding {
  file: string;
  rule: string;
  severity: string;
  message: string;
  line: number;
  id?: string;
}
interface JsonCase {
  id: string;
  file: string;
  changes?: string[];
}
interface JsonReview {
  base: string;
  head: string | null;
  cases: { added: JsonCase[]; removed: JsonCase[]; changed: JsonCase[] };
  phaseMoves: { id: string; from: string; to: string }[];
  findings: { new: JsonFinding[]; fixed: JsonFinding[]; unchanged: number };
  errors: number;
  warnings: number;
  newErrors: number;
  fixedErrors: number;
}

async function review(base: string, head: string): Promise<{ status: number; json: JsonReview }> {
  let stdout = '';
  let stderr = '';
  const status = await main(['review', '--base', base, '--head', head, '--format', 'json', '--fail-on', 'new', '--today', '2026-11-23'], {
    cwd: REPO,
    env: gitEnv(),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
  });
  if (status === 2) throw new Error(`review ${base} ${head} exited 2: ${stderr}`);
  return { status, json: JSON.parse(stdout) as JsonReview };
}

/** Case id → phase, when every case of the tree parses and has its own id (else undefined: no claim). */
function casesOf(tree: Tree): Map<string, unknown> | undefined {
  const out = new Map<string, unknown>();
  for (const [file, text] of tree) {
    if (!file.endsWith('.case.yaml')) continue;
    const doc = parseDocument(text);
    const id = doc.get('id');
    if (doc.errors.length || typeof id !== 'string' || out.has(id)) return undefined;
    out.set(id, doc.get('phase'));
  }
  return out;
}

/** A finding as both directions must name it (the same commit's file and line either way). */
const key = (f: JsonFinding) => JSON.stringify(f);
const keys = (list: JsonFinding[]) => list.map(key).sort();
const ids = (list: JsonCase[]) => list.map((c) => `${c.id} ${c.file}`).sort();

describe('fuzz: review', () => {
  beforeAll(() => {
    TMP = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-review-fuzz-')));
    HOME = path.join(TMP, 'home');
    REPO = path.join(TMP, 'repo');
    fs.mkdirSync(HOME);
    fs.mkdirSync(REPO);
    git('init', '-q', '-b', 'main');
  });
  afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

  it(
    'a commit reviewed against itself reports nothing',
    () =>
      runProperty(
        'review: A against A',
        fc.asyncProperty(edits, async (list) => {
          const a = commit(apply(START_TREE, list));
          const { status, json } = await review(a, a);
          expect(json.base).toBe(a);
          expect(json.head).toBe(a);
          expect(json.findings.new).toEqual([]);
          expect(json.findings.fixed).toEqual([]);
          expect(json.cases).toEqual({ added: [], removed: [], changed: [] });
          expect(json.phaseMoves).toEqual([]);
          expect([json.newErrors, json.fixedErrors, status]).toEqual([0, 0, 0]);
        }),
        { runs: 12, share: 0.001, seconds: 8 },
      ),
    TIMEOUT,
  );

  it(
    'swapping base and head swaps new and fixed, added and removed',
    () =>
      runProperty(
        'review: A→B against B→A',
        fc.asyncProperty(edits, edits, async (first, second) => {
          const treeA = apply(START_TREE, first);
          const treeB = apply(treeA, second);
          const a = commit(treeA);
          const b = commit(treeB);
          const { json: ab } = await review(a, b);
          const { json: ba } = await review(b, a);
          // So that the swaps cannot hold by reporting nothing: where every case parses, ids and phases are seen.
          const [casesA, casesB] = [casesOf(treeA), casesOf(treeB)];
          if (casesA && casesB) {
            const only = (x: Map<string, unknown>, y: Map<string, unknown>) => [...x.keys()].filter((id) => !y.has(id)).sort();
            expect(ab.cases.added.map((c) => c.id).sort()).toEqual(only(casesB, casesA));
            expect(ab.cases.removed.map((c) => c.id).sort()).toEqual(only(casesA, casesB));
            const moved = [...casesB].filter(([id, phase]) => casesA.has(id) && casesA.get(id) !== phase).map(([id]) => id);
            expect(ab.phaseMoves.map((m) => m.id).sort()).toEqual(moved.sort());
          }
          expect(keys(ab.findings.new)).toEqual(keys(ba.findings.fixed));
          expect(keys(ab.findings.fixed)).toEqual(keys(ba.findings.new));
          expect(ab.findings.unchanged).toBe(ba.findings.unchanged);
          expect([ab.newErrors, ab.fixedErrors]).toEqual([ba.fixedErrors, ba.newErrors]);
          expect(ids(ab.cases.added)).toEqual(ids(ba.cases.removed));
          expect(ids(ab.cases.removed)).toEqual(ids(ba.cases.added));
          // The same values changed either way (a changed case names the head's file and id, which may differ or be missing).
          const changed = (r: JsonReview) => r.cases.changed.map((c) => (c.changes ?? []).join(',')).sort();
          expect(changed(ab)).toEqual(changed(ba));
          const moves = (r: JsonReview, swap: boolean) => r.phaseMoves.map((m) => (swap ? `${m.id} ${m.to}→${m.from}` : `${m.id} ${m.from}→${m.to}`)).sort();
          expect(moves(ab, false)).toEqual(moves(ba, true));
        }),
        { runs: 12, share: 0.001, seconds: 20 },
      ),
    TIMEOUT,
  );
});
