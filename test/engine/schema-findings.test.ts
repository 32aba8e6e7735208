// The ajv error → range mapping, one test per keyword: the narrowest range that shows the problem.
import { describe, expect, it } from 'vitest';
import { dedent, findings, CLEAN_CASE } from '../helpers';

/** Schema findings of a case as [text under the range, line, message]. */
function schema(yaml: string, locale: 'en' | 'sv' = 'en') {
  const text = dedent(yaml);
  return findings({ yaml, locale })
    .filter((f) => f.rule === 'schema')
    .map((f) => ({ text: text.slice(f.offset, f.endOffset), line: f.line, message: f.message, severity: f.severity }));
}

const base = dedent(CLEAN_CASE);
const withLines = (...extra: string[]) => `${base}${extra.join('\n')}\n`;
const replace = (from: string, to: string) => base.replace(from, to);

describe('schema findings by keyword', () => {
  it('a clean case has none', () => {
    expect(schema(base)).toEqual([]);
  });

  it('additionalProperties → the unknown key, with a suggestion', () => {
    const [missing, f] = schema(replace('phase: needs', 'phse: needs'));
    expect(missing).toMatchObject({ line: 1, message: 'Missing required key `phase`.' });
    expect(f).toMatchObject({ text: 'phse', line: 5, severity: 'error' });
    expect(f!.message).toBe('Unknown key `phse`. Did you mean `phase`?');
  });

  it('additionalProperties nested → that key, naming where', () => {
    const [f] = schema(replace('  type: company', '  type: company\n  adress: Storgatan 1'));
    expect(f).toMatchObject({ text: 'adress', line: 10 });
    expect(f!.message).toContain('in `requester`');
  });

  it('enum → the value, with the allowed values and a suggestion', () => {
    const [f] = schema(replace('kind: dialogue', 'kind: dialog'));
    expect(f).toMatchObject({ text: 'dialog', line: 4 });
    expect(f!.message).toContain('Did you mean `dialogue`?');
    expect(f!.message).toContain('advice');
  });

  it('type → the value (YAML 1.2: `yes` is a string, not a boolean)', () => {
    const [f] = schema(withLines('need:', '  verified: yes'));
    expect(f).toMatchObject({ text: 'yes' });
    expect(f!.message).toBe('`verified` must be true or false, not text.');
  });

  it('type on a multi-line collection → its key, not the whole block', () => {
    const [f] = schema(withLines('need:', '  - a', '  - b'));
    expect(f).toMatchObject({ text: 'need' });
    expect(f!.message).toContain('must be a mapping of keys, not a list');
  });

  it('type makes enum noise about the same value go away', () => {
    const list = schema(replace('kind: dialogue', 'kind: 5'));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ text: '5' });
  });

  it('required at top level → line 1', () => {
    const text = replace('title: Digital egenvård vid artros\n', '');
    const [f] = schema(text);
    expect(f).toMatchObject({ text: 'version: 1', line: 1 });
    expect(f!.message).toBe('Missing required key `title`.');
  });

  it('required nested → the key of the mapping that lacks it', () => {
    const [f] = schema(replace('  type: company\n', ''));
    expect(f).toMatchObject({ text: 'requester', line: 7 });
    expect(f!.message).toBe('Missing required key `type` in `requester`.');
  });

  it('required in a list item → the item’s first key', () => {
    const [f] = schema(withLines('anchoring:', '  - unit: SU/Ortopedi', '    role: verksamhetschef', '    decision: approved', '    date: 2026-10-01'));
    expect(f).toMatchObject({ text: 'unit' });
    expect(f!.message).toBe('Missing required key `by` in `anchoring[0]`.');
  });

  it('conditional required: a signed agreement needs its date', () => {
    const [f] = schema(withLines('agreements:', '  - type: assignment', '    status: signed', '    billing: actual-costs'));
    expect(f).toMatchObject({ text: 'type' });
    expect(f!.message).toMatch(/^Missing `signed`/);
  });

  it('conditional required: requester except for a need announcement', () => {
    const without = base.replace(/requester:\n  organisation: .*\n  type: company\n/, '');
    expect(schema(without).map((f) => f.message)).toEqual([expect.stringMatching(/^Missing `requester`/)]);
    expect(schema(without.replace('kind: dialogue', 'kind: need-announcement'))).toEqual([]);
  });

  it('pattern → the value, with a readable hint', () => {
    const [f] = schema(replace('id: VGR-2026-001', 'id: "-VGR"'));
    expect(f).toMatchObject({ text: '"-VGR"' });
    expect(f!.message).toContain('start with a letter or digit');
  });

  it('format date → the value (a day that does not exist)', () => {
    const [f] = schema(replace('opened: 2026-09-01', 'opened: 2026-02-30'));
    expect(f).toMatchObject({ text: '2026-02-30' });
    expect(f!.message).toContain('YYYY-MM-DD');
  });

  it('format email → the value', () => {
    const [f] = schema(replace('    name: Maria Holm\n', '    name: Maria Holm\n    email: maria.example.org\n'));
    expect(f).toMatchObject({ text: 'maria.example.org' });
  });

  it('minimum / maximum → the value, with the whole range', () => {
    const [f] = schema(withLines('solution:', '  trl: 12'));
    expect(f).toMatchObject({ text: '12' });
    expect(f!.message).toBe('`trl` must be a whole number from 1 to 9.');
  });

  it('const → the value', () => {
    const [f] = schema(replace('version: 1', 'version: 2'));
    expect(f).toMatchObject({ text: '2', line: 1 });
  });

  it('uniqueItems → the repeated item', () => {
    const [f] = schema(withLines('tags: [artros, app, artros]'));
    expect(f).toMatchObject({ text: 'artros' });
    expect(f!.message).toContain('twice');
  });

  it('minLength → the value', () => {
    const [f] = schema(replace('title: Digital egenvård vid artros', 'title: ""'));
    expect(f).toMatchObject({ text: '""' });
  });

  it('speaks Swedish', () => {
    const [f] = schema(replace('kind: dialogue', 'kind: dialog'), 'sv');
    expect(f!.message).toContain('Menade du `dialogue`?');
    expect(f!.message).toContain('är inte tillåtet');
  });
});
