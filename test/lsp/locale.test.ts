// The casefile.language setting: changing it re-publishes every diagnostic in that language.
import { afterEach, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver/node';
import { RULES_BY_ID } from '../../server/src/engine/rules';
import { expectLikeCli } from './cli-compare';
import { codes, Harness, message } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

describe('the language setting', () => {
  it('switched to Swedish re-publishes every diagnostic, closed and open, in Swedish', async () => {
    h = await Harness.start({ init: { locale: 'en' } });
    const closed = 'cases/2026/vgr-2026-027.case.yaml';
    const open = 'cases/2026/vas-2026-003.case.yaml';
    await h.open(open);
    const english = await h.diagnostics(open, (p) => p.version === 1);
    expect(codes(english)).toEqual(['missing-stakeholder', 'nda-public-staff']);
    await expectLikeCli(h, 'en');

    h.language = 'sv';
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: { casefile: { language: 'sv' } } });
    await h.diagnostics(closed, (p) => /förank/i.test(message(p.diagnostics[0])));
    const swedish = await h.diagnostics(open, (p) => p.version === 1 && p.diagnostics.every((d, i) => message(d) !== message(english.diagnostics[i])));
    expect(codes(swedish)).toEqual(codes(english));
    // Every file as the CLI says it in Swedish (the open file is unchanged from the disk).
    await expectLikeCli(h, 'sv');
    const hover = (await h.client.sendRequest('textDocument/hover', {
      textDocument: { uri: h.uri(open) },
      position: { line: swedish.diagnostics[0]!.range.start.line, character: swedish.diagnostics[0]!.range.start.character },
    })) as Hover;
    // The rule in Swedish; the message itself is left to the editor's problem line.
    const rule = RULES_BY_ID.get(codes(swedish)[0]!)!;
    expect((hover.contents as { value: string }).value).toContain(`#### ${rule.meta.id}\n\n${rule.meta.description.sv}\n\n*Varför:*`);
    expect((hover.contents as { value: string }).value).not.toContain(message(swedish.diagnostics[0]));

    // And back to the client's language.
    h.language = 'auto';
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: { casefile: { language: 'auto' } } });
    await h.diagnostics(closed, (p) => !/förank/i.test(message(p.diagnostics[0])));
    await expectLikeCli(h, 'en');
    expect(h.errors).toEqual([]);
  });
});
