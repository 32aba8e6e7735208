// Everything under a folder, so a test can prove a command wrote nothing: each entry with its kind,
// and for a file its content hash, modification time and mode (a link by its target; never followed).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export function snapshotTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        out.set(full, 'dir');
        walk(full);
      } else if (e.isSymbolicLink()) out.set(full, `link ${fs.readlinkSync(full)}`);
      else if (e.isFile()) {
        const stat = fs.lstatSync(full);
        out.set(full, `${createHash('sha256').update(fs.readFileSync(full)).digest('hex')} ${stat.mtimeMs} ${stat.mode}`);
      } else out.set(full, 'other'); // a FIFO or socket is never opened
    }
  };
  walk(dir);
  return out;
}
