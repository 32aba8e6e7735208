// Every `$(name)` icon the manifest uses exists in the codicon font: an unknown name draws nothing
// (the "Show all kinds" button used `$(clear-filter)`, invisible in VS Code 1.139).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const library = readFileSync(createRequire(__filename).resolve('@vscode/codicons/dist/codiconsLibrary.ts'), 'utf8');
const codicons = new Set([...library.matchAll(/register\('([a-z0-9-]+)'/g)].map((m) => m[1]!));

describe('codicons in package.json', () => {
  it('are all in the codicon font', () => {
    expect(codicons.size).toBeGreaterThan(400);
    expect(codicons.has('clear-filter')).toBe(false);
    const used = [...readFileSync(join(root, 'package.json'), 'utf8').matchAll(/\$\(([a-z0-9-]+)(?:~[a-z]+)?\)/g)].map((m) => m[1]!);
    expect(used).toContain('filter-filled');
    expect(used.filter((name) => !codicons.has(name))).toEqual([]);
  });
});
