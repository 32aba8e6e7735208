// Structural checks that no formatter output lets content inject a command, markup or terminal
// escape; shared by the hostile-name tests and the fuzz tests. Each returns a list of problems.
import { XMLValidator } from 'fast-xml-parser';
import type { CheckReport } from '../../server/src/cli/report';

/** Our own colour codes (picocolors' SGR sequences), the only escapes stylish may print. */
const SGR = /\u001b\[[0-9;]*m/g;
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
/** Exactly the annotation lines the github formatter writes: properties with no raw `:` or `,`. */
const ANNOTATION = /^::(error|warning|notice) file=[^:,]*,line=\d+(,col=\d+)?,endLine=\d+(,endColumn=\d+)?,title=[^:,]*::[^\r]*$/;

const show = (s: string) => JSON.stringify(s.length > 160 ? `${s.slice(0, 160)}…` : s);

/** Terminal and CI log safety: no raw controls or bidi (tab only where allowed), no line a runner would obey. */
export function terminalProblems(out: string, options: { annotations?: boolean; tab?: boolean; colour?: boolean } = {}): string[] {
  const problems: string[] = [];
  const text = options.colour ? out.replace(SGR, '') : out;
  text.split('\n').forEach((line, i) => {
    const raw = UNSAFE.exec(options.tab ? line : line.replace(/\t/g, '\u0000'));
    if (raw) problems.push(`line ${i + 1}: raw U+${raw[0].charCodeAt(0).toString(16).padStart(4, '0')} in ${show(line)}`);
    const start = line.trimStart();
    if (start.startsWith('::') && !(options.annotations && ANNOTATION.test(line))) problems.push(`line ${i + 1}: a workflow command ${show(line)}`);
    if (start.startsWith('##[')) problems.push(`line ${i + 1}: a legacy workflow command ${show(line)}`);
  });
  return problems;
}

/** github: one annotation line per unsuppressed finding, nothing else. */
export function githubProblems(out: string, report: CheckReport): string[] {
  const lines = out === '' ? [] : out.replace(/\n$/, '').split('\n');
  const expected = report.errors + report.warnings + report.infos;
  const problems = terminalProblems(out, { annotations: true });
  if (lines.length !== expected) problems.push(`${lines.length} lines for ${expected} findings`);
  for (const line of lines) if (!ANNOTATION.test(line)) problems.push(`not an annotation: ${show(line)}`);
  return problems;
}

/** The lines the unix formatter writes; arbitrary reports may have empty file names and odd rule ids,
 * which the CLI never prints (test/client/problem-matcher.test.ts holds the matcher to real output). */
const UNIX_LINE = /^(.*?):(\d+):(\d+): (.*) \[(Error|Warning|Info)\/(.*)\]$/;

/** unix: one line per unsuppressed finding, each one the problem matcher reads, nothing else. */
export function unixProblems(out: string, report: CheckReport): string[] {
  const lines = out === '' ? [] : out.replace(/\n$/, '').split('\n');
  const expected = report.errors + report.warnings + report.infos;
  const problems = terminalProblems(out);
  if (lines.length !== expected) problems.push(`${lines.length} lines for ${expected} findings`);
  for (const line of lines) if (!UNIX_LINE.test(line)) problems.push(`not a finding line: ${show(line)}`);
  return problems;
}

/** The cells of a Markdown table row; a backslash escapes the next character. */
export function tableCells(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    const ch = row[i]!;
    if (ch === '\\' && i + 1 < row.length) {
      current += ch + row[++i];
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else current += ch;
  }
  cells.push(current);
  return cells.slice(1, -1);
}

/** A character reference: literal text in Markdown, never markup. */
const REFERENCE = /^&(?:amp|lt|gt|quot|#[0-9]{1,7}|#x[0-9a-f]{1,6});/i;

/** The character a numeric reference stands for, or the name of a named one. */
function decode(ref: string): string {
  if (!ref.startsWith('&#')) return ref;
  const n = /^&#x/i.test(ref) ? parseInt(ref.slice(3, -1), 16) : Number(ref.slice(2, -1));
  return n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
}

/**
 * Markup in a message cell: outside our <code> spans, characters not escaped by a backslash or
 * written as a reference, autolinks, and an `@` (however written) followed by a word character, a
 * mention or e-mail link once rendered; inside them, any raw markup character at all.
 */
function unescapedMarkup(cell: string): string[] {
  const found: string[] = [];
  const text = cell.replace(/<br>/g, '');
  let inCode = false;
  // The text as rendered outside code, to find an `@` before a word character however it was written.
  let rendered = '';
  for (let i = 0; i < text.length; i++) {
    if (!inCode && text.startsWith('<code>', i)) {
      inCode = true;
      rendered += ' ';
      i += 5;
    } else if (inCode && text.startsWith('</code>', i)) {
      inCode = false;
      i += 6;
    } else if (text[i] === '&' && REFERENCE.test(text.slice(i, i + 12))) {
      const ref = REFERENCE.exec(text.slice(i, i + 12))![0];
      if (!inCode) rendered += decode(ref);
      i += ref.length - 1;
    } else if (text[i] === '\\' && !inCode) {
      rendered += text[++i] ?? '';
    } else if ('[]<>`|*_~&'.includes(text[i]!) || (inCode && '\\@'.includes(text[i]!))) {
      found.push(text[i]!);
    } else if (text.startsWith('://', i) || /^www\./i.test(text.slice(i, i + 4))) {
      found.push(text.slice(i, i + 4));
    } else if (!inCode) rendered += text[i];
  }
  if (inCode) found.push('<code> not closed');
  const mention = /@\w/.exec(rendered);
  if (mention) found.push(mention[0]);
  return found;
}

const MD_LINE = [
  /^$/,
  /^### Casefile$/,
  /^(✅|⚠️|❌) [^<>|[\]`]*$/u,
  /^\|( [^|]+ \|)+$/,
  /^\|( ---: \|)+$/,
  /^\| ---: \| --- \| --- \| --- \|$/,
  /^<details( open)?>$/,
  /^<summary><code>[^<>]*<\/code>: [^<>]*<\/summary>$/,
  /^<\/details>$/,
];

/** markdown: every line one of ours, every block closed, no markup or HTML from content. */
export function markdownProblems(out: string, report: CheckReport): string[] {
  const problems = terminalProblems(out);
  const lines = out.replace(/\n$/, '').split('\n');
  let findingRows = 0;
  let inTable = false;
  for (const line of lines) {
    if (line.startsWith('| ---: | --- |')) inTable = true;
    else if (!line.startsWith('|')) inTable = false;
    else if (inTable) {
      findingRows++;
      const cells = tableCells(line);
      if (cells.length !== 4) problems.push(`row with ${cells.length} cells: ${show(line)}`);
      const [, , rule = '', message = ''] = cells;
      if (!/^ \[[^[\]()]+\]\([^()\s]+\) $/.test(rule)) problems.push(`rule cell ${show(rule)}`);
      const markup = unescapedMarkup(message);
      if (markup.length) problems.push(`unescaped ${markup.join(' ')} in ${show(message)}`);
      continue;
    }
    if (!line.startsWith('|') || !inTable) {
      if (!MD_LINE.some((re) => re.test(line))) problems.push(`unexpected line ${show(line)}`);
    }
  }
  const count = (s: string) => out.split(s).length - 1;
  if (count('<details') !== count('</details>')) problems.push(`${count('<details')} <details> for ${count('</details>')} </details>`);
  if (count('<summary>') !== count('</summary>') || count('<code>') !== count('</code>')) problems.push('unbalanced <summary> or <code>');
  const expected = report.errors + report.warnings + report.infos;
  if (findingRows !== expected) problems.push(`${findingRows} finding rows for ${expected} findings`);
  return problems;
}

/** stylish: terminal-safe; each finding's row is one line. */
export function stylishProblems(out: string, report: CheckReport, colour: boolean): string[] {
  const problems = terminalProblems(out, { colour });
  const rows = out
    .replace(colour ? /\u001b\[[0-9;]*m/g : /$^/, '')
    .split('\n')
    .filter((l) => /^ +\d+:\d+ {2}/.test(l));
  const expected = report.errors + report.warnings + report.infos;
  if (rows.length !== expected) problems.push(`${rows.length} finding rows for ${expected} findings`);
  return problems;
}

/** json: parses, has the spec's shape and the report's counts. */
export function jsonProblems(out: string, report: CheckReport): string[] {
  const problems = terminalProblems(out);
  const parsed = JSON.parse(out) as Record<string, unknown>;
  if (Object.keys(parsed).join() !== 'files,errors,warnings,infos,findings') problems.push(`keys ${Object.keys(parsed).join()}`);
  const findings = parsed.findings as Record<string, unknown>[];
  if (findings.length !== report.errors + report.warnings + report.infos) problems.push('finding count');
  for (const f of findings) {
    if (Object.keys(f).join() !== 'file,rule,severity,message,line,column,endLine,endColumn,fingerprint') problems.push(`finding keys ${Object.keys(f).join()}`);
    if (!FINGERPRINT.test(String(f.fingerprint))) problems.push(`fingerprint ${String(f.fingerprint)}`);
    for (const k of ['line', 'column', 'endLine', 'endColumn']) if (!Number.isInteger(f[k]) || (f[k] as number) < 1) problems.push(`${k} ${String(f[k])}`);
  }
  return problems;
}

/** sarif: parses, version 2.1.0, every result with a resolvable rule and a location. */
export function sarifProblems(out: string, report: CheckReport): string[] {
  const problems = terminalProblems(out);
  const log = JSON.parse(out);
  if (log.version !== '2.1.0') problems.push(`version ${log.version}`);
  const run = log.runs?.[0];
  const rules = run?.tool?.driver?.rules ?? [];
  const results = run?.results ?? [];
  if (results.length !== report.files.reduce((n, f) => n + f.findings.length, 0)) problems.push('result count');
  for (const r of results) {
    if (typeof r.ruleId !== 'string' || rules[r.ruleIndex]?.id !== r.ruleId) problems.push(`ruleId ${r.ruleId} at ${r.ruleIndex}`);
    const region = r.locations?.[0]?.physicalLocation?.region;
    if (!region || !(region.startLine >= 1) || !(region.startColumn >= 1)) problems.push(`region ${JSON.stringify(region)}`);
    if (typeof r.message?.text !== 'string') problems.push('message');
  }
  return problems;
}

const FINGERPRINT = /^[0-9a-f]{32}$/;
const GITLAB_SEVERITIES = new Set(['info', 'minor', 'major', 'critical', 'blocker']);

/** gitlab: a JSON array with one issue per unsuppressed finding, each with exactly GitLab's fields. */
export function gitlabProblems(out: string, report: CheckReport): string[] {
  const problems = terminalProblems(out);
  const issues = JSON.parse(out) as Record<string, unknown>[];
  if (!Array.isArray(issues)) return [...problems, 'not an array'];
  if (issues.length !== report.errors + report.warnings + report.infos) problems.push(`${issues.length} issues`);
  for (const issue of issues) {
    if (Object.keys(issue).join() !== 'description,check_name,fingerprint,severity,location') problems.push(`issue keys ${Object.keys(issue).join()}`);
    if (typeof issue.description !== 'string' || typeof issue.check_name !== 'string') problems.push('description or check_name');
    if (!FINGERPRINT.test(String(issue.fingerprint))) problems.push(`fingerprint ${String(issue.fingerprint)}`);
    if (!GITLAB_SEVERITIES.has(String(issue.severity))) problems.push(`severity ${String(issue.severity)}`);
    const location = issue.location as { path?: unknown; lines?: { begin?: unknown } } | undefined;
    if (typeof location?.path !== 'string' || !Number.isInteger(location.lines?.begin) || (location.lines!.begin as number) < 1)
      problems.push(`location ${JSON.stringify(location)}`);
  }
  return problems;
}

/** json, sarif and gitlab: the same fingerprint for the same (unsuppressed) finding, in the same order. */
export function fingerprintProblems(json: string, sarif: string, gitlab: string): string[] {
  const fromJson = (JSON.parse(json).findings as { fingerprint: string }[]).map((f) => f.fingerprint);
  const fromSarif = (JSON.parse(sarif).runs[0].results as { suppressions?: unknown; partialFingerprints: Record<string, string> }[])
    .filter((r) => !r.suppressions)
    .map((r) => r.partialFingerprints['casefile/v2']);
  const fromGitlab = (JSON.parse(gitlab) as { fingerprint: string }[]).map((i) => i.fingerprint);
  const problems: string[] = [];
  if (fromSarif.join() !== fromJson.join()) problems.push(`sarif fingerprints ${fromSarif.join()} differ from json's ${fromJson.join()}`);
  if (fromGitlab.join() !== fromJson.join()) problems.push(`gitlab fingerprints ${fromGitlab.join()} differ from json's ${fromJson.join()}`);
  return problems;
}

/** junit: well-formed XML with one suite per file and one failure per finding. */
export function junitProblems(out: string, report: CheckReport): string[] {
  const problems = terminalProblems(out, { tab: true });
  const valid = XMLValidator.validate(out);
  if (valid !== true) return [...problems, `invalid XML: ${JSON.stringify(valid.err)}`];
  // Well-formed, so every `<` is markup: the elements can be counted in the text.
  const suites = out.split('<testsuite ').length - 1;
  if (suites !== report.files.length) problems.push(`${suites} suites for ${report.files.length} files`);
  const failures = out.split('<failure ').length - 1;
  if (failures !== report.errors + report.warnings + report.infos) problems.push(`${failures} failures`);
  return problems;
}
