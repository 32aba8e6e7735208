// How many inputs each property gets. In `npm test` every property has a default count and a time
// budget (whichever ends first; the budgets add up to about a minute on two busy cores), so a loaded
// machine runs fewer inputs rather than timing out. `npm run fuzz -- --runs N` (scripts/fuzz.mjs) sets
// CASEFILE_FUZZ_RUNS: each property then runs N times its `share` (expensive ones get fewer), untimed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';

const RUNS = Number(process.env.CASEFILE_FUZZ_RUNS) || undefined;
const SEED = process.env.CASEFILE_FUZZ_SEED ? Number(process.env.CASEFILE_FUZZ_SEED) : undefined;
const STATS = process.env.CASEFILE_FUZZ_STATS;
const FAILURES = path.join(__dirname, '..', '.tmp', 'fuzz-failures');

/** A test timeout that fits the run: the default one, or none worth the name for a long run. */
export const TIMEOUT = RUNS ? 24 * 3600_000 : 60_000;

/** Runs a property, records its figures for the fuzz runner, throws fast-check's report (with the seed) on failure. */
export async function runProperty<Ts>(name: string, property: fc.IRawProperty<Ts>, { runs, share = 1, seconds }: { runs: number; share?: number; seconds: number }): Promise<void> {
  const numRuns = RUNS ? Math.max(1, Math.round(RUNS * share)) : runs;
  const started = performance.now();
  const details = await fc.check(property, { numRuns, seed: SEED, ...(RUNS ? {} : { interruptAfterTimeLimit: seconds * 1000 }) });
  const ms = performance.now() - started;
  if (STATS) fs.appendFileSync(STATS, `${JSON.stringify({ name, runs: details.numRuns, ms, failed: details.failed, seed: details.seed })}\n`);
  if (details.failed) {
    // The whole counterexample goes to a file (the start of a fixture); the message stays readable.
    fs.mkdirSync(FAILURES, { recursive: true });
    const file = path.join(FAILURES, `${name.replace(/[^a-z0-9]+/gi, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(details.counterexample, null, 1));
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `${name}: failed after ${details.numRuns} inputs (seed ${details.seed}, path "${details.counterexamplePath}"); counterexample in ${file}\n${error.slice(0, 4000)}`,
    );
  }
}
