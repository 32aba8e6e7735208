// Runs a test file's checks one after another on one workbench page: one result line each, and a
// screenshot of the page when a check fails (the later checks still run, after Escape closes what it left open).
import { join } from 'node:path';
import { OUT } from './paths.mjs';

/**
 * @template C
 * @param {{ file: string, page: import('playwright-core').Page, context: C,
 *   checks: { name: string, run(page: import('playwright-core').Page, context: C): Promise<void> }[],
 *   report: (r: { name: string, ok: boolean, ms: number, error?: string }) => void }} opts
 */
export async function runChecks({ file, page, context, checks, report }) {
  for (const [n, check] of checks.entries()) {
    const start = Date.now();
    try {
      await check.run(page, context);
      report({ name: `${file}: ${check.name}`, ok: true, ms: Date.now() - start });
    } catch (error) {
      const shot = join(OUT, `${file}-failure-${n + 1}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      report({ name: `${file}: ${check.name}`, ok: false, ms: Date.now() - start, error: `${error?.message ?? error}\n(screenshot: ${shot})` });
      // A failed check may leave a menu or a picker open, which would make the next ones fail too.
      await page.keyboard.press('Escape').catch(() => {});
      await page.keyboard.press('Escape').catch(() => {});
    }
  }
}
