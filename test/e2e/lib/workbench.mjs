// What a user does in the workbench and what they see, for Playwright checks: the command palette,
// files and positions in an editor, keys there (F12, F2), views, tree rows and their context menus,
// notification toasts and their buttons, the Problems panel, screenshots. Every wait is on the
// page's state (an element, a text), never on the clock.
import { join } from 'node:path';
import { OUT } from './paths.mjs';

// Generous: 7 test runs may share 2 cores; every wait ends as soon as the state is there.
const T = 30_000;

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').Locator} Locator */

/** Waits for the workbench to be drawn (4–6 s after the page opens). */
export async function waitForWorkbench(page, timeout = 30_000) {
  await page.locator('.monaco-workbench').waitFor({ timeout });
}

/** Saves a screenshot of the page as OUT/<name>.png; returns its path. */
export async function screenshot(page, name) {
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

// ---------------------------------------------------------------- quick input

const quickInput = (page) => page.locator('.quick-input-widget input');
// Only the rows on screen: the widget keeps an earlier pick's hidden list in the page.
const quickRows = (page, text) => page.locator('.quick-input-list .monaco-list-row', text === undefined ? {} : { hasText: text }).filter({ visible: true });

/** Opens the quick input (F1) with `text` typed: `>title` lists commands, `:12:5` a position, a name files. */
async function openQuickInput(page, text) {
  const input = quickInput(page);
  if (!(await input.isVisible())) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: T });
  }
  await input.fill(text);
  return input;
}

/** The row of the open quick pick whose label is `label` exactly. */
const quickRowLabelled = (page, label) =>
  quickRows(page)
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }) })
    .first();

/** Waits for a row of the open quick pick that holds `text` (whose label is `text`, with `exact`) and chooses it with a click. */
export async function pickQuickItem(page, text, { exact = false, timeout = T } = {}) {
  const row = exact ? quickRowLabelled(page, text) : quickRows(page, text).first();
  await row.waitFor({ timeout });
  await row.click();
}

/** Runs a command by its title through the command palette, as a user would. */
export async function runCommand(page, title) {
  await openQuickInput(page, `>${title}`);
  // The row titled so, not the first row: a recently used command may rank above it.
  const row = quickRowLabelled(page, title);
  await row.waitFor({ timeout: T });
  await row.click();
  // The palette closes, or the command opens a quick pick of its own (its input no longer says `>…`).
  // (An expression, evaluated in the page.)
  await page.waitForFunction(
    `(() => { const el = document.querySelector('.quick-input-widget input'); return !el || el.offsetParent === null || !el.value.startsWith('>'); })()`,
    undefined,
    { timeout: T },
  );
}

/**
 * Runs a task as a user does (Tasks: Run Task): a configured or recent task is chosen by its label;
 * a contributed one (`casefile: check`) under its type's entry first (`casefile`).
 */
export async function runTask(page, label) {
  await runCommand(page, 'Tasks: Run Task');
  await quickRows(page).first().waitFor({ timeout: T });
  const colon = label.indexOf(':');
  if (!(await quickRowLabelled(page, label).count()) && colon > 0) {
    await pickQuickItem(page, label.slice(0, colon), { exact: true });
    // Under its type, a contributed task may be listed by its name alone.
    const row = quickRowLabelled(page, label)
      .or(quickRowLabelled(page, label.slice(colon + 1).trim()))
      .first();
    await row.waitFor({ timeout: T });
    await row.click();
  } else {
    await pickQuickItem(page, label, { exact: true });
  }
  await quickInput(page).waitFor({ state: 'hidden', timeout: T });
}

/** Opens a walkthrough by its title (Welcome: Open Walkthrough…); waits for its page. */
export async function openWalkthrough(page, title) {
  await runCommand(page, 'Welcome: Open Walkthrough...');
  await pickQuickItem(page, title);
  const walkthrough = page.locator('.gettingStartedContainer', { hasText: title }).first();
  await walkthrough.waitFor({ timeout: T });
  return walkthrough;
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------- editors

/** The tab of an open editor by its file name (`vgr-2026-030.case.yaml`). */
export const tab = (page, fileName) => page.locator('.tabs-container .tab', { hasText: fileName }).first();

/** Waits until the active editor's tab is `fileName`. */
export async function waitForActiveTab(page, fileName, { timeout = T } = {}) {
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).first().waitFor({ timeout });
}

/** Opens a workspace file by its relative path through Quick Open, as a user would; waits until it is the active editor. */
export async function openFile(page, relPath) {
  const fileName = relPath.split('/').pop();
  const input = await openQuickInput(page, relPath);
  // File results arrive after the search: wait for the row with the file's name, then take the first.
  await quickRows(page, fileName).first().waitFor({ timeout: T });
  await input.press('Enter');
  await waitForActiveTab(page, fileName);
  await page.locator('.editor-group-container.active .monaco-editor textarea').first().waitFor({ state: 'attached', timeout: T });
}

/** The cursor's position from the status bar ("Ln 12, Col 5"), 1-based. */
export async function cursorPosition(page) {
  const item = page.locator('[id="status.editor.selection"]');
  await item.waitFor({ timeout: T });
  const text = (await item.innerText()).trim();
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  if (!m) throw new Error(`no cursor position in the status bar: ${text}`);
  return { line: Number(m[1]), column: Number(m[2]) };
}

/** Puts the cursor at line:column (1-based) of the active editor (Go to Line). */
export async function gotoPosition(page, line, column = 1) {
  const input = await openQuickInput(page, `:${line}:${column}`);
  await input.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: T });
  await waitForCursor(page, line, column);
}

async function waitForCursor(page, line, column) {
  await page.locator('[id="status.editor.selection"]', { hasText: new RegExp(`Ln ${line}, Col ${column}\\b`) }).waitFor({ timeout: T });
}

/**
 * Puts the cursor at the start of the `occurrence`-th match of `text` (one line) in the active
 * editor (its live text, unsaved edits included), plus `offset` characters; returns the position.
 * Find from the top of the file selects the match; the status bar then tells where it is.
 */
export async function gotoText(page, text, { occurrence = 1, offset = 0 } = {}) {
  if (text.includes('\n')) throw new Error('gotoText finds text on one line');
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  await waitForCursor(page, 1, 1);
  await page.keyboard.press('Control+f');
  const find = editor.locator('.find-widget');
  const field = find.locator('textarea, input').first();
  await field.waitFor({ state: 'visible', timeout: T });
  await field.fill(text);
  const count = find.locator('.matchesCount');
  await count.filter({ hasText: /^1 of \d+$/ }).waitFor({ timeout: T });
  for (let n = 2; n <= occurrence; n++) {
    await field.press('Enter');
    await count.filter({ hasText: new RegExp(`^${n} of \\d+$`) }).waitFor({ timeout: T });
  }
  // Closing Find leaves the match selected, its end being the cursor. (Its close button, because
  // Escape pressed in the find field was seen to leave the widget open in code-server.)
  await find.getByRole('button', { name: /^Close/ }).click();
  await editor.locator('.find-widget.visible').waitFor({ state: 'detached', timeout: T });
  const selected = new RegExp(`Ln (\\d+), Col (\\d+) \\(${text.length} selected\\)`);
  const item = page.locator('[id="status.editor.selection"]', { hasText: selected });
  await item.waitFor({ timeout: T });
  const [, line, end] = selected.exec(await item.innerText()).map(Number);
  const column = end - text.length + offset;
  await gotoPosition(page, line, column);
  return { line, column };
}

/** Opens `file` (when given), puts the cursor on `text` and presses `key` there (F12, F2, Shift+F12, Ctrl+Space…). */
export async function pressAt(page, { file, text, occurrence, offset = 1, key }) {
  if (file) await openFile(page, file);
  await gotoText(page, text, { occurrence, offset });
  await page.keyboard.press(key);
}

/** F2 on `text` in `file` and types `newName` into the rename box; resolves when the box has closed. */
export async function renameAt(page, { file, text, occurrence, offset = 1, newName }) {
  await pressAt(page, { file, text, occurrence, offset, key: 'F2' });
  const input = page.locator('.rename-box input, .rename-box textarea').first();
  await input.waitFor({ state: 'visible', timeout: T });
  await input.fill(newName);
  await input.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: T });
}

/**
 * Waits for the editor's inline message under the cursor ("No definition found for …", a refused
 * rename's reason) that holds `text`; returns its text.
 */
export async function waitForEditorMessage(page, text, { timeout = T } = {}) {
  const message = page.locator('.monaco-editor-overlaymessage', { hasText: text }).first();
  await message.waitFor({ timeout });
  return (await message.innerText()).trim();
}

// ---------------------------------------------------------------- views, trees and menus

/** The activity bar entry of a view container by its title ("Casefile"). */
export const activityItem = (page, title) => page.locator(`.activitybar .action-label[aria-label^="${title}"]`).first();

/** Opens a view container from the activity bar, as a user does, unless its side bar is already showing. */
export async function openViewContainer(page, title, { timeout = 60_000 } = {}) {
  const item = activityItem(page, title);
  await item.waitFor({ timeout });
  const checked = page.locator('.activitybar .action-item.checked', { has: page.locator(`.action-label[aria-label^="${title}"]`) });
  if (!(await checked.count())) await item.click();
  await checked.first().waitFor({ timeout });
}

/** A view's pane (its header and its body) by the view's name ("Cases"). */
export const viewPane = (page, viewName) => page.locator('.pane', { has: page.locator('.pane-header', { hasText: viewName }) }).first();

/** A tree row in a view that holds `text`. */
export const treeRow = (page, viewName, text) => viewPane(page, viewName).locator('.monaco-list-row', { hasText: text }).first();

/** Right-clicks `target` (a tree row, an editor…) and waits for its context menu; returns the menu's item labels. */
export async function openContextMenu(page, target) {
  await target.click({ button: 'right' });
  const menu = page.locator('.context-view .monaco-menu').first();
  await menu.waitFor({ timeout: T });
  return (await menu.getByRole('menuitem').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
}

/** Chooses an item of the open context menu by its label (a string is matched exactly). */
export async function chooseMenuItem(page, label) {
  const menu = page.locator('.context-view .monaco-menu').first();
  const item = menu.getByRole('menuitem', { name: label, exact: typeof label === 'string' }).first();
  await item.waitFor({ timeout: T });
  await item.click();
  try {
    await menu.waitFor({ state: 'hidden', timeout: 5_000 });
  } catch {
    // Under load the menu can take the click as a hover only (seen in a fresh CI run): the item is
    // focused then, and Enter chooses it as a keyboard user would.
    await item.focus();
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: T });
  }
}

// ---------------------------------------------------------------- notifications

/** Every notification toast on screen (needs code-server without the smoke-test driver). */
export const toasts = (page) => page.locator('.notifications-toasts .notification-toast');

/** The toast whose message holds `text` (a string or a RegExp). */
export const toast = (page, text) =>
  toasts(page)
    .filter({ has: page.locator('.notification-list-item-message', { hasText: text }) })
    .first();

/**
 * Waits for a toast whose message holds `text`; returns what the user sees of it: the message,
 * its severity (from the icon: info, warning, error), its buttons, and its source (VS Code shows
 * the source only in an expanded toast; empty otherwise).
 * @returns {Promise<{ locator: Locator, message: string, severity: string, source: string, buttons: string[] }>}
 */
export async function waitForToast(page, text, { timeout = T } = {}) {
  const locator = toast(page, text);
  await locator.waitFor({ timeout });
  // A toast under the mouse stays (others hide after 10-15 s), so it can be read and clicked.
  await locator.hover();
  return describeToast(locator);
}

/** What a toast shows (see waitForToast). */
export async function describeToast(locator) {
  const icon = (await locator.locator('.notification-list-item-icon').first().getAttribute('class')) ?? '';
  return {
    locator,
    message: (await locator.locator('.notification-list-item-message').first().innerText()).trim(),
    severity: /codicon-(error|warning|info)\b/.exec(icon)?.[1] ?? icon,
    source: (await locator.locator('.notification-list-item-source').first().innerText()).trim(),
    buttons: (await locator.locator('.notification-list-item-buttons-container .monaco-button').allInnerTexts()).map((b) => b.trim()),
  };
}

/** All toasts on screen now, described. */
export async function visibleToasts(page) {
  return Promise.all((await toasts(page).all()).map(describeToast));
}

/** Clicks the button `button` of the toast that says `text`; resolves when that toast has gone. */
export async function clickToastButton(page, text, button, { timeout = T } = {}) {
  const locator = toast(page, text);
  await locator.waitFor({ timeout });
  await locator.locator('.notification-list-item-buttons-container .monaco-button', { hasText: button }).first().click();
  await locator.waitFor({ state: 'detached', timeout });
}

/** Closes every notification (Notifications: Clear All Notifications), so a later check sees only new ones. */
export async function clearNotifications(page) {
  await runCommand(page, 'Notifications: Clear All Notifications');
  await toasts(page).first().waitFor({ state: 'detached', timeout: T });
}

// ---------------------------------------------------------------- Problems

/** Opens the Problems panel (Ctrl+Shift+M) and waits for a row that holds `text`; returns every row's text. */
export async function problems(page, text, { timeout = 20_000 } = {}) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
  await panel.locator('.monaco-list-row', { hasText: text }).first().waitFor({ timeout });
  return (await panel.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}
