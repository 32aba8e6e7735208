// Summarises a .cpuprofile (from `npm run bench:editor -- --profile`): self time by function, and
// total (inclusive) time of the functions whose name matches an optional filter.
// Usage: node bench/editor-profile.mjs FILE [--top N] [--match REGEX] [--under REGEX]
//   --under REGEX  counts only the samples inside a function whose name matches (e.g. '^validate ')
import * as fs from 'node:fs';

const argv = process.argv.slice(2);
const file = argv[0];
const top = Number(argv[argv.indexOf('--top') + 1]) || 25;
const match = argv.includes('--match') ? new RegExp(argv[argv.indexOf('--match') + 1]) : undefined;
const under = argv.includes('--under') ? new RegExp(argv[argv.indexOf('--under') + 1]) : undefined;
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const interval = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
// With --under, the nodes below a matching function (the function itself included).
const inside = new Set();
const mark = (n, within) => {
  const yes = within || under.test(label(n));
  if (yes) inside.add(n.id);
  for (const c of n.children ?? []) mark(byId.get(c), yes);
};
const self = new Map();
const label = (n) => {
  const f = n.callFrame;
  const where = f.url ? `${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
};
if (under) mark(profile.nodes[0], false);
for (const id of profile.samples) if (!under || inside.has(id)) self.set(id, (self.get(id) ?? 0) + interval);

const selfBy = new Map();
for (const [id, t] of self) selfBy.set(label(byId.get(id)), (selfBy.get(label(byId.get(id))) ?? 0) + t);
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`${file}: ${total.toFixed(0)} ms sampled\n\nself time:`);
for (const [k, t] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${t.toFixed(1).padStart(9)} ms  ${k}`);

if (match) {
  // Inclusive time: a node's own samples plus its descendants', counted once per call path.
  const inclusive = (n) => (self.get(n.id) ?? 0) + (n.children ?? []).reduce((s, c) => s + inclusive(byId.get(c)), 0);
  const totals = new Map();
  const walk = (n, inside) => {
    const name = label(n);
    const hit = match.test(name) && !inside.has(name);
    if (hit) totals.set(name, (totals.get(name) ?? 0) + inclusive(n));
    const next = hit ? new Set([...inside, name]) : inside;
    for (const c of n.children ?? []) walk(byId.get(c), next);
  };
  walk(profile.nodes[0], new Set());
  console.log(`\ninclusive time of functions matching ${match}:`);
  for (const [k, t] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${t.toFixed(1).padStart(9)} ms  ${k}`);
}
