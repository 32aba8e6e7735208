// SARIF 2.1.0 for code scanning. Unlike the other formats it keeps suppressed findings, marked as such.
import type { Finding, RuleMeta } from '../../engine/types';
import { fingerprinted, type Formatter } from '../report';
import { jsonSafe } from './safe-text';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const SRCROOT = '%SRCROOT%';
// SARIF: a partial fingerprint computed a new way gets a new property name. v1 hashed rule, file,
// message and occurrence; v2 is engine/identity.ts's, shared with the JSON and GitLab formats.
const FINGERPRINT = 'casefile/v2';

const pascal = (id: string) => id.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, _sep, ch: string) => ch.toUpperCase());
// SARIF wants the readable name to differ from the opaque id, also ignoring case ("schema" → "SchemaRule").
const ruleName = (id: string) => (pascal(id).toLowerCase() === id.toLowerCase() ? `${pascal(id)}Rule` : pascal(id));
// SARIF's style rules want plain-text messages to be complete sentences.
const sentence = (s: string) => (/[.!?]$/.test(s.trimEnd()) ? s : `${s.trimEnd()}.`);
// A relative URI reference: each path segment percent-encoded, the separators kept. A lone surrogate
// cannot be percent-encoded (encodeURIComponent throws), so it goes as U+FFFD, as UTF-8 would carry it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const uri = (file: string) => file.replace(LONE_SURROGATE, '\ufffd').split('/').map(encodeURIComponent).join('/');

export const sarif: Formatter = (report) => {
  const metas = new Map(report.rules.map((r) => [r.id, r]));
  // A finding from a rule the table lacks still gets a descriptor, so every ruleIndex resolves.
  for (const f of report.files.flatMap((file) => file.findings)) {
    if (!metas.has(f.rule)) metas.set(f.rule, fallbackMeta(f));
  }
  const ruleIds = [...metas.keys()];
  const rules = [...metas.values()].map((meta) => descriptor(meta, report.docs(meta.id)));

  const results = report.files.flatMap((file, artifactIndex) =>
    fingerprinted(file).map(({ finding: f, fingerprint }) => ({
      ruleId: f.rule,
      ruleIndex: ruleIds.indexOf(f.rule),
      level: LEVEL[f.severity],
      message: { text: sentence(f.message) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(file.file), uriBaseId: SRCROOT, index: artifactIndex },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT]: fingerprint },
      ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
    })),
  );

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: 'https://github.com/casefile/casefile',
            rules,
          },
        },
        // Every checked file, clean ones too: the record of what was analysed.
        artifacts: report.files.map((file) => ({ location: { uri: uri(file.file), uriBaseId: SRCROOT }, roles: ['analysisTarget'], mimeType: 'application/yaml' })),
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${jsonSafe(JSON.stringify(log, null, 2))}\n`;
};

function descriptor(meta: RuleMeta, helpUri: string) {
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: sentence(meta.description.en) },
    fullDescription: { text: sentence(meta.rationale.en) },
    helpUri,
    help: { text: `${sentence(meta.description.en)} ${sentence(meta.rationale.en)} See ${helpUri}` },
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: { tags: ['casefile', meta.processRule ? 'process' : 'content'] },
  };
}

function fallbackMeta(f: Finding): RuleMeta {
  const text = `Casefile rule ${f.rule}.`;
  return { id: f.rule, defaultSeverity: f.severity, description: { en: text, sv: text }, rationale: { en: text, sv: text }, sources: [] };
}
