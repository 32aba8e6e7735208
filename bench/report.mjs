// The report benchmark: a git repository of N generated cases (bench/generate.mjs) whose second
// commit moves N/50 of them to another phase, then cold processes of `check`, `report --format json`
// and `report --format html`, no cache. Target (spec 11, README): report <= 1.20 x a cold check.
// Usage: npm run bench:report [-- --count N --runs R]
// A command or format this build lacks (exit status 2) is shown as n/a.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import { opt, ROOT } from './options.mjs';
import { generate, generated, makeCase } from './generate.mjs';

const count = opt('count', 10_000);
const runs = opt('runs', 3);
const moves = Math.max(1, Math.round(count / 50));
const TODAY = '2026-11-23';
const repo = path.join(ROOT, '.bench', `report-${count}`);
const PHASES = ['needs', 'planning', 'execution', 'result'];

const git = (...args) => {
  // No background auto-gc: the explicit `git gc` below packs the objects once.
  const r = spawnSync('git', ['-c', 'gc.auto=0', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.org' },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};
const caseFile = (i) => path.join(repo, 'cases', String(2025 + (i % 2)), String(Math.floor(i / 500)), `bench-${i}.case.yaml`);

/** A phase moved on without a log entry saying so: only git dates the move. */
function moved(i) {
  const c = parse(makeCase(i));
  const at = PHASES.indexOf(c.phase);
  c.phase = at >= 0 && at < PHASES.length - 1 ? PHASES[at + 1] : 'execution';
  delete c.outcome;
  return stringify(c, { lineWidth: 0 });
}

function build() {
  if (fs.existsSync(path.join(repo, '.git')) && generated(repo)) return;
  generate(repo, count);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', `${count} cases`, '--date', '2026-01-15T12:00:00Z');
  for (let k = 0; k < moves; k++) {
    const i = (k * 97 + 13) % count;
    fs.writeFileSync(caseFile(i), moved(i));
  }
  git('commit', '-q', '-a', '-m', `${moves} cases moved`, '--date', '2026-06-01T12:00:00Z');
  git('gc', '-q');
}

/** One cold process; undefined when the build lacks the command or format (exit status 2). */
function once(args) {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['-r', path.join(ROOT, 'bench', 'maxrss.cjs'), path.join(ROOT, 'bin', 'casefile.js'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (run.status === 2) {
    console.error(`casefile ${args.join(' ')}: exit 2 (${run.stderr.split('\n').find(Boolean)}): n/a`);
    return undefined;
  }
  if (run.status !== 0 && run.status !== 1) {
    console.error(`casefile ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
    process.exit(1);
  }
  return { seconds, rss: Number(/maxrss-kb (\d+)/.exec(run.stderr)[1]) / 1024, stdout: run.stdout };
}

/**
 * Best of `runs` for each command, taken in turns (check, json, html, check, …) so that a load
 * that comes and goes on the machine falls on all of them alike; peak memory is the largest seen.
 */
function measureInTurns(commands) {
  const best = commands.map(() => null);
  for (let r = 0; r < runs; r++) {
    commands.forEach((args, k) => {
      if (best[k] === undefined) return;
      const x = once(args);
      if (!x) best[k] = undefined;
      else if (!best[k]) best[k] = x;
      else best[k] = { seconds: Math.min(best[k].seconds, x.seconds), rss: Math.max(best[k].rss, x.rss), stdout: x.stdout };
    });
  }
  return best.map((x) => x ?? undefined);
}

build();
const [check, json, html] = measureInTurns([
  ['check', '.', '--format', 'json', '--today', TODAY],
  ['report', '.', '--format', 'json', '--today', TODAY],
  ['report', '.', '--format', 'html', '--today', TODAY],
]);
if (!check) throw new Error('casefile check did not run');

const ratio = (x) => (x ? (x.seconds / check.seconds).toFixed(2) : 'n/a');
const ok = (x) => (x ? (x.seconds / check.seconds <= 1.2 ? 'yes' : 'NO') : 'n/a');
const WIDTHS = [36, 8, 8, 14, 8, 4];
const line = (...cells) => `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(WIDTHS[0]) : String(c).padStart(WIDTHS[i]))).join(' | ')} |`;
const rule = `|${WIDTHS.map((w) => '-'.repeat(w + 2)).join('|')}|`;
console.log(`\n${line('measure', 'seconds', 'peak MB', 'ratio to check', 'target', 'ok')}\n${rule}`);
for (const [name, x, target] of [
  ['(a) check --format json, cold', check, '—'],
  ['(b) report --format json, cold', json, '<= 1.20'],
  ['(c) report --format html, cold', html, '<= 1.20'],
]) {
  console.log(line(name, x ? x.seconds.toFixed(2) : 'n/a', x ? x.rss.toFixed(0) : 'n/a', x === check ? '1.00' : ratio(x), target, x === check ? '' : ok(x)));
}

let figures = 'n/a';
try {
  const r = JSON.parse(json.stdout);
  figures = `${r.cases} cases, git ${r.git}, ${r.timeInPhase.filter((t) => t.source === 'git').length} phase dates from git, ${r.stale.length} stale`;
  if (r.cases !== count) throw new Error(`expected ${count} cases, the report has ${r.cases}`);
} catch (error) {
  if (json) throw error;
}
console.log(`\nreport: ${figures}; ${moves} phase moves in git`);
console.log(`best of ${runs} cold processes each, taken in turns, no cache; ${process.execPath} ${process.version}; CASEFILE_THREADS=${process.env.CASEFILE_THREADS ?? 'default'}`);
