// The editor benchmark's table: measure / value / target / ok.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The server's delays, read from its source so the table states what the figures include. */
export function serverDelays(root) {
  const read = (file) => fs.readFileSync(path.join(root, 'server', 'src', 'lsp', file), 'utf8');
  const source = read('server.ts');
  // A fixed debounce (before the pacing of scheduler.ts), if the source still has one.
  const debounce = /debounceMs \?\? (\d+)/.exec(source);
  const maxWait = /maxWaitMs \?\? (\d+)/.exec(read('scheduler.ts'));
  const notifier = /indexNotifier = new Scheduler\(\s*(\d+)/.exec(source);
  return {
    debounceMs: debounce ? Number(debounce[1]) : 0,
    maxWaitMs: maxWait ? Number(maxWait[1]) : undefined,
    indexNotifyMs: notifier ? Number(notifier[1]) : undefined,
  };
}

const ms = (v) => v.toFixed(1);

export function printTable(r) {
  const d = r.delays.debounceMs ?? 0;
  const rows = [];
  const row = (measure, value, target = '—', ok = '') => rows.push([measure, String(value), target, ok]);
  const yes = (pass) => (pass ? 'yes' : 'NO');
  const latency = (label, s, target) => {
    row(
      `${label}: edit → diagnostics p50 / p95 / max, ms`,
      `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.max)}`,
      target === undefined ? '—' : `p95 ≤ ${target}`,
      target === undefined ? '' : yes(s.p95 <= target),
    );
    row(`${label}: server CPU time per edit, ms`, ms(s.cpuPerEditMs));
  };
  if (d > 0) row('server debounce after an edit (a fixed wait: this source is from before the pacing), ms', d);
  else row('server wait after an edit when idle (none: the next turn of the event loop); most while edits come faster, ms', `0; ${r.delays.maxWaitMs ?? '?'}`);
  latency(`${r.small.lines}-line case, ${r.edits} edits`, r.small, 25);
  row(`${r.small.lines}-line case: didOpen → first diagnostics, ms`, ms(r.small.openMs));
  latency(`${r.large.lines}-line case, ${r.edits} edits`, r.large, 150);
  row(`${r.large.lines}-line case: didOpen → first diagnostics, ms`, ms(r.large.openMs));
  if (r.inRepo) latency(`case in the ${r.count}-case workspace, ${r.inRepo.edits} edits`, r.inRepo, 25);
  if (r.index.length > 0) {
    const best = r.index.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    row(
      `index ${r.count} cases: initialized → complete casefile/index, s (best of ${r.runs}; incl. ${r.delays.indexNotifyMs ?? '?'} ms notification delay)`,
      best.seconds.toFixed(2),
      '≤ 10',
      yes(best.seconds <= 10),
    );
    row(`index runs, s`, r.index.map((x) => x.seconds.toFixed(2)).join(' / '));
    row('index: server CPU time of the best run, s', best.cpu.toFixed(2));
    const peak = Math.max(...r.index.map((x) => x.indexMb));
    row(`server peak RSS after indexing (VmHWM, worst run), MB`, peak.toFixed(0), '≤ 300', yes(peak <= 300));
    row(`server peak RSS at the end, after the edits, MB`, Math.max(...r.index.map((x) => x.peakMb)).toFixed(0));
    row(`index totals (= casefile check): errors / warnings / infos`, `${r.expected.errors} / ${r.expected.warnings} / ${r.expected.infos}`);
  }
  const clean = [r.small, r.large, ...r.index].every((x) => x.clean);
  row('clean shutdown + exit of every server', clean ? 'yes' : 'no', 'yes', yes(clean));

  const widths = [0, 1, 2, 3].map((i) => Math.max(...[['measure', 'value', 'target', 'ok'], ...rows].map((x) => x[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${line(['measure', 'value', 'target', 'ok'])}`);
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const x of rows) console.log(line(x));
  const cpu = os.cpus();
  console.log(
    `\n${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB; ${process.execPath} ${process.version}; load average ${r.load.before} before, ${r.load.after} after; server ${r.server}` +
      (r.profile ? '; PROFILED (unminified bundle under --cpu-prof): figures are not representative' : ''),
  );
}
