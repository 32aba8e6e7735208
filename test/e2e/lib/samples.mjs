// What the UI checks expect of the samples and the manifest, read once for every test file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

/** The manifest's English texts (command titles, view names). */
export const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));

// samples/README.md: the phase of every sample case, labelled as the case schema names the phases.
export const PHASES = [
  ['Needs and landscape analysis', 3],
  ['Planning and choice of path', 3],
  ['Project execution', 4],
  ['Result', 2],
  ['Closed', 4],
];
