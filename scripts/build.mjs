// Bundles the CLI and its worker with esbuild (the language server and client join in the editor issue).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: process.env.CASEFILE_DEBUG_BUILD !== '1',
  legalComments: 'none',
  logLevel: 'warning',
  define: { CASEFILE_VERSION: JSON.stringify(pkg.version) },
};

await Promise.all([
  build({ ...common, entryPoints: { cli: 'server/src/cli/main.ts', worker: 'server/src/cli/worker.ts' }, outdir: 'dist' }),
]);
