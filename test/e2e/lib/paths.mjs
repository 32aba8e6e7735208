// Where things are: the project, the e2e cache (same rule as scripts/e2e-install.sh), the output.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
export const OUT = join(ROOT, 'test/.tmp/e2e');

export function e2eHome() {
  return process.env.CASEFILE_E2E_HOME || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'casefile-e2e');
}
