// The policy schema's `rules` and the table in docs/rules/README.md are generated from the rule
// registry (scripts/rule-index.ts); the committed files must be what the registry makes now.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/engine';
import { generatedFiles, policySchemaText, rulesReadmeText, severitySummary, TABLE_END, TABLE_START } from '../../scripts/rule-index';

const ROOT = path.resolve(__dirname, '..', '..');
const metas = RULES.map((r) => r.meta);

describe('generated from the rule registry', () => {
  for (const { file, text } of generatedFiles(ROOT, metas)) {
    it(`${file} is fresh`, () => {
      expect(fs.readFileSync(path.join(ROOT, file), 'utf8'), `${file} is stale: run npm run generate`).toBe(text);
    });
  }

  it('a rule added to the registry shows up in both files', () => {
    const extra = { ...metas[0]!, id: 'new-rule', processRule: true, fixes: ['suppress' as const] };
    const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
    const schema = policySchemaText([...metas, extra], read('schemas/policy.schema.json'));
    const readme = rulesReadmeText([...metas, extra], read('docs/rules/README.md'), () => '## Default severity\n\n**error**, always.\n');
    expect(Object.keys(JSON.parse(schema).properties.rules.properties).at(-1)).toBe('new-rule');
    expect(readme).toContain('| [`new-rule`](new-rule.md) |');
    expect(readme).toMatch(/and `new-rule` — do not apply to `closed` cases/);
  });

  it('keeps the README outside the markers as written, and needs the markers', () => {
    const text = `intro\n${TABLE_START}\nold\n${TABLE_END}\noutro\n`;
    const out = rulesReadmeText(metas.slice(0, 1), text, () => '## Default severity\n\n**error**, always.\n');
    expect(out.startsWith(`intro\n${TABLE_START}\n`)).toBe(true);
    expect(out.endsWith(`${TABLE_END}\noutro\n`)).toBe(true);
    expect(out).not.toContain('old');
    expect(() => rulesReadmeText(metas, 'no markers', () => '')).toThrow(/markers/);
    expect(() => rulesReadmeText(metas, text, () => '# page without the section\n')).toThrow(/Default severity/);
  });

  it("each page's severity sentence names the rule's default severity", () => {
    for (const m of metas) {
      const page = fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${m.id}.md`), 'utf8');
      expect(severitySummary(m.id, page), m.id).toContain(`**${m.defaultSeverity}**`);
    }
  });

  it('npm run generate -- --check passes on the committed files', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'generate.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
