// Test file 2: what a user sees, checked with Playwright in the code-server workbench.
import { join } from 'node:path';
import { runChecks } from './lib/checks.mjs';
import { nls, PHASES } from './lib/samples.mjs';
import { withWorkbench } from './lib/session.mjs';
import { OUT } from './lib/paths.mjs';
import { runCommand, waitForWorkbench } from './lib/workbench.mjs';

export const name = 'ui';

/** Drags the side bar's edge, so the cases' descriptions (kind, days in phase) show beside their titles. */
async function widenSideBar(page, by) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) throw new Error('no side bar');
  const x = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + by, y, { steps: 5 });
  await page.mouse.up();
}

/** The frame of the Portfolio webview (webviews are iframes within an iframe), once its report is there. */
async function portfolioFrame(page, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (
        await frame
          .locator('section#funnel')
          .count()
          .catch(() => 0)
      )
        return frame;
    }
    if (Date.now() > deadline)
      throw new Error(
        `no frame shows section#funnel; frames: ${page
          .frames()
          .map((f) => f.url())
          .join(', ')}`,
      );
    // The report arrives with a frame (re)loading: wait for that event, not for the clock.
    await page.waitForEvent('framenavigated', { timeout: 2_000 }).catch(() => {});
  }
}

const checks = [
  {
    name: 'the Cases view shows the five phases with their counts',
    async run(page) {
      // The view container's icon appears once the extension's contributions are registered.
      await page.locator(`.activitybar .action-label[aria-label="${nls['view.container.title']}"]`).waitFor({ timeout: 60_000 });
      await runCommand(page, `${nls.category}: Focus on ${nls['view.cases.name']} View`);
      const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: nls['view.cases.name'] }) });
      for (const [label, count] of PHASES) {
        const row = pane.locator('.monaco-list-row', { hasText: label }).first();
        await row.waitFor({ timeout: 60_000 });
        const description = (await row.locator('.label-description').first().textContent())?.trim();
        if (description !== String(count)) throw new Error(`${label}: count ${description}, expected ${count}`);
      }
      const rows = await pane.locator('.monaco-list-row').allInnerTexts();
      if (!rows.some((t) => t.includes('VAS-2026-003'))) throw new Error(`no VAS-2026-003 row: ${JSON.stringify(rows)}`);
      // Each open case: its kind and days in phase; the one that stalled says so.
      const describe = async (id) => (await pane.locator('.monaco-list-row', { hasText: id }).first().locator('.label-description').first().textContent())?.trim();
      const fresh = await describe('VGR-2026-030');
      if (!/^Dialogue · \d+ d$/.test(fresh ?? '')) throw new Error(`VGR-2026-030's description: ${fresh}`);
      const stalled = await describe('SKANE-2026-002');
      if (!/ · \d+ d · stalled$/.test(stalled ?? '')) throw new Error(`SKANE-2026-002's description: ${stalled}`);
      // The view's badge on the activity bar: the samples' 3 errors.
      const badge = page.locator('.activitybar .action-item', { has: page.locator(`.action-label[aria-label^="${nls['view.container.title']}"]`) }).locator('.badge-content');
      await badge.waitFor({ timeout: 30_000 });
      const value = (await badge.textContent())?.trim();
      if (value !== '3') throw new Error(`badge ${value}, expected 3`);
      await widenSideBar(page, 360);
      await page.screenshot({ path: join(OUT, 'cases-view.png') });
      // The tooltip says since when, from where, and how long it has been idle.
      await pane.locator('.monaco-list-row', { hasText: 'SKANE-2026-002' }).first().hover();
      const hover = page.locator('.workbench-hover, .monaco-hover').filter({ hasText: 'In this phase since' }).first();
      await hover.waitFor({ timeout: 30_000 });
      // MarkdownString.appendText writes spaces as &nbsp;: compare with plain spaces.
      const said = (await hover.innerText()).replace(/\s+/g, ' ');
      if (!/In this phase since 2026-02-23 \(from the opened date\), \d+ days/.test(said) || !/No activity for \d+ days \(limit 120\)/.test(said))
        throw new Error(`tooltip: ${said}`);
      await page.screenshot({ path: join(OUT, 'cases-tooltip.png') });
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'a sample finding is in the Problems panel',
    async run(page) {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'nda-public-staff' }).first();
      await row.waitFor({ timeout: 60_000 });
      await page.screenshot({ path: join(OUT, 'problems.png') });
    },
  },
  {
    name: 'Open Portfolio shows the phases with their counts, and a click opens the case',
    async run(page) {
      await runCommand(page, `${nls.category}: ${nls['command.openPortfolio']}`);
      const frame = await portfolioFrame(page);
      const counts = {};
      for (const phase of ['needs', 'planning', 'execution', 'result', 'closed']) {
        counts[phase] = Number((await frame.locator(`[data-figure="phases.${phase}"]`).first().textContent())?.trim());
      }
      const expected = { needs: 3, planning: 3, execution: 4, result: 2, closed: 4 };
      if (JSON.stringify(counts) !== JSON.stringify(expected)) throw new Error(`phases ${JSON.stringify(counts)}, expected ${JSON.stringify(expected)}`);
      await page.screenshot({ path: join(OUT, 'portfolio.png') });
      await frame.locator('a[data-open]', { hasText: 'VGR-2025-017' }).first().click();
      await page.locator('.tabs-container .tab', { hasText: 'vgr-2025-017.case.yaml' }).first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(OUT, 'portfolio-opened.png') });
    },
  },
];

/**
 * @param {{ workspace: string, report: (r: { name: string, ok: boolean, ms: number, error?: string }) => void,
 *   echo: (line: string) => void }} ctx
 */
export async function run({ workspace, report, echo }) {
  await withWorkbench({ name, folder: workspace, onLog: echo }, async ({ page }) => {
    await waitForWorkbench(page);
    await runChecks({ file: name, page, context: undefined, checks, report });
  });
}
