// A tiny test runner for the extension host (mocha is not installed): tests run in order, each
// with a time limit, and every result is one console line the e2e runner reads.

export type TestFn = () => Promise<void> | void;

interface TestCase {
  name: string;
  fn: TestFn;
  timeoutMs: number;
}

const tests: TestCase[] = [];

/** The prefix of the lines the runner (test/e2e/run.mjs) counts. */
export const RESULT_PREFIX = '[casefile-e2e]';

export function test(name: string, fn: TestFn, timeoutMs = 30_000): void {
  tests.push({ name, fn, timeoutMs });
}

function withTimeout(promise: Promise<void>, ms: number, name: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${name}`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

export interface RunSummary {
  passed: number;
  failed: number;
}

export async function runAll(): Promise<RunSummary> {
  let passed = 0;
  let failed = 0;
  for (const t of tests) {
    const start = Date.now();
    try {
      await withTimeout(Promise.resolve().then(t.fn), t.timeoutMs, t.name);
      passed++;
      console.log(`${RESULT_PREFIX} ok ${JSON.stringify({ name: t.name, ms: Date.now() - start })}`);
    } catch (error) {
      failed++;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.log(`${RESULT_PREFIX} fail ${JSON.stringify({ name: t.name, ms: Date.now() - start, error: message })}`);
    }
  }
  console.log(`${RESULT_PREFIX} done ${JSON.stringify({ passed, failed })}`);
  return { passed, failed };
}

export class AssertionError extends Error {}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new AssertionError(`${what}: expected ${e}, got ${a}`);
}
