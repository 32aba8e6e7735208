// One code-server and one workbench page for a test file: logged to OUT/<name>.log, a screenshot
// when it fails, and always stopped.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';
import { OUT } from './paths.mjs';

/**
 * `asUser`: code-server without the smoke-test driver, with these .vsix files installed as a user
 * installs them, and nothing loaded from the project folder; notifications then show as for a user.
 * @template T
 * @param {{ name: string, folder: string, testsPath?: string, asUser?: { install: string[] },
 *   onLog: (line: string) => void }} options
 * @param {(wb: Awaited<ReturnType<typeof openWorkbench>> & { server: Awaited<ReturnType<typeof startCodeServer>> }, logFile: string) => Promise<T>} body
 * @returns {Promise<T>}
 */
export async function withWorkbench({ name, folder, testsPath, asUser, onLog }, body) {
  const logFile = join(OUT, `${name}.log`);
  const server = await startCodeServer({ name, logDir: OUT, ...(asUser ? { smokeTestDriver: false, install: asUser.install } : {}) });
  let wb;
  try {
    wb = await openWorkbench({
      server,
      folder,
      testsPath,
      fromFolder: !asUser,
      onConsole: (line) => appendFileSync(logFile, `console: ${line}\n`),
      onLog: (line) => {
        appendFileSync(logFile, line + '\n');
        onLog(line);
      },
    });
    return await body({ ...wb, server }, logFile);
  } catch (error) {
    if (wb) await wb.page.screenshot({ path: join(OUT, `${name}-failure.png`) }).catch(() => {});
    throw error;
  } finally {
    await wb?.close();
    await server.stop();
  }
}
