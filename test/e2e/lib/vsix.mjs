// The extension packaged as a user gets it: `vsce package` (what `npm run package` runs) into the
// e2e output folder, which every run empties first, so a stale .vsix is never tested. A .vsix is a
// zip; the small reader below lists and reads its entries without an unzip program.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { ROOT } from './paths.mjs';

/** Packages the built dist/ (run scripts/build.mjs first) into `outFile`; about 3 s, offline. */
export function packageVsix(outFile) {
  const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
  // --no-dependencies: esbuild bundled everything, the .vsix carries no node_modules.
  // stdin closed: a question from vsce fails the step at once instead of waiting for an answer.
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', outFile], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0 || !existsSync(outFile)) {
    throw new Error(`vsce package failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`}):\n${r.stdout}${r.stderr}`);
  }
  return outFile;
}

/** The entries of a zip file: name → { method, size, compressed, offset }. */
export function zipEntries(file) {
  const buf = readFileSync(file);
  // The end-of-central-directory record: in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory`);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, {
      method: buf.readUInt16LE(at + 10),
      compressed: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      offset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return { buf, entries };
}

/** The bytes of one entry (stored or deflated). */
export function zipRead({ buf, entries }, name) {
  const e = entries.get(name);
  if (!e) throw new Error(`no ${name} in the package`);
  const data = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const raw = buf.subarray(data, data + e.compressed);
  if (e.method === 0) return Buffer.from(raw);
  if (e.method === 8) return inflateRawSync(raw);
  throw new Error(`${name}: zip method ${e.method} not supported`);
}

function filesUnder(dir) {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true })
    .map((f) => `${dir}/${f}`)
    .filter((f) => statSync(join(ROOT, f)).isFile());
}

/** Every string in the manifest's main, icon, l10n and contributes that names a file of the project. */
function manifestFiles(pkg) {
  const found = new Set();
  const walk = (v) => {
    if (typeof v === 'string') {
      const rel = v.replace(/^\.\//, '');
      if (/^[\w.-]+(\/[\w.-]+)+$/.test(rel) && existsSync(join(ROOT, rel)) && statSync(join(ROOT, rel)).isFile()) found.add(rel);
    } else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk([pkg.main, pkg.icon, pkg.contributes]);
  return [...found];
}

/**
 * What a user's extension needs, checked in the package: the manifest and its translations, every
 * file the manifest names (grammar, icons, walkthrough media…), the rule pages, the client's
 * translations, the schemas, and the bundles byte for byte as just built (so not a stale package).
 * @returns {string[]} the problems found (empty when the package is complete and fresh)
 */
export function vsixProblems(file) {
  const zip = zipEntries(file);
  const problems = [];
  const has = (rel) => zip.entries.has(`extension/${rel}`);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const needed = new Set([
    'package.json',
    'package.nls.json',
    'package.nls.sv.json',
    ...manifestFiles(pkg),
    ...['docs/rules', 'l10n', 'client/media', 'client/language', 'schemas'].flatMap(filesUnder),
    ...filesUnder('dist').filter((f) => f.endsWith('.js')),
  ]);
  for (const rel of needed) if (!has(rel)) problems.push(`missing ${rel}`);
  if (!filesUnder('docs/rules').length) problems.push('docs/rules holds no rule pages');
  for (const rel of filesUnder('dist').filter((f) => f.endsWith('.js'))) {
    if (has(rel) && !zipRead(zip, `extension/${rel}`).equals(readFileSync(join(ROOT, rel)))) problems.push(`${rel} differs from the one just built`);
  }
  const packaged = JSON.parse(zipRead(zip, 'extension/package.json').toString('utf8'));
  if (packaged.version !== pkg.version) problems.push(`packaged version ${packaged.version}, project ${pkg.version}`);
  return problems;
}
