// `npm run fuzz -- --runs N [--seed S] [FILTER...]`: the fuzz tests (test/fuzz) with N inputs per
// cheap property (expensive ones get their share of N), then a table of inputs and time per property.
// Without --runs, each property uses its default (the bounded run of `npm test`).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const env = { ...process.env };
const filters = [];
for (let i = 0; i < args.length; i++) {
  const value = () => {
    const v = args[++i];
    if (v === undefined || !/^-?\d+$/.test(v)) usage(`${args[i - 1]} needs an integer`);
    return v;
  };
  if (args[i] === '--runs') env.CASEFILE_FUZZ_RUNS = value();
  else if (args[i] === '--seed') env.CASEFILE_FUZZ_SEED = value();
  else if (args[i] === '-h' || args[i] === '--help') usage();
  else if (args[i].startsWith('-')) usage(`unknown option ${args[i]}`);
  else filters.push(args[i]);
}

const stats = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-fuzz-')), 'stats.jsonl');
env.CASEFILE_FUZZ_STATS = stats;
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const started = performance.now();
const run = spawnSync(process.execPath, [vitest, 'run', ...(filters.length ? filters.map((f) => `test/fuzz/${f}`) : ['test/fuzz']), '--testTimeout', '86400000'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
const seconds = (performance.now() - started) / 1000;

const rows = fs.existsSync(stats)
  ? fs
      .readFileSync(stats, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
  : [];
fs.rmSync(path.dirname(stats), { recursive: true, force: true });
const total = rows.reduce((n, r) => n + r.runs, 0);
const table = [
  ['property', 'inputs', 'seconds', 'inputs/s', 'result'],
  ...rows.map((r) => [r.name, String(r.runs), (r.ms / 1000).toFixed(1), (r.runs / (r.ms / 1000)).toFixed(0), r.failed ? `FAILED (seed ${r.seed})` : 'ok']),
  ['total', String(total), seconds.toFixed(1), (total / seconds).toFixed(0), run.status === 0 ? 'ok' : 'FAILED'],
];
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
console.log(
  `\nFuzz run${env.CASEFILE_FUZZ_RUNS ? ` (--runs ${env.CASEFILE_FUZZ_RUNS})` : ''}${env.CASEFILE_FUZZ_SEED ? `, seed ${env.CASEFILE_FUZZ_SEED}` : ''}; wall time includes start-up:`,
);
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, c) => (c === 0 || c === 4 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  if (i === 0 || i === table.length - 2) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
process.exit(run.status ?? 1);

function usage(problem) {
  if (problem) console.error(`fuzz: ${problem}`);
  console.error('usage: npm run fuzz -- [--runs N] [--seed S] [test file under test/fuzz ...]');
  process.exit(problem ? 2 : 0);
}
