// One code-server and one workbench page for a test file: logged to OUT/<name>.log, a screenshot
// when it fails, and always stopped.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench } from './browser.mjs';
import { startCodeServer } from './code-server.mjs';
import { OUT } from './paths.mjs';

/**
 * @template T
 * @param {{ name: string, folder: string, testsPath?: string, onLog: (line: string) => void }} options
 * @param {(wb: Awaited<ReturnType<typeof openWorkbench>>, logFile: string) => Promise<T>} body
 * @returns {Promise<T>}
 */
export async function withWorkbench({ name, folder, testsPath, onLog }, body) {
  const logFile = join(OUT, `${name}.log`);
  const server = await startCodeServer({ name, logDir: OUT });
  let wb;
  try {
    wb = await openWorkbench({
      server,
      folder,
      testsPath,
      onConsole: (line) => appendFileSync(logFile, `console: ${line}\n`),
      onLog: (line) => {
        appendFileSync(logFile, line + '\n');
        onLog(line);
      },
    });
    return await body(wb, logFile);
  } catch (error) {
    if (wb) await wb.page.screenshot({ path: join(OUT, `${name}-failure.png`) }).catch(() => {});
    throw error;
  } finally {
    await wb?.close();
    await server.stop();
  }
}
