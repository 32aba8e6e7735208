// One input through the whole engine and every formatter, as the CLI runs them; throws on any problem.
import { FORMAT_NAMES, FORMATTERS, type FormatName } from '../../server/src/cli/formatters';
import { tally, type CheckReport, type FileReport } from '../../server/src/cli/report';
import { checkBytes, checkText, docsUrl, finishRepository, loadSettings, RULE_IDS, RULES, type FileResult, type Finding, type Locale } from '../../server/src/engine';
import {
  fingerprintProblems,
  githubProblems,
  gitlabProblems,
  jsonProblems,
  junitProblems,
  markdownProblems,
  sarifProblems,
  stylishProblems,
  unixProblems,
} from '../formatters/safety';

export interface PipelineInput {
  /** Case files: display name and content (text, or bytes to decode). */
  cases: { file: string; text?: string; bytes?: number[] }[];
  policy?: string;
  directory?: string;
  locale: Locale;
  quiet: boolean;
  maxWarnings?: number;
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** What every finding must be, whatever the input: a known rule, a message, a sane range. */
export function findingProblems(f: Finding, text: string | undefined): string[] {
  const textLength = text?.length ?? Infinity;
  const problems: string[] = [];
  if (!RULE_IDS.includes(f.rule)) problems.push(`unknown rule ${f.rule}`);
  if (!SEVERITIES.has(f.severity)) problems.push(`severity ${f.severity}`);
  if (typeof f.message !== 'string' || f.message.trim() === '') problems.push('empty message');
  // A value printed by mistake, unless the file itself holds those words.
  const slip = /\bundefined\b|\[object Object\]/.exec(f.message);
  if (slip && !text?.includes(slip[0])) problems.push(`message ${JSON.stringify(f.message)}`);
  for (const k of ['line', 'column', 'endLine', 'endColumn'] as const) if (!Number.isInteger(f[k]) || f[k] < 1) problems.push(`${k} ${f[k]}`);
  if (!(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column))) problems.push(`range ends before it starts ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
  if (!(f.offset >= 0 && f.offset <= f.endOffset && f.endOffset <= textLength)) problems.push(`offsets ${f.offset}-${f.endOffset} of ${textLength}`);
  return problems;
}

/** Runs the engine as the CLI does and returns the report the formatters get. */
export function engineReport(input: PipelineInput): CheckReport {
  const base = { today: '2026-11-23', locale: input.locale };
  const settings = loadSettings(
    {
      policy: input.policy !== undefined ? { file: 'casefile.yaml', content: input.policy } : undefined,
      directory: input.directory !== undefined ? { file: 'directory.yaml', content: input.directory } : undefined,
    },
    base,
  );
  const options = { ...base, policy: settings.policy, directory: settings.directory };
  const texts = new Map<string, string | undefined>();
  const results: FileResult[] = [...settings.files];
  for (const r of settings.files) texts.set(r.file, r.parsed?.text);
  for (const c of input.cases) {
    const result = c.bytes ? checkBytes(c.file, Uint8Array.from(c.bytes), 'case', options) : checkText(c.file, c.text ?? '', 'case', options);
    results.push(result);
    texts.set(c.file, result.parsed?.text);
  }
  finishRepository(results, options);
  const problems = results.flatMap((r) => r.findings.flatMap((f) => findingProblems(f, texts.get(r.file)).map((p) => `${r.file}: ${f.rule}: ${p}`)));
  if (problems.length) throw new Error(problems.join('\n'));

  const files: FileReport[] = results
    .map((r) => ({ file: r.file, findings: input.quiet ? r.findings.filter((f) => f.severity === 'error') : r.findings }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, ...tally(files), tool: { name: 'casefile', version: '0.0.0-fuzz' }, rules: RULES.map((r) => r.meta), docs: docsUrl, maxWarnings: input.maxWarnings };
}

/** Every formatter on a report: no throw, valid output, nothing injected, one fingerprint per finding in all. */
export function formatterProblems(report: CheckReport, locale: Locale): string[] {
  const out = (name: FormatName, color = false) => FORMATTERS[name](report, { color, locale });
  const [json, sarif, gitlab] = [out('json'), out('sarif'), out('gitlab')];
  const checked: FormatName[] = ['stylish', 'github', 'markdown', 'json', 'sarif', 'gitlab', 'junit', 'unix'];
  return [
    // A new formatter is fuzzed too, or this says so.
    ...FORMAT_NAMES.filter((name) => !checked.includes(name)).map((name) => `${name}: no safety check`),
    ...stylishProblems(out('stylish'), report, false).map((p) => `stylish: ${p}`),
    ...stylishProblems(out('stylish', true), report, true).map((p) => `stylish (colour): ${p}`),
    ...githubProblems(out('github'), report).map((p) => `github: ${p}`),
    ...markdownProblems(out('markdown'), report).map((p) => `markdown: ${p}`),
    ...jsonProblems(json, report).map((p) => `json: ${p}`),
    ...sarifProblems(sarif, report).map((p) => `sarif: ${p}`),
    ...gitlabProblems(gitlab, report).map((p) => `gitlab: ${p}`),
    ...fingerprintProblems(json, sarif, gitlab),
    ...junitProblems(out('junit'), report).map((p) => `junit: ${p}`),
    ...unixProblems(out('unix'), report).map((p) => `unix: ${p}`),
  ];
}

export function checkPipeline(input: PipelineInput): void {
  const report = engineReport(input);
  const problems = formatterProblems(report, input.locale);
  if (problems.length) throw new Error(problems.join('\n'));
}
