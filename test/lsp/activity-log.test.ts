// The output channel's lines: start-up, each folder indexed, a settings change; one line each.
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { codes, Harness, message, SAMPLES } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

const sampleCases = (readdirSync(SAMPLES, { recursive: true }) as string[]).filter((f) => /\.case\.ya?ml$/.test(f)).length;

describe('the activity log (window/logMessage)', () => {
  it('says how the server started and how big the index is, then each change of the language setting', async () => {
    h = await Harness.start({ init: { locale: 'en', workspaceTrusted: false } });
    const [start, language, indexed, ...rest] = h.logs;
    expect(start).toMatch(new RegExp(`^Casefile \\S+ on Node\\.js ${process.version.replace(/\./g, '\\.')}; workspace folders: .+casefile-lsp-\\w+; not trusted`));
    expect(language).toBe('Setting casefile.language: auto → messages in English (en)');
    expect(indexed).toMatch(new RegExp(`^Indexed .+casefile-lsp-\\w+: ${sampleCases} cases, \\d+ files in \\d+ ms$`));
    expect(sampleCases).toBeGreaterThan(5);
    expect(rest).toEqual([]);

    // Typing logs nothing.
    const file = 'cases/2026/vas-2026-003.case.yaml';
    await h.open(file);
    await h.change(file, `${h.read(file)}# a comment\n`);
    await h.diagnostics(file, (p) => p.version === 2);
    expect(h.logs).toHaveLength(3);

    h.language = 'sv';
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: { casefile: { language: 'sv' } } });
    await h.diagnostics(file, (p) => codes(p).length > 0 && /[åäö]/i.test(message(p.diagnostics[0])));
    expect(h.logs.slice(3)).toEqual(['Setting casefile.language: sv → messages in Swedish (sv)']);
    expect(h.errors).toEqual([]);
  });
});
