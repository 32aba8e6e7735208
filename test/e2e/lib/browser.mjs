// Opens a code-server workbench in Debian's headless Chromium, with the extension loaded straight
// from the project folder (the payload works because of enable-smoke-test-driver), or, with
// `fromFolder: false`, with only what code-server has installed, as a user opens a folder.
import { chromium } from 'playwright-core';
import { onCleanup } from './cleanup.mjs';
import { ROOT } from './paths.mjs';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * @param {{ server: { port: number, remote(p: string): string }, folder: string, testsPath?: string,
 *   fromFolder?: boolean, onLog?: (line: string) => void, onConsole?: (line: string) => void }} opts
 * @returns {Promise<{ page: import('playwright-core').Page, exited: Promise<number>, close(): Promise<void> }>}
 */
export async function openWorkbench({ server, folder, testsPath, fromFolder = true, onLog = () => {}, onConsole = () => {} }) {
  let browser;
  const close = onCleanup(async () => {
    await browser?.close().catch(() => {});
  });
  try {
    // launch() gives each browser a fresh temporary profile of its own.
    // The runner handles signals itself, so that it can also end code-server and print its counts.
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ARGS,
      timeout: 30_000,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    let resolveExit;
    const exited = new Promise((resolve) => (resolveExit = resolve));
    // The workbench calls these with its log (the extension host's console included) and the
    // suite's exit code. The browser console repeats the log with styling, so it is kept apart.
    await page.exposeFunction('codeAutomationLog', (level, message) => onLog(String(message)));
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
    page.on('console', (msg) => onConsole(msg.text()));
    const payload = fromFolder ? [['extensionDevelopmentPath', server.remote(ROOT)]] : [];
    if (testsPath) payload.push(['extensionTestsPath', server.remote(testsPath)]);
    let url = `http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(folder)}`;
    if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { timeout: 60_000 });
    return { page, exited, close };
  } catch (err) {
    await close();
    throw err;
  }
}
