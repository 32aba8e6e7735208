// The repository step: policy and directory first, then cross-file rules over every case's
// facts, then suppressions. Shared by the CLI (after its workers) and the language server.
import { checkText, checkBytes, type CheckOptions, type FileResult } from './check';
import { compareFindings, makeFinding } from './findings';
import { defaultPolicy, policyFrom, type Policy } from './policy';
import { directoryFrom, type Directory } from './directory';
import { applyDirectives } from './suppressions';
import { RULES } from './rules';
import type { CaseFacts, FactSpan } from './rules/api';
import type { Finding, Locale } from './types';

export interface Settings {
  policy: Policy;
  directory?: Directory;
  /** The checked policy and directory files, so their own findings are reported. */
  files: FileResult[];
}

/** Reads casefile.yaml and directory.yaml (either may be absent). A broken policy leaves the defaults. */
export function loadSettings(
  inputs: { policy?: { file: string; content: string | Uint8Array }; directory?: { file: string; content: string | Uint8Array } },
  base: { today: string; locale: Locale },
): Settings {
  const options: CheckOptions = { ...base, policy: defaultPolicy() };
  const check = (file: string, content: string | Uint8Array, kind: 'policy' | 'directory') =>
    typeof content === 'string' ? checkText(file, content, kind, options) : checkBytes(file, content, kind, options);
  const settings: Settings = { policy: defaultPolicy(), files: [] };
  if (inputs.policy) {
    const result = check(inputs.policy.file, inputs.policy.content, 'policy');
    settings.files.push(result);
    if (!broken(result)) settings.policy = policyFrom(result.parsed?.value);
  }
  if (inputs.directory) {
    const result = check(inputs.directory.file, inputs.directory.content, 'directory');
    settings.files.push(result);
    if (!broken(result)) settings.directory = directoryFrom(result.parsed?.value);
  }
  return settings;
}

const BREAKING = new Set(['yaml-syntax', 'schema', 'unreadable-file']);

/** A settings file with a syntax or schema finding is not used: the defaults apply meanwhile. */
function broken(result: FileResult): boolean {
  return result.parsed?.value === undefined || result.findings.some((f) => BREAKING.has(f.rule));
}

/** Adds the cross-file findings, applies suppressions and sorts each file's findings. */
export function finishRepository(results: FileResult[], options: CheckOptions): FileResult[] {
  const cross = crossFileFindings(
    results.flatMap((r) => (r.facts ? [r.facts] : [])),
    options,
  );
  // Cross-file findings go to the last result of a file name, as they always have.
  const last = new Map(results.map((r) => [r.file, r]));
  for (const r of results) r.findings = finalFindings(r, last.get(r.file) === r ? (cross.get(r.file) ?? []) : [], options);
  return results;
}

/** The cross-file findings of every case, by file, from all cases' facts. Pure. */
export function crossFileFindings(cases: readonly CaseFacts[], options: CheckOptions): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const rule of RULES) {
    if (!rule.checkRepository || options.policy.rules[rule.meta.id] === 'off') continue;
    const id = rule.meta.id;
    rule.checkRepository({
      cases,
      policy: options.policy,
      report: (file, span, r) => {
        const f = makeFinding(id, r.messageId, span, { ...options, args: r.args, severity: r.severity, data: r.data });
        if (!f) return;
        const list = byFile.get(file);
        if (list) list.push(f);
        else byFile.set(file, [f]);
      },
    });
  }
  return byFile;
}

/**
 * One file's final findings: its own plus its cross-file ones, directives applied, sorted.
 * Copies the findings, so a cached local result can be finished again and again.
 */
export function finalFindings(local: Pick<FileResult, 'findings' | 'directives'>, cross: readonly Finding[], options: CheckOptions): Finding[] {
  const all = [...local.findings, ...cross].map((f) => ({ ...f }));
  return applyDirectives(all, local.directives, options.policy, options.locale).sort(compareFindings);
}

/** What the cross-file rules read of a case: its id and links (the people and units are navigation's). */
function crossFacts(facts: CaseFacts): Pick<CaseFacts, 'file' | 'id' | 'related'> {
  return { file: facts.file, id: facts.id, related: facts.related };
}

/** What the cross-file rules read of a case, positions left out: equal keys give the same findings. */
export function factsKey(facts: CaseFacts | undefined): string {
  return facts ? JSON.stringify(crossFacts(facts), (key, value: unknown) => (key === 'span' ? undefined : value)) : '';
}

/**
 * A case's cross-file findings moved to where its facts are now, when only their positions changed
 * (equal factsKey): each finding sits on a fact's span, matched in order. Undefined when a finding
 * sits elsewhere or the facts differ: then the cross-file step must run again.
 */
export function moveCrossFindings(findings: readonly Finding[], before: CaseFacts, after: CaseFacts): Finding[] | undefined {
  if (findings.length === 0) return [];
  const from = spansOf(crossFacts(before));
  const to = spansOf(crossFacts(after));
  if (from.length !== to.length || factsKey(before) !== factsKey(after)) return undefined;
  const moved: Finding[] = [];
  for (const f of findings) {
    const i = from.findIndex((s) => s.offset === f.offset && s.endOffset === f.endOffset && s.yamlPath === f.yamlPath);
    if (i < 0) return undefined;
    const { offset, endOffset, line, column, endLine, endColumn, yamlPath } = to[i]!;
    moved.push({ ...f, offset, endOffset, line, column, endLine, endColumn, yamlPath });
  }
  return moved;
}

/** Every `span` of a case's facts, in the order JSON would list them. */
function spansOf(facts: Pick<CaseFacts, 'id' | 'related'>): FactSpan[] {
  const out: FactSpan[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'span') out.push(v as FactSpan);
        else walk(v);
      }
    }
  };
  walk(facts);
  return out;
}
