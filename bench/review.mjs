// The review benchmark: a git repository of N generated cases (bench/generate.mjs) with N/100 of
// them changed, then cold processes of `check` and `review`, with and without the result cache.
// Usage: npm run bench:review [-- --count N --runs R]
// A command this build lacks (exit status 2: "unknown command", or its options unknown) is shown as n/a.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import { opt, ROOT } from './options.mjs';
import { generate, generated, makeCase } from './generate.mjs';

const count = opt('count', 10_000);
const runs = opt('runs', 3);
const changes = Math.max(1, Math.round(count / 100));
const TODAY = '2026-11-23';
const BENCH = path.join(ROOT, '.bench');
// Committed: the changes are the last commit of branch `change`, checked out. Uncommitted: a clone
// on `main` with the same changes in its working tree (and `origin/HEAD`, as a CI checkout has).
const repo = path.join(BENCH, `review-${count}`);
const wip = path.join(BENCH, `review-${count}-wip`);
const caches = path.join(BENCH, `review-${count}-cache`);

const git = (cwd, ...args) => {
  // No background auto-gc: the explicit `git gc` below packs the objects once.
  const r = spawnSync('git', ['-c', 'gc.auto=0', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.org' },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};
const caseFile = (root, i) => path.join(root, 'cases', String(2025 + (i % 2)), String(Math.floor(i / 500)), `bench-${i}.case.yaml`);
const PHASES = ['needs', 'planning', 'execution', 'result'];

/** The k-th change, of five kinds a pull request makes; each also logs what happened. */
function changed(i, k) {
  const c = parse(makeCase(i));
  const unit = c.directed_at[0].unit;
  const log = (event) => c.log.push({ date: '2026-11-20', event });
  switch (k % 5) {
    case 0: {
      // A phase moved on (a closed case is reopened into execution).
      const at = PHASES.indexOf(c.phase);
      c.phase = at >= 0 && at < PHASES.length - 1 ? PHASES[at + 1] : 'execution';
      delete c.outcome;
      log(`Fasen ändrad till ${c.phase}`);
      break;
    }
    case 1:
      c.agreements.push({ type: 'assignment', status: 'signed', signed: '2026-11-20', billing: 'actual-costs', parties: [...c.agreements[0].parties] });
      log('Uppdragsavtal undertecknat');
      break;
    case 2:
      c.anchoring.push({ unit, by: c.anchoring[0].by, role: 'verksamhetschef', decision: 'approved', date: '2026-11-20', reference: `Dnr ${i}-2` });
      log('Förankring godkänd');
      break;
    case 3:
      c.stakeholders.push({ role: 'care-representative', name: c.stakeholders[1].name, unit });
      log('Ny intressent');
      break;
    default:
      // A finding introduced: a score out of range.
      c.evaluation.benefit = 9;
      log('Utvärdering uppdaterad');
  }
  return stringify(c, { lineWidth: 0 });
}

/** The changed cases, spread over the repository. */
const changedCases = () => Array.from({ length: changes }, (_, k) => [(k * 97 + 13) % count, k]);

function build() {
  if (fs.existsSync(path.join(wip, '.git')) && fs.existsSync(path.join(repo, '.git')) && generated(repo)) return;
  fs.rmSync(wip, { recursive: true, force: true });
  generate(repo, count);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', `${count} cases`);
  git(repo, 'checkout', '-q', '-b', 'change');
  for (const [i, k] of changedCases()) fs.writeFileSync(caseFile(repo, i), changed(i, k));
  git(repo, 'commit', '-q', '-a', '-m', `${changes} cases changed`);
  git(repo, 'gc', '-q');
  git(BENCH, 'clone', '-q', '-b', 'main', repo, wip);
  git(wip, 'remote', 'set-head', 'origin', 'main');
  for (const [i, k] of changedCases()) fs.writeFileSync(caseFile(wip, i), changed(i, k));
}

/** Best of `runs` cold processes; `before` runs ahead of each (untimed). Undefined when the command does not exist. */
function measure(cwd, args, before = () => {}) {
  let best = Infinity;
  let rss = 0;
  let last;
  for (let r = 0; r < runs; r++) {
    before();
    const t0 = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['-r', path.join(ROOT, 'bench', 'maxrss.cjs'), path.join(ROOT, 'bin', 'casefile.js'), ...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, CASEFILE_DEBUG_CACHE: '1' },
    });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    // Before `review` exists: parseArgs rejects its options, or the command is unknown.
    if (run.status === 2 && /unknown command|Unknown option '--(base|head)'/.test(run.stderr)) return undefined;
    if (run.status !== 0 && run.status !== 1) {
      console.error(`casefile ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
      process.exit(1);
    }
    best = Math.min(best, seconds);
    rss = Math.max(rss, Number(/maxrss-kb (\d+)/.exec(run.stderr)[1]) / 1024);
    last = run;
  }
  return { seconds: best, rss, stdout: last.stdout, cache: /cache: (\d+) hits, (\d+) misses/.exec(last.stderr)?.slice(1).join(' / ') };
}

build();
const cold = path.join(caches, 'cold');
const filled = path.join(caches, 'filled');
const warm = path.join(caches, 'warm');
const empty = (dir) => fs.rmSync(dir, { recursive: true, force: true });
// Each review starts from the cache as `check --cache` left it, as in the Action: not from one a review filled.
const restore = () => {
  empty(warm);
  fs.cpSync(filled, warm, { recursive: true });
};
const check = ['check', '.', '--format', 'json', '--today', TODAY];
const review = ['review', '--base', 'main', '--format', 'json', '--today', TODAY];

const a = measure(repo, check);
const b = measure(repo, [...check, '--cache', '--cache-dir', cold], () => empty(cold));
empty(filled);
fs.cpSync(cold, filled, { recursive: true });
const bWarm = measure(repo, [...check, '--cache', '--cache-dir', warm], restore);
const c = measure(repo, [...review, '--cache', '--cache-dir', warm], restore);
const d = measure(repo, review);
const cWip = measure(wip, [...review, '--cache', '--cache-dir', warm], restore);
const dWip = measure(wip, review);

const same = (x, y) => (x && y ? (x.stdout === y.stdout ? 'yes' : 'NO') : 'n/a');
const changedCount = (x) => {
  try {
    return JSON.parse(x.stdout).cases.changed.length;
  } catch {
    return 'n/a';
  }
};
const ratio = (x) => (x ? (x.seconds / a.seconds).toFixed(2) : 'n/a');
const rows = [
  ['(a) check, cold, no cache', a],
  ['(b) check --cache, empty cache (fills it)', b],
  ['(b2) check --cache again, same tree', bWarm],
  ['(c) review --base main --cache, after (b)', c],
  ['(d) review --base main, no cache', d],
  ["(c') as (c), changes uncommitted", cWip],
  ["(d') as (d), changes uncommitted", dWip],
];
const WIDTHS = [48, 8, 8, 19];
const line = (...cells) => `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(WIDTHS[0]) : String(c).padStart(WIDTHS[i]))).join(' | ')} |`;
const rule = `|${WIDTHS.map((w) => '-'.repeat(w + 2)).join('|')}|`;
const table = (head, body) => console.log(`\n${line(...head)}\n${rule}\n${body.map((cells) => line(...cells)).join('\n')}`);
const ok = (x, max) => (x ? (x.seconds / a.seconds <= max ? 'yes' : 'NO') : 'n/a');
table(
  ['measure', 'seconds', 'peak MB', 'cache hits / misses'],
  rows.map(([k, x]) => [k, x ? x.seconds.toFixed(2) : 'n/a', x ? x.rss.toFixed(0) : 'n/a', x?.cache ?? '—']),
);
table(
  ['ratio', 'value', 'target', 'ok'],
  [
    ['(c) / (a): review with the cache / cold check', ratio(c), '<= 0.40', ok(c, 0.4)],
    ['(d) / (a): review without a cache / cold check', ratio(d), '—', ''],
    ["(c') / (a), changes uncommitted", ratio(cWip), '<= 0.40', ok(cWip, 0.4)],
    ["(d') / (a), changes uncommitted", ratio(dWip), '—', ''],
    ['(b) / (a): the cost of filling the cache', ratio(b), '—', ''],
  ],
);
table(
  ['check', 'value', '', ''],
  [
    ['case files / changed', count, changes, ''],
    ['check output the same with the cache (cold/warm)', same(a, b), same(a, bWarm), ''],
    ['review output the same without the cache', same(c, d), same(cWip, dWip), ''],
    ['changed cases reported (committed / not)', changedCount(c), changedCount(cWip), ''],
  ],
);
console.log(`\nbest of ${runs} cold processes each; ${process.execPath} ${process.version}; CASEFILE_THREADS=${process.env.CASEFILE_THREADS ?? 'default'}`);
