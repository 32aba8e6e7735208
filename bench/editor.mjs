// The editor benchmark: starts the real language server (`node dist/server.js --stdio`), talks LSP
// to it and measures edit → diagnostics latency (60-line and 10,000-line case) and the time and
// memory to index a workspace of 10,000 cases. Build first (`npm run build`).
// Usage: npm run bench:editor [-- --edits N --count N --runs R --profile --server FILE --node-option OPT]
//   --profile      runs an unminified server bundle under --cpu-prof; profiles go to .bench/profiles/
//   --server FILE  another server bundle (default dist/server.js), to compare a proposed change
//   --node-option  a Node option for the server process (repeatable), e.g. --max-semi-space-size=32
//   --edits-only   skips the workspace index (quick comparisons of the latency)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { argv, opt, ROOT } from './options.mjs';
import { generate, generated } from './generate.mjs';
import { largeCase, smallCase } from './editor-cases.mjs';
import { indexRun, latencyRun, editLatencies, stats } from './editor-measure.mjs';
import { printTable, serverDelays } from './editor-report.mjs';

const edits = opt('edits', 200);
const count = opt('count', 10_000);
const runs = opt('runs', 3);
const profile = argv.includes('--profile');
const serverArg = argv.includes('--server') ? path.resolve(argv[argv.indexOf('--server') + 1]) : undefined;
const editsOnly = argv.includes('--edits-only');
const nodeOptions = argv.flatMap((a, i) => (a === '--node-option' ? [argv[i + 1]] : []));

// Whatever happens, the benchmark ends: a hung server is killed by its client's timeouts, this is the last resort.
const watchdog = setTimeout(() => {
  console.error('editor benchmark: gave up after 20 minutes');
  process.exit(2);
}, 20 * 60_000);

let serverPath = serverArg ?? path.join(ROOT, 'dist', 'server.js');
let execArgv = [...nodeOptions];
if (profile) {
  serverPath = await profilingBundle();
  execArgv.push('--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, '.bench', 'profiles')}`);
} else if (!fs.existsSync(serverPath)) {
  console.error(`${serverPath} is missing: run \`npm run build\` first`);
  process.exit(2);
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const loadBefore = load();
const delays = serverDelays(ROOT);
const server = { serverPath, execArgv };

const small = smallCase();
const large = largeCase(10_000);
console.error(`edits: 60-line case (${edits})…`);
const smallRun = await latencyRun({ ...server, name: 'small', ...small, edits });
console.error(`edits: 10,000-line case (${edits})…`);
const largeRun = await latencyRun({ ...server, name: 'large', ...large, edits });

const indexRuns = [];
let expected;
if (!editsOnly) {
  // The workspace of `count` generated cases, and the CLI's totals for it (the index must agree).
  const repo = path.join(ROOT, '.bench', `repo-${count}`);
  if (!generated(repo)) {
    console.error(`generating ${count} cases in ${path.relative(ROOT, repo)}…`);
    generate(repo, count);
  }
  console.error('casefile check over the workspace (the expected totals)…');
  const cli = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'casefile.js'), 'check', repo, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (cli.status !== 0 && cli.status !== 1) throw new Error(`casefile check failed: ${cli.stderr}`);
  expected = JSON.parse(cli.stdout);

  // One case of the big workspace, edited while the server holds all the others.
  const inRepoFile = path.join(repo, 'cases', '2025', '0', 'bench-0.case.yaml');
  const inRepoText = fs.readFileSync(inRepoFile, 'utf8');
  const inRepoMarkers = inRepoText.split('\n').flatMap((line, i) => (/^ {4}event: /.test(line) ? [{ line: i, character: line.length - 1 }] : []));
  const inRepoEdits = Math.min(edits, 50);

  for (let r = 0; r < runs; r++) {
    console.error(`index: ${count} cases, run ${r + 1} of ${runs}…`);
    const last = r === runs - 1;
    const after = last ? (client) => editLatencies(client, inRepoFile, inRepoText, inRepoMarkers, inRepoEdits) : undefined;
    indexRuns.push(await indexRun({ ...server, folder: repo, count, expected, after }));
  }
}

clearTimeout(watchdog);
printTable({
  edits,
  count,
  runs,
  delays,
  small: { lines: small.text.split('\n').length - 1, ...smallRun, ...stats(smallRun.latencies) },
  large: { lines: large.text.split('\n').length - 1, ...largeRun, ...stats(largeRun.latencies) },
  inRepo: editsOnly ? undefined : { edits: Math.min(edits, 50), cpuPerEditMs: indexRuns.at(-1).extra.cpuPerEditMs, ...stats(indexRuns.at(-1).extra.latencies) },
  index: indexRuns,
  expected,
  load: { before: loadBefore, after: load() },
  profile,
  server: `${path.relative(ROOT, serverPath)}${execArgv.length ? ` (node ${execArgv.join(' ')})` : ''}`,
});
if (profile) {
  const pids = [['60-line edits', smallRun.pid], ['10,000-line edits', largeRun.pid], ...indexRuns.map((x, i) => [`index run ${i + 1}`, x.pid])];
  console.log(`\nCPU profiles in .bench/profiles/ (summarise with node bench/editor-profile.mjs FILE): ${pids.map(([k, p]) => `${k} = pid ${p}`).join(', ')}`);
}

/** An unminified server bundle under .bench/, so profiles name functions; dist/ stays as it is. */
async function profilingBundle() {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const out = path.join(ROOT, '.bench', 'profile-build');
  await build({
    entryPoints: { server: path.join(ROOT, 'server', 'src', 'lsp', 'main.ts') },
    outdir: path.join(out, 'dist'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: false,
    logLevel: 'warning',
    define: { CASEFILE_VERSION: JSON.stringify(pkg.version) },
  });
  fs.mkdirSync(path.join(ROOT, '.bench', 'profiles'), { recursive: true });
  return path.join(out, 'dist', 'server.js');
}
