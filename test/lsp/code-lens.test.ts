// textDocument/codeLens: the phase lens of an open case, in the UI language, following the text.
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeLens } from 'vscode-languageserver/node';
import { Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

const NEEDS = 'cases/2026/vgr-2026-030.case.yaml';
const PLANNING = 'cases/2026/skane-2026-012.case.yaml';
const CLOSED = 'cases/2026/vgr-2026-019.case.yaml';

const lenses = async (rel: string) => (await h!.client.sendRequest('textDocument/codeLens', { textDocument: { uri: h!.uri(rel) } })) as CodeLens[];
const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix));

describe('phase code lens', () => {
  it('names the next phase above the phase key and moves the case when the gate holds', async () => {
    h = await Harness.start();
    const text = h.read(PLANNING);
    await h.open(PLANNING, text);
    const [lens, ...more] = await lenses(PLANNING);
    expect(more).toEqual([]);
    const line = lineOf(text, 'phase:');
    expect(lens!.range).toEqual({ start: { line, character: 0 }, end: { line, character: 5 } });
    expect(lens!.command).toEqual({ title: '→ Project execution', command: 'casefile.movePhaseNext', arguments: [h.uri(PLANNING), 'execution'] });
  });

  it('names what the gate needs; the click asks for the move, whose refusal says so, when nothing can be selected', async () => {
    h = await Harness.start({ init: { locale: 'sv' } });
    await h.open(NEEDS);
    const [lens] = await lenses(NEEDS);
    expect(lens!.command).toEqual({
      title: '→ Planering och vägval: saknar need.statement och need.verified: true',
      command: 'casefile.movePhaseNext',
      arguments: [h.uri(NEEDS), 'planning'],
    });
  });

  it('follows the text: an unmet gate selects the value in the way, and the title changes with the edit', async () => {
    h = await Harness.start();
    const text = h.read(PLANNING);
    await h.open(PLANNING, text);
    const unverified = text.replace('  verified: true', '  verified: false');
    expect(unverified).not.toBe(text);
    await h.change(PLANNING, unverified);
    const [lens] = await lenses(PLANNING);
    const line = lineOf(unverified, '  verified: false');
    expect(lens!.command).toEqual({
      title: '→ Project execution: needs need.verified: true',
      command: 'casefile.selectRange',
      arguments: [h.uri(PLANNING), { start: { line, character: 12 }, end: { line, character: 17 } }],
    });
    await h.change(PLANNING, text);
    expect((await lenses(PLANNING))[0]!.command!.title).toBe('→ Project execution');
  });

  it('selects the syntax error while the YAML does not parse', async () => {
    h = await Harness.start();
    const text = h.read(PLANNING);
    await h.open(PLANNING, `${text}tags: [open\n`);
    const [lens] = await lenses(PLANNING);
    expect(lens!.command!.title).toBe('→ Project execution: fix the YAML syntax first');
    expect(lens!.command!.command).toBe('casefile.selectRange');
  });

  it('gives none for a closed case, a case without a phase, and the settings files', async () => {
    h = await Harness.start();
    await h.open(CLOSED);
    expect(await lenses(CLOSED)).toEqual([]);
    const text = h.read(PLANNING).replace(/^phase: .*\n/m, '');
    await h.open(PLANNING, text);
    expect(await lenses(PLANNING)).toEqual([]);
    await h.open('casefile.yaml', h.read('casefile.yaml'), 'yaml');
    expect(await lenses('casefile.yaml')).toEqual([]);
    // A file the editor has not opened has no lens either (nothing to click in).
    expect(await lenses(NEEDS)).toEqual([]);
  });

  it('asks the client to refresh shown lenses when the UI language changes, if it can', async () => {
    h = await Harness.start({ capabilities: { workspace: { codeLens: { refreshSupport: true } } } });
    let refreshed!: () => void;
    const refresh = new Promise<void>((resolve) => (refreshed = resolve));
    h.client.onRequest('workspace/codeLens/refresh', () => {
      refreshed();
      return null;
    });
    await h.open(PLANNING);
    expect((await lenses(PLANNING))[0]!.command!.title).toBe('→ Project execution');
    h.language = 'sv';
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: { casefile: { language: 'sv' } } });
    await refresh;
    expect((await lenses(PLANNING))[0]!.command!.title).toBe('→ Projektgenomförande');
  });
});
