// Hostile file names and messages through every formatter: nothing they hold may become a workflow
// command, Markdown/HTML markup or a terminal escape, and machine formats must read back the same text.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { github } from '../../server/src/cli/formatters/github';
import { json } from '../../server/src/cli/formatters/json';
import { junit } from '../../server/src/cli/formatters/junit';
import { markdown } from '../../server/src/cli/formatters/markdown';
import { sarif } from '../../server/src/cli/formatters/sarif';
import { stylish } from '../../server/src/cli/formatters/stylish';
import { unix } from '../../server/src/cli/formatters/unix';
import { safeLineStart, safeText } from '../../server/src/cli/formatters/safe-text';
import { buildReport, finding } from './fixture';
import { HOSTILE } from './hostile';
import { githubProblems, jsonProblems, junitProblems, markdownProblems, sarifProblems, stylishProblems, unixProblems } from './safety';

const MESSAGES = [
  'Plain message.',
  ...HOSTILE.map((s) => `Value \`${s}\` is odd.`),
  '`code` **bold** _em_ ~~del~~ <b>html</b> & &amp; \\ back\\slash',
  'www.example.com and https://example.com/x?a=1&b=2 and <http://e>',
  '# heading\n## sub\n> quote\n- item\n---\n| a | b |',
  'Ask @github/security or evil@example.com; `@team` and an odd ` tick',
];

/** One file per hostile name; every file carries every message, at each severity in turn. */
function hostileReport() {
  return buildReport(
    HOSTILE.map((file, i) => ({
      file,
      findings: MESSAGES.map((m, k) => finding(k % 2 ? 'schema' : 'missing-stakeholder', (['error', 'warning', 'info'] as const)[(i + k) % 3]!, m, k + 1, 1)),
    })),
  );
}

const plain = { color: false, locale: 'en' } as const;
const coloured = { color: true, locale: 'sv' } as const;

describe('hostile file names and messages', () => {
  const report = hostileReport();

  it('stylish: no raw controls, bidi or workflow commands, with and without colour', () => {
    expect(stylishProblems(stylish(report, plain), report, false)).toEqual([]);
    expect(stylishProblems(stylish(report, coloured), report, true)).toEqual([]);
    const out = stylish(report, plain);
    expect(out).toContain('a\\n::error file=README.md,line=1::Injected.case.yaml\n');
    expect(out).toContain('\n\\u{3a}:error file=README.md,line=1::Injected.case.yaml\n');
    expect(out).toContain('\n  \\u{3a}:warning ::indented.case.yaml\n');
    expect(out).toContain('\n\\u{23}#[error]legacy.case.yaml\n');
    expect(out).toContain('clear\\u{1b}[2J\\u{1b}]8;;http://e\\u{7}link');
    expect(out).toContain('evil\\u{202e}lmay.esac.case.yaml');
  });

  it('unix: one finding line each, no raw controls, bidi or workflow commands', () => {
    const out = unix(report, coloured);
    expect(unixProblems(out, report)).toEqual([]);
    expect(out).toContain('\n\\u{3a}:error file=README.md,line=1::Injected.case.yaml:1:1: Plain message. [');
    expect(out).toContain('clear\\u{1b}[2J\\u{1b}]8;;http://e\\u{7}link');
  });

  it('github: one annotation line per finding, nothing else', () => {
    const out = github(report, coloured);
    expect(githubProblems(out, report)).toEqual([]);
    expect(out).toContain('::error file=a%0A%3A%3Aerror file=README.md%2Cline=1%3A%3AInjected.case.yaml,line=');
    expect(out).toContain('file=clear\\u{1b}[2J');
    expect(out).toContain('file=percent %250A%3A%3Aerror%3A%3Ax %2525.case.yaml,');
  });

  it('markdown: every line is ours, nothing breaks out of a cell or the details block', () => {
    const out = markdown(report, plain);
    expect(markdownProblems(out, report)).toEqual([]);
    expect(out).toContain('<summary><code>&lt;/code&gt;&lt;/summary&gt;\\n\\n# Hi [x](http://e) ![i](http://e/i.png)\\n&lt;img src=x onerror=alert(1)&gt;.case.yaml</code>');
    // A quoted value is code again, with nothing in it that Markdown or an autolink could act on.
    expect(out).toContain(
      'Value <code>&lt;/code&gt;&lt;/summary&gt;<br><br># Hi &#91;x&#93;(http&#58;//e) !&#91;i&#93;(http&#58;//e/i.png)<br>&lt;img src=x onerror=alert(1)&gt;.case.yaml</code> is odd.',
    );
    expect(out).toContain('<code>code</code> \\*\\*bold\\*\\* \\_em\\_');
    expect(out).toContain('Ask @&#8203;github/security or evil@&#8203;example.com; <code>&#64;team</code> and an odd \\` tick');
    expect(out).toContain('Value <code>&#64;github/security mail&#64;example.com </code>odd tick.case.yaml\\` is odd.');
    expect(out).toContain('www\\.example.com and https\\://example.com/x?a=1\\&b=2 and \\<http\\://e\\>');
  });

  it('markdown: the check itself finds a mention, an e-mail link and markup inside code', () => {
    const one = buildReport([{ file: 'a.case.yaml', findings: [finding('schema', 'error', 'M.', 1, 1)] }]);
    const withCell = (cell: string) => markdown(one, plain).replace('| M. |', `| ${cell} |`);
    expect(markdownProblems(withCell('M.'), one)).toEqual([]);
    expect(markdownProblems(withCell('ask @&#8203;team or a@&#8203;b.se, <code>&#64;team</code>'), one)).toEqual([]);
    for (const bad of ['ask @team', 'a@b.se', 'ask &#64;team', 'ask \\@team', '<code>@team</code>', '<code>*x*</code>', '<code>a\\|b</code>', '<code>x', '<code>http://e</code>']) {
      expect(markdownProblems(withCell(bad), one), bad).not.toEqual([]);
    }
  });

  it('json and sarif: valid, escaped, and read back to the very same text', () => {
    const out = json(report, plain);
    expect(jsonProblems(out, report)).toEqual([]);
    const parsed = JSON.parse(out).findings as { file: string; message: string }[];
    // Lone surrogates are escaped by JSON.stringify and read back as themselves.
    expect(parsed.map((f) => f.file)).toEqual(report.files.flatMap((file) => file.findings.map(() => file.file)));
    expect(parsed.map((f) => f.message)).toEqual(report.files.flatMap((file) => file.findings.map((f) => f.message)));
    expect(out).toContain('evil\\u202elmay');
    const log = sarif(report, plain);
    expect(sarifProblems(log, report)).toEqual([]);
    expect(JSON.parse(log).runs[0].results[1].message.text).toBe(MESSAGES[1]);
  });

  it('junit: well-formed, no line starts with content, the text read back without illegal characters', () => {
    const out = junit(report, plain);
    expect(junitProblems(out, report)).toEqual([]);
    for (const line of out.split('\n')) expect(line).toMatch(/^(<\?xml|\s*<|\s*rule |\s*at |<\/testsuites>|$)/);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (n) => ['testsuite', 'testcase'].includes(n) });
    const suites = parser.parse(out).testsuites.testsuite;
    expect(suites[6].name).toBe('evil\u202Elmay.esac.case.yaml');
    expect(suites[6].testcase[0].failure.message).toBe(MESSAGES[0]);
    expect(suites[0].testcase[1].failure.message).toBe(MESSAGES[1]);
  });
});

describe('safeText', () => {
  it('makes controls, bidi and line separators visible and leaves other text alone', () => {
    expect(safeText('a\nb\rc\td\u001b[2J\u0000\u007f\u0085\u009b')).toBe('a\\nb\\rc\\td\\u{1b}[2J\\u{0}\\u{7f}\\u{85}\\u{9b}');
    expect(safeText('\u202a\u202e\u2066\u2069\u200e\u200f\u2028\u2029\u061c\ufeff')).toBe(
      '\\u{202a}\\u{202e}\\u{2066}\\u{2069}\\u{200e}\\u{200f}\\u{2028}\\u{2029}\\u{61c}\\u{feff}',
    );
    expect(safeText('vård 😀 ‍ – “x” %0A \\n')).toBe('vård 😀 ‍ – “x” %0A \\n');
    expect(safeText('x\ud800y\udc00')).toBe('x\\u{d800}y\\u{dc00}');
    expect(safeText('a\r\nb', { keepLineBreaks: true })).toBe('a\r\nb');
  });

  it('escapes a line start a runner would obey, and nothing else', () => {
    expect(safeLineStart('::error::x')).toBe('\\u{3a}:error::x');
    expect(safeLineStart(' \t::x')).toBe(' \t\\u{3a}:x');
    expect(safeLineStart('##[group]x')).toBe('\\u{23}#[group]x');
    for (const s of [':x', 'a::b', '#x', '##x', 'cases/::x']) expect(safeLineStart(s)).toBe(s);
  });
});
