// One GitHub Actions annotation (workflow command), escaped as @actions/core escapes them, terminal
// controls made visible. Shared by the check and review GitHub formats.
import type { Severity, Span } from '../../engine/types';
import { safeText } from './safe-text';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

// Controls other than line breaks (ESC above all) become visible first; line breaks are encoded as GitHub decodes them.
const escapeData = (s: string) => safeText(s, { keepLineBreaks: true }).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`; an info is a `notice`. */
export function annotation(severity: Severity, file: string, at: Pick<Span, 'line' | 'column' | 'endLine' | 'endColumn'>, title: string, message: string): string {
  const props: [string, string | number][] = [
    ['file', file],
    ['line', at.line],
  ];
  // GitHub accepts columns only for a range within one line.
  if (at.line === at.endLine) props.push(['col', at.column]);
  props.push(['endLine', at.endLine]);
  if (at.line === at.endLine) props.push(['endColumn', at.endColumn]);
  props.push(['title', title]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[severity]} ${list}::${escapeData(message)}`;
}
