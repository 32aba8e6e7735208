// The CLI benchmark: generate 10,000 cases, then compare a cold `casefile check` (a new process,
// worker threads) with the floor of `yaml`'s own parseDocument over the same files on one thread.
// Usage: npm run bench [-- --count N --runs R]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { opt, ROOT } from './options.mjs';
import { generate } from './generate.mjs';

const count = opt('count', 10_000);
const runs = opt('runs', 3);
const repo = path.join(ROOT, '.bench', `repo-${count}`);

if (!fs.existsSync(path.join(repo, 'casefile.yaml')) || fs.readdirSync(path.join(repo, 'cases')).length === 0) generate(repo, count);
const files = [];
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const f = path.join(d, e.name);
    if (e.isDirectory()) walk(f);
    else if (f.endsWith('.case.yaml')) files.push(f);
  }
};
walk(path.join(repo, 'cases'));
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const lines = texts.reduce((n, t) => n + t.split('\n').length, 0);

// The floor: parseDocument alone, files already in memory, one thread; the best of the runs.
let floor = Infinity;
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  for (const t of texts) parseDocument(t);
  floor = Math.min(floor, Number(process.hrtime.bigint() - t0) / 1e9);
}

// The real thing: a cold process per run, as CI starts it; peak RSS covers the worker threads.
let best = Infinity;
let rss = 0;
let status;
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    ['-r', path.join(ROOT, 'bench', 'maxrss.cjs'), path.join(ROOT, 'bin', 'casefile.js'), 'check', repo, '--format', 'json', '--today', '2026-11-23'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    },
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  status = run.status;
  if (run.status !== 0 && run.status !== 1) {
    console.error(run.stderr);
    process.exit(1);
  }
  const report = JSON.parse(run.stdout);
  if (report.files !== count + 2) throw new Error(`expected ${count + 2} files, the CLI reported ${report.files}`);
  best = Math.min(best, seconds);
  rss = Math.max(rss, Number(/maxrss-kb (\d+)/.exec(run.stderr)[1]) / 1024);
}

const row = (k, v) => `| ${k.padEnd(44)} | ${String(v).padStart(14)} |`;
console.log(`\n${row('measure', 'value')}\n|${'-'.repeat(46)}|${'-'.repeat(16)}|`);
console.log(row('case files', count));
console.log(row('lines of YAML', lines));
console.log(row('parseDocument only, 1 thread (s)', floor.toFixed(2)));
console.log(row('casefile check, cold process (s)', best.toFixed(2)));
console.log(row('ratio check / parse floor (target <= 1.00)', (best / floor).toFixed(2)));
console.log(row('files per second', Math.round(count / best)));
console.log(row('peak memory, MB (target < 500)', rss.toFixed(0)));
console.log(row('exit status', status));
console.log(`\nbest of ${runs} runs; ${process.execPath} ${process.version}`);
