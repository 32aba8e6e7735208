// The typing benchmark: the real language server (`node dist/server.js --stdio`) holds the 10,000
// generated cases of `npm run bench`; a 60-line case is opened among them and stakeholder blocks are
// typed into it one character per didChange at a fixed rate, without waiting for anything. For each
// publishDiagnostics of that case: how far behind the newest sent version it is (ms since the oldest
// keystroke it does not reflect, and versions), and whether it went back to an older version. Like
// the VS Code client, the benchmark asks for the whole case index again at each casefile/indexChanged.
// Floors measured in the same server: a trivial request's round trip, and an edit's diagnostics
// with the server idle. Build first (`npm run build`).
// Usage: npm run bench:typing [-- --count N --rate CHARS_PER_S --blocks N --server FILE --node-option OPT]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { argv, opt, ROOT } from './options.mjs';
import { generate, generated } from './generate.mjs';
import { smallCase } from './editor-cases.mjs';
import { Client, fileUri } from './editor-client.mjs';
import { editLatencies, indexQueue, INDEX_CHANGED, INDEX_REQUEST, stats } from './editor-measure.mjs';

const count = opt('count', 10_000);
const rate = opt('rate', 15);
const blocks = opt('blocks', 3);
const serverPath = argv.includes('--server') ? path.resolve(argv[argv.indexOf('--server') + 1]) : path.join(ROOT, 'dist', 'server.js');
const execArgv = argv.flatMap((a, i) => (a === '--node-option' ? [argv[i + 1]] : []));
if (!fs.existsSync(serverPath)) {
  console.error(`${serverPath} is missing: run \`npm run build\` first`);
  process.exit(2);
}
const watchdog = setTimeout(() => {
  console.error('typing benchmark: gave up after 15 minutes');
  process.exit(2);
}, 15 * 60_000);

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const loadBefore = load();

const repo = path.join(ROOT, '.bench', `repo-${count}`);
if (!generated(repo)) {
  console.error(`generating ${count} cases in ${path.relative(ROOT, repo)}…`);
  generate(repo, count);
}

// The 60-line case is a new, unsaved file among the cases: the workspace on disk stays as it is.
const file = path.join(repo, 'cases', 'typing', 'bench-typing.case.yaml');
const uri = fileUri(file);
const small = smallCase();
const PEOPLE = [
  ['data-protection', 'Karin Ek', 'VGR/Juridik'],
  ['procurement', 'Lars Ekman', 'VGR/Inköp'],
  ['finance', 'Sara Nyström', 'VGR/Strategisk-IT'],
  ['research', 'Anna Berg', 'SU/Ortopedi'],
];
const typed = Array.from({ length: blocks }, (_, i) => {
  const [role, name, unit] = PEOPLE[i % PEOPLE.length];
  return `  - role: ${role}\n    name: ${name}\n    unit: ${unit}\n`;
}).join('');

const client = new Client({ serverPath, execArgv });
let result;
try {
  result = await run();
} finally {
  await client.close(5_000);
  clearTimeout(watchdog);
}
printTable(result);
// An index refresh still under way when the server left keeps its timeout timer: the run is over.
process.exit(0);

async function run() {
  const queue = indexQueue(client);
  await client.initialize(repo);
  console.error(`index: ${count} cases…`);
  const t0 = performance.now();
  await client.notify('initialized', {});
  for (;;) {
    await queue.next(180_000);
    const index = await client.request(INDEX_REQUEST, undefined, 60_000);
    if (index.cases.length >= count) break;
  }
  const indexSeconds = (performance.now() - t0) / 1000;

  // Floor 1: a request the server answers at once (an unknown method: an error reply).
  const trips = [];
  for (let i = 0; i < 50; i++) {
    const sent = performance.now();
    await client.request('casefile/benchPing', {}).catch(() => undefined);
    trips.push(performance.now() - sent);
  }
  // Floor 2: one edit at a time with the server idle, each after the previous one's diagnostics.
  console.error('idle edits of the 60-line case…');
  const idle = await editLatencies(client, file, small.text, small.markers, 30);

  // Typing: one character per didChange at `rate` per second, on a clock, whatever comes back.
  console.error(`typing ${typed.length} characters at ${rate}/s…`);
  const sentAt = [];
  const publishes = [];
  let refreshes = 0;
  client.listeners.add((method, p, at) => {
    if (method === 'textDocument/publishDiagnostics' && p.uri === uri) publishes.push({ at, version: p.version, count: p.diagnostics.length });
    // As the VS Code client does (client/src/extension.ts): the Cases view asks for the whole index again.
    if (method === INDEX_CHANGED) {
      refreshes++;
      client.request(INDEX_REQUEST, undefined, 60_000).catch(() => undefined);
    }
    return false;
  });
  const opened = client.diagnostics(uri, 1, 60_000);
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'casefile', version: 1, text: small.text } });
  await opened;
  publishes.length = 0;
  const lines = small.text.split('\n');
  const line = lines.indexOf('stakeholders:') + 1;
  let position = { line, character: 0 };
  const cpu0 = client.cpuSeconds();
  const start = performance.now();
  for (let k = 0; k < typed.length; k++) {
    const due = start + (k * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const version = k + 2;
    const ch = typed[k];
    sentAt[version] = performance.now();
    await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: position, end: position }, text: ch }] });
    position = ch === '\n' ? { line: position.line + 1, character: 0 } : { line: position.line, character: position.character + 1 };
  }
  const last = typed.length + 1;
  const typingEnd = performance.now();
  await client.diagnostics(uri, last, 30_000);
  const settleMs = performance.now() - typingEnd;
  const cpuPerKeyMs = ((client.cpuSeconds() - cpu0) * 1000) / typed.length;
  await client.notify('textDocument/didClose', { textDocument: { uri } });

  // Lag of each publish: versions sent by then and not reflected, and how long the oldest of them waited.
  let newestPublished = 0;
  let backwards = 0;
  const lagMs = [];
  const lagVersions = [];
  for (const p of publishes) {
    if (p.version === undefined) continue;
    if (p.version < newestPublished) backwards++;
    newestPublished = Math.max(newestPublished, p.version);
    let newestSent = 1;
    while (sentAt[newestSent + 1] !== undefined && sentAt[newestSent + 1] <= p.at) newestSent++;
    lagVersions.push(newestSent - p.version);
    lagMs.push(p.version < newestSent ? p.at - sentAt[p.version + 1] : 0);
  }
  // The longest time without any publish while typing (the old symptom: nothing for seconds).
  const times = [start, ...publishes.filter((p) => p.at <= typingEnd).map((p) => p.at), typingEnd];
  let longestQuiet = 0;
  for (let i = 1; i < times.length; i++) longestQuiet = Math.max(longestQuiet, times[i] - times[i - 1]);
  return {
    indexSeconds,
    trip: stats(trips),
    idle: stats(idle.latencies),
    keystrokes: typed.length,
    publishes: publishes.filter((p) => p.version !== undefined).length,
    lag: stats(lagMs),
    behind: stats(lagVersions),
    backwards,
    settleMs,
    longestQuiet,
    cpuPerKeyMs,
    refreshes,
  };
}

function printTable(r) {
  const ms = (v) => v.toFixed(1);
  const ratio = (v, floor) => `${(v / floor).toFixed(1)}×`;
  const rows = [];
  const row = (measure, value, vsTrip = '', vsIdle = '', target = '—', ok = '') => rows.push([measure, String(value), vsTrip, vsIdle, target, ok]);
  const yes = (pass) => (pass ? 'yes' : 'NO');
  const trip = r.trip.p50;
  const idle = r.idle.p50;
  row('floor: trivial request round trip p50 / p95, ms', `${ms(r.trip.p50)} / ${ms(r.trip.p95)}`, '1×');
  row(
    'floor: idle edit → diagnostics p50 / p95 / max, ms (60-line case)',
    `${ms(r.idle.p50)} / ${ms(r.idle.p95)} / ${ms(r.idle.max)}`,
    ratio(idle, trip),
    '1×',
    'p95 ≤ 25',
    yes(r.idle.p95 <= 25),
  );
  row(`typing at ${rate} characters/s: keystrokes / publishes / index refreshes (as the Cases view asks)`, `${r.keystrokes} / ${r.publishes} / ${r.refreshes}`);
  row('lag of a publish behind the newest keystroke p50 / p95, ms', `${ms(r.lag.p50)} / ${ms(r.lag.p95)}`, ratio(r.lag.p95, trip), ratio(r.lag.p95, idle));
  row('lag of a publish, max, ms', ms(r.lag.max), ratio(r.lag.max, trip), ratio(r.lag.max, idle), '≤ 300', yes(r.lag.max <= 300));
  row('versions behind at a publish p95 / max', `${r.behind.p95} / ${r.behind.max}`);
  row('publishes that went back to an older version', r.backwards, '', '', '0', yes(r.backwards === 0));
  row('longest time without a publish while typing, ms', ms(r.longestQuiet), ratio(r.longestQuiet, trip), ratio(r.longestQuiet, idle));
  row('last keystroke → its diagnostics, ms', ms(r.settleMs), ratio(r.settleMs, trip), ratio(r.settleMs, idle));
  row('server CPU per keystroke, ms', ms(r.cpuPerKeyMs));
  row(`index ${count} cases before typing, s`, r.indexSeconds.toFixed(2));

  const head = ['measure', 'value', '÷ round trip', '÷ idle edit', 'target', 'ok'];
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((x) => x[i].length)));
  const fmt = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${fmt(head)}`);
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const x of rows) console.log(fmt(x));
  const cpu = os.cpus();
  console.log(
    `\n${cpu.length} × ${cpu[0]?.model ?? 'cpu'}; ${process.execPath} ${process.version}; load average ${loadBefore} before, ${load()} after; server ${path.relative(ROOT, serverPath)}${execArgv.length ? ` (node ${execArgv.join(' ')})` : ''}`,
  );
}
