import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../server/src/cli/args';

const env = { LANG: 'C' };

describe('parseCommandLine', () => {
  it('defaults to the current folder, stylish, English', () => {
    expect(parseCommandLine(['check'], env)).toMatchObject({ command: 'check', paths: ['.'], format: 'stylish', quiet: false, locale: 'en' });
  });
  it('takes every option of the contract', () => {
    const a = parseCommandLine(['check', 'a', 'b', '--format', 'sarif', '--max-warnings', '0', '--quiet', '--today', '2026-11-23', '--config', 'p.yaml', '--no-color'], env);
    expect(a).toMatchObject({ paths: ['a', 'b'], format: 'sarif', maxWarnings: 0, quiet: true, today: '2026-11-23', config: 'p.yaml', color: false });
  });
  it('takes --cache, and --cache-dir, which turns the cache on', () => {
    expect(parseCommandLine(['check'], env)).toMatchObject({ cache: false, cacheDir: undefined });
    expect(parseCommandLine(['check', '--cache'], env)).toMatchObject({ cache: true, cacheDir: undefined });
    expect(parseCommandLine(['check', '--cache-dir', '/tmp/c'], env)).toMatchObject({ cache: true, cacheDir: '/tmp/c' });
  });
  it('answers --help and --version', () => {
    expect(parseCommandLine(['--help'], env).command).toBe('help');
    expect(parseCommandLine(['check', '-h'], env).command).toBe('help');
    expect(parseCommandLine(['--version'], env).command).toBe('version');
  });
  it.each([
    [['check', '--bogus'], /Unknown option '--bogus'/],
    [['check', '--format', 'xml'], /--format must be one of/],
    [['check', '--max-warnings', '-1'], /--max-warnings/],
    [['check', '--max-warnings', 'many'], /--max-warnings takes a whole number/],
    [['check', '--today', '2026-02-30'], /--today takes a date/],
    [['lint'], /unknown command 'lint'/],
    [[], /missing command/],
    [['check', '--lang', 'de'], /--lang must be en or sv/],
  ])('%j is a usage error', (argv, message) => {
    const a = parseCommandLine(argv, env);
    expect(a.command).toBe('usage-error');
    expect((a as { message: string }).message).toMatch(message);
  });
  it('speaks Swedish from LANG or --lang', () => {
    expect(parseCommandLine(['check'], { LANG: 'sv_SE.UTF-8' }).locale).toBe('sv');
    expect(parseCommandLine(['check', '--lang', 'sv'], env).locale).toBe('sv');
    expect(parseCommandLine(['check', '--lang', 'en'], { LANG: 'sv_SE.UTF-8' }).locale).toBe('en');
  });
});
