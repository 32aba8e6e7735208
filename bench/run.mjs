// The CLI benchmark: generate 10,000 cases, then compare a cold `casefile check` (a new process,
// worker threads) with the floor of `yaml`'s own parseDocument over the same files on one thread.
// Usage: npm run bench [-- --count N --runs R]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { opt, ROOT } from './options.mjs';
import { generate, generated } from './generate.mjs';

const count = opt('count', 10_000);
const runs = opt('runs', 3);
const repo = path.join(ROOT, '.bench', `repo-${count}`);

if (!generated(repo)) generate(repo, count);
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
// Each round also runs with the research pack's seven rules off (spec 14), interleaved so that the
// machine's drift hits both alike: their ratio is what the pack's rules cost (an off rule is not run;
// the schema checks the new fields in both).
const PACK = ['device-investigation', 'third-country-data', 'participant-consent', 'research-exemption-basis', 'need-announcement-open', 'route-trl-fit', 'reference-permission'];
const packOff = path.join(ROOT, '.bench', 'pack-off.yaml');
fs.writeFileSync(packOff, `${fs.readFileSync(path.join(repo, 'casefile.yaml'), 'utf8')}rules:\n${PACK.map((id) => `  ${id}: off\n`).join('')}`);

function check(extra) {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    ['-r', path.join(ROOT, 'bench', 'maxrss.cjs'), path.join(ROOT, 'bin', 'casefile.js'), 'check', repo, '--format', 'json', '--today', '2026-11-23', ...extra],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (run.status !== 0 && run.status !== 1) {
    console.error(run.stderr);
    process.exit(1);
  }
  const report = JSON.parse(run.stdout);
  if (report.files !== count + 2) throw new Error(`expected ${count + 2} files, the CLI reported ${report.files}`);
  const pack = report.findings.filter((f) => PACK.includes(f.rule)).length;
  return { seconds, status: run.status, pack, rss: Number(/maxrss-kb (\d+)/.exec(run.stderr)[1]) / 1024 };
}

let best = Infinity;
let bestOff = Infinity;
let rss = 0;
let status;
let packFindings = 0;
for (let r = 0; r < runs; r++) {
  const on = check([]);
  const off = check(['--config', packOff]);
  if (off.pack !== 0) throw new Error(`the pack was not off: ${off.pack} findings`);
  status = on.status;
  packFindings = on.pack;
  best = Math.min(best, on.seconds);
  bestOff = Math.min(bestOff, off.seconds);
  rss = Math.max(rss, on.rss);
}

const row = (k, v) => `| ${k.padEnd(44)} | ${String(v).padStart(14)} |`;
console.log(`\n${row('measure', 'value')}\n|${'-'.repeat(46)}|${'-'.repeat(16)}|`);
console.log(row('case files', count));
console.log(row('lines of YAML', lines));
console.log(row('parseDocument only, 1 thread (s)', floor.toFixed(2)));
console.log(row('casefile check, cold process (s)', best.toFixed(2)));
console.log(row('ratio check / parse floor (target <= 1.00)', (best / floor).toFixed(2)));
console.log(row('files per second', Math.round(count / best)));
console.log(row('check with the research pack off (s)', bestOff.toFixed(2)));
console.log(row('ratio pack on / off (its cost)', (best / bestOff).toFixed(2)));
console.log(row('findings of the pack', packFindings));
console.log(row('peak memory, MB (target < 500)', rss.toFixed(0)));
console.log(row('exit status', status));
console.log(`\nbest of ${runs} runs; ${process.execPath} ${process.version}`);
