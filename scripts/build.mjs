// Bundles the CLI and its worker, the language server, the VS Code client and the Action's pull-request
// comment with esbuild, after regenerating what the rule registry generates (the bundles embed the
// policy schema).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { generate } from './generate.mjs';

// Locally a stale file is rewritten; on CI it fails the build, since CI checks what was committed.
const stale = await generate({ check: Boolean(process.env.CI) });
if (process.env.CI && stale.length) throw new Error(`stale: ${stale.join(', ')}; run npm run generate and commit the result`);
for (const file of stale) console.log(`generated ${file}`);

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: process.env.CASEFILE_DEBUG_BUILD !== '1',
  // Linked maps (dist/*.js.map) turn minified stack traces back into .ts files and lines; the
  // sources themselves are left out, as a stack needs only the positions.
  sourcemap: process.env.CASEFILE_DEBUG_BUILD === '1' ? 'inline' : 'linked',
  sourcesContent: process.env.CASEFILE_DEBUG_BUILD === '1',
  legalComments: 'none',
  logLevel: 'warning',
  define: { CASEFILE_VERSION: JSON.stringify(pkg.version) },
};

await Promise.all([
  build({ ...common, entryPoints: { cli: 'server/src/cli/main.ts', worker: 'server/src/engine/workspace/worker.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { server: 'server/src/lsp/main.ts' }, outdir: 'dist' }),
  // The GitHub Action's sticky pull-request comment (action.yml); it needs none of the engine.
  build({ ...common, entryPoints: { 'pr-comment': 'server/src/ci/pr-comment-main.ts' }, outdir: 'dist' }),
  // The client runs in VS Code's extension host, which provides `vscode`.
  build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
]);
