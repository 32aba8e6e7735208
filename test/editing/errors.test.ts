// Editing functions let a failure propagate: the language server logs it with its stack and answers
// empty (test/lsp/feature-errors.test.ts). Swallowed here, nobody would ever see it.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../server/src/engine';
import { complete, fixesFor, hover, outline } from '../../server/src/engine/editing';
import { cursorAt } from '../../server/src/engine/editing/cursor';
import type { EditingContext } from '../../server/src/engine/editing';
import type { ParsedYaml } from '../../server/src/engine/parse';
import { parseYaml } from '../../server/src/engine/parse';
import { context, sample } from './context';

const CASE = sample('cases/2026/vgr-2026-012.case.yaml');

/** A value whose named property throws when read: a stand-in for a bug deep in a feature. */
function failing<T extends object>(target: T, property: string): T {
  return new Proxy(target, {
    get(t, p, receiver) {
      if (p === property) throw new Error(`boom: ${property}`);
      return Reflect.get(t, p, receiver);
    },
  });
}

describe('editing functions report failures to their caller', () => {
  const parsed = parseYaml(CASE);

  it('cursorAt', () => {
    expect(() => cursorAt(failing(parsed, 'text'), 10)).toThrow('boom: text');
  });

  it('complete, in the cursor and in the reference lists', () => {
    expect(() => complete(failing(parsed, 'text'), 10, context())).toThrow('boom: text');
    const text = 'version: 1\nlinks:\n  related: [VGR-';
    const ctx = failing<EditingContext>(context(), 'cases');
    expect(() => complete(parseYaml(text), text.length, ctx)).toThrow('boom: cases');
  });

  it('hover', () => {
    const offset = CASE.indexOf('kind: test-activity') + 8;
    expect(() => hover(parsed, offset, failing(context(), 'locale'), [])).toThrow('boom: locale');
  });

  it('outline', () => {
    expect(() => outline(failing<ParsedYaml>(parsed, 'doc'))).toThrow('boom: doc');
  });

  it('fixesFor', () => {
    const ctx = context();
    const finding = checkText('cases/x.case.yaml', CASE, 'case', { ...ctx, today: '2026-11-23' }).findings.find((f) => f.rule === 'billing-model');
    expect(finding).toBeDefined();
    expect(() => fixesFor(parsed, finding!, failing(ctx, 'locale'))).toThrow('boom: locale');
  });
});
