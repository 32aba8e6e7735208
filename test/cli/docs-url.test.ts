// The policy's docs_url in the CLI: the HTML report's rule links go to the organisation's pages
// (SARIF's helpUri: the golden scenario sarif-docs-url), and without it to the project's.
import * as path from 'node:path';
import { expect, it, vi } from 'vitest';
import { DOCS_BASE } from '../../server/src/engine/docs';

// The report's phase dates come from git; this repository's history is no input here.
vi.mock('../../server/src/engine/git/phase-log', () => ({
  readPhaseHistories: (roots: string[]) => Promise.resolve(new Map(roots.map((root) => [root, { state: 'none', changes: new Map() }]))),
}));
const { main } = await import('../../server/src/cli/main');

const WITH_DOCS_URL = path.join(__dirname, '..', 'scenarios', 'unix-names', 'input');
const SAMPLES = path.join(__dirname, '..', '..', 'samples');

async function html(cwd: string): Promise<string> {
  let stdout = '';
  const code = await main(['report', '--format', 'html', '--today', '2026-11-23'], { cwd, env: { LANG: 'C' }, stdout: (t) => (stdout += t), stderr: () => {}, isTTY: false });
  expect(code).toBe(0);
  return stdout;
}

it('links the report’s rules to the policy’s docs_url', async () => {
  const out = await html(WITH_DOCS_URL);
  expect(out).toContain('<a class="rule" href="https://intranet.example.org/casefile/rules/nda-public-staff.md">nda-public-staff</a>');
  expect(out).not.toContain(DOCS_BASE);
});

it('links them to the project’s pages without it', async () => {
  expect(await html(SAMPLES)).toContain(`<a class="rule" href="${DOCS_BASE}billing-model.md">billing-model</a>`);
});
