// What every benchmark script shares: the project root and its `--name N` options.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const argv = process.argv.slice(2);

/** The number after `--name`, else the default. */
export function opt(name, def) {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : def;
}
