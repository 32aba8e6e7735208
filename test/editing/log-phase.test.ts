// `log[].phase` (spec section 9) comes from the schema: completion and hover offer it like any key.
import { describe, expect, it } from 'vitest';
import { complete } from '../../server/src/engine/editing/complete';
import { hover } from '../../server/src/engine/editing/hover';
import { parseYaml } from '../../server/src/engine/parse';
import { bar, context } from './context';

const LOG = 'log:\n  - date: 2026-05-02\n    event: "Fas: planering → genomförande"\n';

describe('log[].phase', () => {
  it('is offered as a key of a log entry, in both languages, and its values are the phases', () => {
    const sv = (() => {
      const { parsed, offset } = bar(`${LOG}    ph|\n`);
      return complete(parsed, offset, context('case', 'sv')).find((e) => e.label === 'phase');
    })();
    expect(sv).toMatchObject({ kind: 'property', detail: 'Fas som påbörjades' });
    expect(sv!.documentation).toMatch(/^\*\*Fas som påbörjades\*\*\n\nFasen som ärendet gick in i detta datum/);
    const { parsed, offset } = bar(`${LOG}    phase: |\n`);
    expect(complete(parsed, offset, context()).map((e) => e.label)).toEqual(['needs', 'planning', 'execution', 'result', 'closed']);
  });

  it('has a hover with its path and description', () => {
    const text = `${LOG}    phase: execution\n`;
    const info = hover(parseYaml(text), text.indexOf('    phase:') + 5, context(), []);
    expect(info!.markdown).toBe('**Phase entered** · `log[].phase`\n\nThe phase the case entered on this date; the move-phase command writes it (spec section 9).');
  });
});
