// The extension manifest and its translations stay complete: every %key% of package.json is in
// both nls files, every vscode.l10n.t string has a Swedish translation, and what the manifest
// names exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;

const manifestText = read('package.json');
const manifest = JSON.parse(manifestText) as {
  contributes: {
    commands: { command: string }[];
    menus: Record<string, { command: string }[]>;
    languages: { configuration: string }[];
    grammars: { path: string }[];
    snippets?: unknown;
    viewsContainers: { activitybar: { icon: string }[] };
    views: Record<string, { id: string; icon?: string }[]>;
  };
  activationEvents: string[];
  categories: string[];
  files: string[];
  l10n: string;
  capabilities: { untrustedWorkspaces: { supported: boolean } };
};
const nlsKeys = [...manifestText.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]!);
const nls = { en: json('package.nls.json'), sv: json('package.nls.sv.json') };

const sources = readdirSync(join(root, 'client/src'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: read(`client/src/${f}`) }));
const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('package.json and package.nls*.json', () => {
  it('has every %key% in English and Swedish, and no key that nothing uses', () => {
    expect(nlsKeys.length).toBeGreaterThan(20);
    for (const [locale, table] of Object.entries(nls)) {
      const missing = nlsKeys.filter((k) => typeof table[k] !== 'string' || (table[k] as string).trim() === '');
      expect(missing, `missing in ${locale}`).toEqual([]);
      expect(
        Object.keys(table).filter((k) => !nlsKeys.includes(k)),
        `unused in ${locale}`,
      ).toEqual([]);
    }
  });

  it('declares every command its menus use, and registers every declared command', () => {
    const declared = manifest.contributes.commands.map((c) => c.command);
    const used = Object.values(manifest.contributes.menus)
      .flat()
      .map((m) => m.command);
    expect(used.filter((c) => !declared.includes(c))).toEqual([]);
    const registered = sources.flatMap((s) => [...s.text.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]));
    expect(declared.filter((c) => !registered.includes(c))).toEqual([]);
  });

  it('points only at files that exist', () => {
    const c = manifest.contributes;
    const paths = [
      ...c.languages.map((l) => l.configuration),
      ...c.grammars.map((g) => g.path),
      ...c.viewsContainers.activitybar.map((a) => a.icon),
      ...Object.values(c.views)
        .flat()
        .flatMap((v) => (v.icon ? [v.icon] : [])),
    ];
    expect(paths.filter((p) => !existsSync(join(root, p)))).toEqual([]);
  });

  it('contributes no snippets (the server offers them in context) but ships their source', () => {
    // Contributed snippets would show everywhere in a case file, where most of them break the YAML.
    expect(manifest.contributes.snippets).toBeUndefined();
    expect(manifest.categories).not.toContain('Snippets');
    expect(manifest.files).toContain('snippets/*.json');
    for (const file of ['snippets/agreements.json', 'snippets/cases.json']) expect(existsSync(join(root, file)), file).toBe(true);
  });

  it('activates on case files and the policy, and runs in untrusted workspaces', () => {
    expect(manifest.activationEvents).toEqual(
      expect.arrayContaining(['workspaceContains:**/*.case.yaml', 'workspaceContains:**/*.case.yml', 'workspaceContains:casefile.yaml', 'onLanguage:casefile']),
    );
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(
      Object.values(manifest.contributes.views)
        .flat()
        .map((v) => v.id),
    ).toContain('casefile.cases');
  });
});

describe('vscode.l10n.t strings', () => {
  const calls = sources.flatMap((s) => [...s.text.matchAll(/l10n\.t\(/g)].map(() => s.file));
  const literals = sources.flatMap((s) => [...s.text.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')));
  const sv = json(`${manifest.l10n.replace(/^\.\//, '')}/bundle.l10n.sv.json`);

  it('are all literal strings (so they can be looked up)', () => {
    expect(calls.length).toBeGreaterThan(20);
    expect(literals).toHaveLength(calls.length);
  });

  it('all have a Swedish translation with the same placeholders, and the bundle has nothing stale', () => {
    for (const message of literals) {
      const translated = sv[message];
      expect(typeof translated, message).toBe('string');
      expect(placeholders(translated as string), message).toEqual(placeholders(message));
    }
    expect(Object.keys(sv).filter((k) => !literals.includes(k))).toEqual([]);
  });
});
