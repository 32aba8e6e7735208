// The editor benchmark's table: measure / value / target / ok.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The server's delays, read from its source so the table states what the figures include. */
export function serverDelays(root) {
  const source = fs.readFileSync(path.join(root, 'server', 'src', 'lsp', 'server.ts'), 'utf8');
  const debounce = /debounceMs \?\? (\d+)/.exec(source);
  const notifier = /indexNotifier = new Scheduler\((\d+)/.exec(source);
  return { debounceMs: debounce ? Number(debounce[1]) : undefined, indexNotifyMs: notifier ? Number(notifier[1]) : undefined };
}

const ms = (v) => v.toFixed(1);

export function printTable(r) {
  const d = r.delays.debounceMs ?? 0;
  const rows = [];
  const row = (measure, value, target = '—', ok = '') => rows.push([measure, String(value), target, ok]);
  const yes = (pass) => (pass ? 'yes' : 'NO');
  const latency = (label, s, target) => {
    row(`${label}: edit → diagnostics p50 / p95 / max, ms (incl. debounce)`, `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.max)}`);
    if (target !== undefined) row(`${label}: p95 beyond the debounce, ms`, ms(s.p95 - d), `≤ ${target}`, yes(s.p95 - d <= target));
    row(`${label}: server CPU time per edit, ms`, ms(s.cpuPerEditMs));
  };
  row('server debounce after an edit (default; no client setting), ms', r.delays.debounceMs ?? 'unknown');
  latency(`${r.small.lines}-line case, ${r.edits} edits`, r.small, 25);
  row(`${r.small.lines}-line case: didOpen → first diagnostics, ms (no debounce)`, ms(r.small.openMs));
  latency(`${r.large.lines}-line case, ${r.edits} edits`, r.large, 150);
  row(`${r.large.lines}-line case: didOpen → first diagnostics, ms (no debounce)`, ms(r.large.openMs));
  if (r.inRepo) latency(`case in the ${r.count}-case workspace, ${r.inRepo.edits} edits`, r.inRepo);
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
