// Where a report goes: standard output, or a file written whole (--out), never half a report.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './run';

/** Refuses early, before any checking, an --out that cannot be written: a folder or a missing parent folder. */
export function checkOutPath(cwd: string, out: string): string {
  const target = path.resolve(cwd, out);
  const stat = statOf(target);
  if (stat?.isDirectory()) throw new UsageError(`--out: ${out} is a folder; give a file name`);
  const parent = statOf(path.dirname(target));
  if (!parent?.isDirectory()) throw new UsageError(`--out: the folder of ${out} does not exist`);
  return target;
}

/** Writes to a temporary file beside the target, then renames it: a reader sees the old report or the new one. */
export function writeAtomically(target: string, given: string, text: string): void {
  // A link is written through, and a device, FIFO or socket (e.g. /dev/null, /dev/stdout) is written
  // in place: renaming over either would replace it.
  try {
    target = fs.realpathSync(target);
  } catch {
    // Not there yet: a new file.
  }
  const existing = statOf(target);
  if (existing && !existing.isFile()) {
    try {
      fs.writeFileSync(target, text);
      return;
    } catch (error) {
      throw new UsageError(`--out: cannot write ${given} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new UsageError(`--out: cannot write ${given} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
