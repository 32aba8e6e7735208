// A feature that fails is logged as an error with its stack, and the request gets an empty answer.
import { afterEach, expect, it, vi } from 'vitest';
import { Harness } from './harness';

vi.mock('../../server/src/engine/editing', async (original) => ({
  ...(await original<typeof import('../../server/src/engine/editing')>()),
  hover: () => {
    throw new Error('hover exploded');
  },
}));

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

it('logs the failure with its stack and answers empty', async () => {
  const rel = 'cases/2026/vgr-2026-012.case.yaml';
  h = await Harness.start();
  await h.open(rel);
  const answer = await h.client.sendRequest('textDocument/hover', { textDocument: { uri: h.uri(rel) }, position: { line: 2, character: 3 } });
  expect(answer).toBeNull();
  expect(h.errors).toHaveLength(1);
  expect(h.errors[0]).toMatch(/^casefile: hover failed: Error: hover exploded\n\s+at /);
});
