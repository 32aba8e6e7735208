// Test file 2: what a user sees, checked with Playwright in the code-server workbench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withWorkbench } from './lib/session.mjs';
import { OUT, ROOT } from './lib/paths.mjs';

export const name = 'ui';

const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
// samples/README.md: the phase of every sample case, labelled as the case schema names the phases.
const PHASES = [
  ['Needs and landscape analysis', 3],
  ['Planning and choice of path', 3],
  ['Project execution', 4],
  ['Result', 2],
  ['Closed', 4],
];

/** Runs a command by its title through the command palette, as a user would. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 10_000 });
  await input.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}

const checks = [
  {
    name: 'the Cases view shows the five phases with their counts',
    async run(page) {
      // The view container's icon appears once the extension's contributions are registered.
      await page.locator(`.activitybar .action-label[aria-label="${nls['view.container.title']}"]`).waitFor({ timeout: 20_000 });
      await runCommand(page, `${nls.category}: Focus on ${nls['view.cases.name']} View`);
      const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: nls['view.cases.name'] }) });
      for (const [label, count] of PHASES) {
        const row = pane.locator('.monaco-list-row', { hasText: label }).first();
        await row.waitFor({ timeout: 20_000 });
        const description = (await row.locator('.label-description').first().textContent())?.trim();
        if (description !== String(count)) throw new Error(`${label}: count ${description}, expected ${count}`);
      }
      const rows = await pane.locator('.monaco-list-row').allInnerTexts();
      if (!rows.some((t) => t.includes('VAS-2026-003'))) throw new Error(`no VAS-2026-003 row: ${JSON.stringify(rows)}`);
      await page.screenshot({ path: join(OUT, 'cases-view.png') });
    },
  },
  {
    name: 'a sample finding is in the Problems panel',
    async run(page) {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'nda-public-staff' }).first();
      await row.waitFor({ timeout: 20_000 });
      await page.screenshot({ path: join(OUT, 'problems.png') });
    },
  },
];

/**
 * @param {{ workspace: string, report: (r: { name: string, ok: boolean, ms: number, error?: string }) => void,
 *   echo: (line: string) => void }} ctx
 */
export async function run({ workspace, report, echo }) {
  await withWorkbench({ name, folder: workspace, onLog: echo }, async ({ page }) => {
    await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
    for (const check of checks) {
      const start = Date.now();
      try {
        await check.run(page);
        report({ name: `${name}: ${check.name}`, ok: true, ms: Date.now() - start });
      } catch (error) {
        const shot = join(OUT, `${name}-failure-${checks.indexOf(check) + 1}.png`);
        await page.screenshot({ path: shot }).catch(() => {});
        report({ name: `${name}: ${check.name}`, ok: false, ms: Date.now() - start, error: `${error?.message ?? error}\n(screenshot: ${shot})` });
      }
    }
  });
}
