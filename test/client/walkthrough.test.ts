// The walkthrough (contributes.walkthroughs) points only at what exists: its media files, the
// commands its buttons and completion events name, and its texts in both languages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents: string[];
}
const manifest = JSON.parse(read('package.json')) as {
  contributes: { commands: { command: string }[]; walkthroughs: { id: string; title: string; description: string; steps: Step[] }[] };
};
const nls = { en: JSON.parse(read('package.nls.json')) as Record<string, string>, sv: JSON.parse(read('package.nls.sv.json')) as Record<string, string> };
const declared = new Set(manifest.contributes.commands.map((c) => c.command));
const registeredIn = (file: string) => [...read(file).matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]!);
const [walkthrough] = manifest.contributes.walkthroughs;
const steps = walkthrough!.steps;
const text = (value: string, locale: 'en' | 'sv') => value.replace(/^%(.+)%$/, (_, key: string) => nls[locale][key] ?? `MISSING ${key}`);

/** A command is ours (declared in the manifest) or VS Code's own (`workbench.…`). */
const exists = (command: string) => declared.has(command) || command.startsWith('workbench.');

describe('the walkthrough', () => {
  it('has the five first-run steps in order', () => {
    expect(steps.map((s) => s.id)).toEqual(['newCase', 'policy', 'directory', 'check', 'portfolio']);
  });

  it('has its media files in the package', () => {
    for (const s of steps) {
      const media = s.media.markdown ?? s.media.image;
      expect(media, s.id).toMatch(/^client\/media\/walkthrough\//);
      expect(existsSync(join(root, media!)), media).toBe(true);
    }
  });

  it('has every title and description in English and Swedish, each step with a button that runs a command that exists', () => {
    for (const locale of ['en', 'sv'] as const) {
      for (const value of [walkthrough!.title, walkthrough!.description, ...steps.flatMap((s) => [s.title, s.description])]) {
        expect(text(value, locale), value).not.toMatch(/MISSING|^%/);
      }
      for (const s of steps) {
        const links = [...text(s.description, locale).matchAll(/\]\(command:([\w.]+)(?:\?([^)]*))?\)/g)];
        expect(links.length, `${s.id} ${locale}`).toBe(1);
        expect(exists(links[0]![1]!), links[0]![1]).toBe(true);
      }
    }
  });

  it('ticks each step off by a command that exists', () => {
    for (const s of steps) {
      const commands = s.completionEvents.filter((e) => e.startsWith('onCommand:')).map((e) => e.slice('onCommand:'.length));
      expect(commands.length, s.id).toBeGreaterThan(0);
      expect(commands.filter((c) => !exists(c))).toEqual([]);
    }
  });

  it("runs the task by the label the task provider gives it, 'casefile: check'", () => {
    const check = steps.find((s) => s.id === 'check')!;
    const link = /\(command:workbench\.action\.tasks\.runTask\?([^)]*)\)/.exec(text(check.description, 'en'))!;
    expect(JSON.parse(decodeURIComponent(link[1]!))).toEqual(['casefile: check']);
    expect(text(check.description, 'sv')).toContain(link[0]);
  });

  it('has its two template commands declared and registered in walkthrough.ts', () => {
    expect(registeredIn('client/src/walkthrough.ts')).toEqual(['casefile.createPolicy', 'casefile.createDirectory']);
    for (const c of ['casefile.createPolicy', 'casefile.createDirectory']) expect(declared.has(c), c).toBe(true);
  });
});
