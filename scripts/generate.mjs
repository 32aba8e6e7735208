// Writes what the rule registry generates (scripts/rule-index.ts): the policy schema's `rules` and
// the table in docs/rules/README.md. `--check` only reports stale files (exit 1).
// The registry is TypeScript: esbuild bundles it in memory, so nothing is needed beyond the build's tools.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function loadGenerator() {
  const result = await build({
    stdin: {
      contents: "export { RULES } from './server/src/engine/rules'; export { generatedFiles } from './scripts/rule-index';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports;
}

/** Returns the files that were (with `check`: would be) rewritten. */
export async function generate({ check = false } = {}) {
  const { RULES, generatedFiles } = await loadGenerator();
  const stale = [];
  const metas = RULES.map((r) => r.meta);
  for (const { file, text } of generatedFiles(ROOT, metas)) {
    const full = path.join(ROOT, file);
    if (readFileSync(full, 'utf8') === text) continue;
    stale.push(file);
    if (!check) writeFileSync(full, text);
  }
  return stale;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = await generate({ check });
  for (const file of stale) console.log(`${check ? 'stale' : 'wrote'}: ${file}`);
  if (check && stale.length) {
    console.log('Run `npm run generate` and commit the result.');
    process.exitCode = 1;
  }
}
