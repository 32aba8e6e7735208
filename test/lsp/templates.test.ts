// casefile/template: the walkthrough's casefile.yaml and directory.yaml, in the UI language.
import { afterEach, describe, expect, it } from 'vitest';
import { templateText } from '../../server/src/engine/editing/templates';
import { TEMPLATE_REQUEST, type TemplateParams } from '../../server/src/shared/protocol';
import { Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

describe('casefile/template', () => {
  it('answers each kind with its file name and text in the language setting, and an unknown kind with nothing', async () => {
    h = await Harness.start({ from: null, language: 'sv', init: { locale: 'en' } });
    const policy = await h.client.sendRequest(TEMPLATE_REQUEST, { kind: 'policy' });
    expect(policy).toEqual({ file: 'casefile.yaml', text: templateText('policy', 'sv') });
    expect(policy.text).toMatch(/^# Casefile-policy/);
    const directory = await h.client.sendRequest(TEMPLATE_REQUEST, { kind: 'directory' });
    expect(directory).toEqual({ file: 'directory.yaml', text: templateText('directory', 'sv') });
    expect(await h.client.sendRequest(TEMPLATE_REQUEST, { kind: 'case' } as unknown as TemplateParams)).toEqual({ file: '', text: '' });
    expect(h.errors).toEqual([]);
  });

  it('names the file at the repository root of the folder given, which may lie above it', async () => {
    // The workspace root holds casefile.yaml: a sub-folder opened in VS Code belongs to that repository.
    h = await Harness.start({ from: null, files: { 'casefile.yaml': 'organisation: Region\n', 'cases/2026/x.txt': '' }, init: { locale: 'en' } });
    const below = await h.client.sendRequest(TEMPLATE_REQUEST, { kind: 'directory', folder: h.uri('cases/2026') });
    expect(below.uri).toBe(h.uri('directory.yaml'));
    expect((await h.client.sendRequest(TEMPLATE_REQUEST, { kind: 'policy' })).uri).toBeUndefined();
  });
});
