// Test file 3: what a user sees with the extension as a user has it. The .vsix is packaged from the
// bundles just built, installed with code-server's `--install-extension` (as `code
// --install-extension` does), and code-server runs WITHOUT the smoke-test driver, so notification
// toasts show as they do for a user. Nothing is loaded from the project folder.
// To add a check: append { name, run(page, ctx) } to `checks`; it runs on the same page after the
// earlier ones (ctx.workspace is the samples' copy on disk). Say what a user does and sees with
// lib/workbench.mjs, e.g.
//   await pressAt(page, { file: 'cases/2025/vgr-2025-011.case.yaml', text: 'VGR-2025-017', key: 'F12' });
//   await waitForActiveTab(page, 'vgr-2025-017.case.yaml');
//   await clickToastButton(page, 'is now in', 'Open case');
// Leave the page tidy for the next check (close toasts, menus and hovers you opened).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from './lib/checks.mjs';
import { nls, PHASES } from './lib/samples.mjs';
import { OUT, ROOT } from './lib/paths.mjs';
import { withWorkbench } from './lib/session.mjs';
import { packageVsix, vsixProblems } from './lib/vsix.mjs';
import {
  clearNotifications,
  clickToastButton,
  chooseMenuItem,
  gotoText,
  openContextMenu,
  openFile,
  openViewContainer,
  openWalkthrough,
  pressAt,
  renameAt,
  problems,
  runCommand,
  screenshot,
  treeRow,
  visibleToasts,
  waitForActiveTab,
  waitForToast,
  waitForWorkbench,
} from './lib/workbench.mjs';

export const name = 'user';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const CASES = nls['view.cases.name'];
const phaseOf = (file) => /^phase: *(\S+)/m.exec(readFileSync(file, 'utf8'))?.[1];

/** @typedef {{ workspace: string, extensionsDir: string }} Context */

/** @type {{ name: string, run(page: import('playwright-core').Page, ctx: Context): Promise<void> }[]} */
const checks = [
  {
    name: 'the extension installed from the .vsix activates: the Cases view shows the samples by phase',
    async run(page, { extensionsDir }) {
      // Installed as a user's extension, under its publisher.name-version.
      const installed = join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`, 'dist/client.js');
      if (!existsSync(installed)) throw new Error(`not installed: ${installed}`);
      await openViewContainer(page, nls['view.container.title']);
      for (const [label, count] of PHASES) {
        const row = treeRow(page, CASES, label);
        await row.waitFor({ timeout: 60_000 });
        const description = (await row.locator('.label-description').first().textContent())?.trim();
        if (description !== String(count)) throw new Error(`${label}: count ${description}, expected ${count}`);
      }
      await treeRow(page, CASES, 'VGR-2026-030').waitFor();
      // Nothing went wrong on the way: no error toast (a failed start of the server shows one).
      const errors = (await visibleToasts(page)).filter((t) => t.severity === 'error');
      if (errors.length) throw new Error(`error notifications: ${JSON.stringify(errors.map((t) => t.message))}`);
      await screenshot(page, 'user-cases-view');
    },
  },
  {
    // Before the moves, which add findings: the panel then shows all the samples' five at once.
    name: 'the Problems panel shows the samples’ findings',
    async run(page) {
      const rows = await problems(page, 'nda-public-staff');
      for (const rule of ['billing-model', 'unanchored-request']) {
        await page.locator('.markers-panel .monaco-list-row', { hasText: rule }).first().waitFor({ timeout: 30_000 });
      }
      if (!rows.some((r) => r.includes('An NDA with public employees'))) throw new Error(`Problems: ${JSON.stringify(rows)}`);
      await screenshot(page, 'user-problems');
    },
  },
  {
    name: 'Move to the next phase from the context menu, gate unmet: a warning toast names what is missing',
    async run(page, { workspace }) {
      const file = join(workspace, 'cases/2026/vgr-2026-030.case.yaml');
      if (phaseOf(file) !== 'needs') throw new Error(`vgr-2026-030 starts in ${phaseOf(file)}, expected needs`);
      const items = await openContextMenu(page, treeRow(page, CASES, 'VGR-2026-030'));
      // Today "Move to Next Phase"; named for the target phase ("Move to Planning and choice of path") once issue 10 lands.
      const move = items.find((i) => i === nls['command.movePhaseNext'] || i === 'Move to Planning and choice of path');
      if (!move) throw new Error(`no move to the next phase in the context menu: ${JSON.stringify(items)}`);
      await chooseMenuItem(page, move);
      // VGR-2026-030 has no verified need: planning's gate asks for need.verified.
      const toast = await waitForToast(page, 'need.verified');
      await screenshot(page, 'user-move-refused');
      if (toast.severity !== 'warning') throw new Error(`severity ${toast.severity}, expected warning: ${toast.message}`);
      if (!toast.message.includes('Planning and choice of path')) throw new Error(`the toast does not name the target phase: ${toast.message}`);
      if (phaseOf(file) !== 'needs') throw new Error(`the refused move changed the file: phase ${phaseOf(file)}`);
      await clearNotifications(page);
    },
  },
  {
    name: 'Move to Project execution from the context menu: the follow-up names the move, and Open case opens the case',
    async run(page) {
      // VGR-2025-017 is in planning with need and evaluation: execution's gate holds.
      const items = await openContextMenu(page, treeRow(page, CASES, 'VGR-2025-017'));
      const move = nls['command.moveTo.execution'];
      if (!items.includes(move)) throw new Error(`no "${move}" in the context menu: ${JSON.stringify(items)}`);
      await chooseMenuItem(page, move);
      const said = 'VGR-2025-017 is now in Project execution';
      const toast = await waitForToast(page, said);
      await screenshot(page, 'user-move-follow-up');
      if (!toast.buttons.includes('Open case')) throw new Error(`no Open case button: ${JSON.stringify(toast.buttons)}`);
      // A move that adds problems is a warning naming them; one that adds none, an information.
      const worse = / new problems? /.test(toast.message);
      if (toast.severity !== (worse ? 'warning' : 'info')) throw new Error(`severity ${toast.severity}: ${toast.message}`);
      await clickToastButton(page, said, 'Open case');
      await waitForActiveTab(page, 'vgr-2025-017.case.yaml');
      // The editor holds the moved text (the move is an edit in it, so Ctrl+Z can take it back).
      await gotoText(page, 'phase: execution');
    },
  },
  {
    name: 'the walkthrough opens with its steps',
    async run(page) {
      const walkthrough = await openWalkthrough(page, nls['walkthrough.title']);
      const steps = Object.entries(nls).filter(([key]) => /^walkthrough\.\w+\.title$/.test(key));
      if (steps.length === 0) throw new Error('package.nls.json has no walkthrough steps');
      for (const [, title] of steps) await walkthrough.getByText(title, { exact: true }).first().waitFor();
      await screenshot(page, 'user-walkthrough');
      await runCommand(page, 'View: Close Editor');
    },
  },
  {
    name: 'F12 on a related id opens that case at its id',
    async run(page) {
      await pressAt(page, { file: 'cases/2025/vgr-2025-011.case.yaml', text: 'VGR-2025-018', key: 'F12' });
      await waitForActiveTab(page, 'vgr-2025-018.case.yaml');
      // `id: VGR-2025-018` is line 4 of that case.
      await page.locator('[id="status.editor.selection"]', { hasText: /Ln 4, Col \d+/ }).waitFor({ timeout: 30_000 });
      await screenshot(page, 'user-definition');
    },
  },
  {
    name: 'F2 on a case id renames it and the links to it in other cases',
    async run(page) {
      await renameAt(page, { file: 'cases/2025/vgr-2025-018.case.yaml', text: 'id: VGR-2025-018', offset: 'id: V'.length, newName: 'VGR-2025-019' });
      await gotoText(page, 'id: VGR-2025-019');
      // The link in VGR-2025-011 follows (read in its editor, whether or not the edit is saved yet).
      await openFile(page, 'cases/2025/vgr-2025-011.case.yaml');
      await gotoText(page, 'related: [VGR-2025-017, VGR-2025-019]');
      await screenshot(page, 'user-rename');
    },
  },
  {
    name: 'a case opened from Quick Open: the hover at a finding shows it with its rule',
    async run(page) {
      await openFile(page, 'cases/2026/vas-2026-003.case.yaml');
      // "  - type: nda" at line 58: the nda-public-staff error is on the value.
      const at = await gotoText(page, 'type: nda', { offset: 'type: n'.length });
      if (at.line !== 58 || at.column !== 12) throw new Error(`cursor at ${at.line}:${at.column}, expected 58:12`);
      await page.keyboard.press('Control+k');
      await page.keyboard.press('Control+i');
      const hover = page.locator('.monaco-hover', { hasText: 'nda-public-staff' }).first();
      await hover.waitFor({ timeout: 30_000 });
      const said = (await hover.innerText()).replace(/\s+/g, ' ');
      if (!said.includes('An NDA with public employees')) throw new Error(`hover: ${said}`);
      await screenshot(page, 'user-hover-finding');
      await page.keyboard.press('Escape');
    },
  },
];

/**
 * @param {{ workspace: string, report: (r: { name: string, ok: boolean, ms: number, error?: string }) => void,
 *   echo: (line: string) => void }} ctx
 */
export async function run({ workspace, report, echo }) {
  let start = Date.now();
  // run.mjs has just built dist/; the package goes to OUT, which every run empties first.
  const vsix = packageVsix(join(OUT, 'casefile.vsix'));
  const missing = vsixProblems(vsix);
  report({
    name: `${name}: the .vsix holds the manifest's files, rule pages, translations, schemas and the bundles just built`,
    ok: missing.length === 0,
    ms: Date.now() - start,
    error: missing.join('\n'),
  });
  start = Date.now();
  await withWorkbench({ name, folder: workspace, asUser: { install: [vsix] }, onLog: echo }, async ({ page, server }) => {
    await waitForWorkbench(page);
    echo(`installed and started in ${Date.now() - start} ms`);
    await runChecks({ file: name, page, context: { workspace, extensionsDir: server.extensionsDir }, checks, report });
  });
}
