// The snippets in snippets/*.json (VS Code's snippet format): completion offers them where they fit,
// the new-case command and the add-agreement fix expand them, so each skeleton and agreement exists once.
import agreementsJson from '../../../../snippets/agreements.json';
import casesJson from '../../../../snippets/cases.json';
import { date } from '../dates';
import { isObj, text } from '../model';
import { escapeSnippet } from '../placeholders';
import type { ParsedYaml } from '../parse';
import type { EditingContext } from './types';
import { scalarText } from './yaml-edit';

export interface Snippet {
  prefix: string | string[];
  description: string;
  body: string | string[];
}

export const AGREEMENT_SNIPPETS = agreementsJson as Record<string, Snippet>;
export const CASE_SNIPPETS = casesJson as Record<string, Snippet>;

/** Tabstops the agreement snippets reserve for the two parties (see snippets/README.md). */
export const ORGANISATION_TABSTOP = 2;
export const COUNTERPART_TABSTOP = 3;

/** The organisation (policy) and the requester, as the party tabstops' defaults where known. */
export function partyDefaults(parsed: ParsedYaml, ctx: EditingContext): Record<number, string> {
  const out: Record<number, string> = {};
  if (ctx.policy.organisation) out[ORGANISATION_TABSTOP] = scalarText(ctx.policy.organisation, { flow: true });
  const requester = isObj(parsed.value) && isObj(parsed.value.requester) ? text(parsed.value.requester.organisation) : undefined;
  if (requester) out[COUNTERPART_TABSTOP] = scalarText(requester, { flow: true });
  return out;
}

export function prefixesOf(snippet: Snippet): string[] {
  return Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
}

export function bodyText(snippet: Snippet): string {
  return Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
}

/** The snippet whose body has the line `<key>: <value>` (e.g. `kind: test-activity`). */
function snippetWith(snippets: Record<string, Snippet>, pattern: RegExp): Snippet | undefined {
  return Object.values(snippets).find((s) => pattern.test(bodyText(s)));
}

export function agreementSnippet(type: string): Snippet | undefined {
  return snippetWith(AGREEMENT_SNIPPETS, new RegExp(`^- type: ${escape(type)}$`, 'm'));
}

export function caseSnippet(kind: string): Snippet | undefined {
  return snippetWith(CASE_SNIPPETS, new RegExp(`^kind: ${escape(kind)}$`, 'm'));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The body with new defaults for plain-text tabstops (`${2:REGION}` → `${2:Region Skåne}`), every
 * occurrence; they stay tabstops, so the user can still type over them.
 */
export function withDefaults(body: string, defaults: Record<number, string>): string {
  return body.replace(/\$\{(\d+):((?:[^{}$\\]|\\.)*)\}/g, (whole, n: string) => {
    const value = defaults[Number(n)];
    return value === undefined ? whole : `\${${n}:${escapeSnippet(value)}}`;
  });
}

/** Date variables as YYYY-MM-DD placeholders, to show a snippet without inventing a date. */
export const DATE_PLACEHOLDERS: Record<string, string> = { CURRENT_YEAR: 'YYYY', CURRENT_YEAR_SHORT: 'YY', CURRENT_MONTH: 'MM', CURRENT_DATE: 'DD' };

export interface SnippetVars {
  /** YYYY-MM-DD, for CURRENT_YEAR, CURRENT_MONTH, CURRENT_DATE and friends. */
  today?: string;
  /** Values for tabstops by number; others take their default (a choice's first option). */
  placeholders?: Record<number, string>;
  /** Other variables, e.g. TM_FILENAME_BASE. */
  variables?: Record<string, string>;
}

type Part = { t: 'text'; text: string } | { t: 'tabstop'; n: number; children?: Part[]; choices?: string[] } | { t: 'variable'; name: string; children?: Part[] };

/** A snippet body as plain text: tabstops become their values or defaults, variables their values. */
export function expandSnippet(body: string | string[], vars: SnippetVars = {}): string {
  const source = Array.isArray(body) ? body.join('\n') : body;
  const parts = parseSnippet(source, { i: 0 }, false);
  // A mirror without a default (`$4`) takes the default given elsewhere (`${4:x}`).
  const defaults = new Map<number, Part[] | string>();
  const collect = (list: Part[]) => {
    for (const p of list) {
      if (p.t === 'tabstop') {
        if (!defaults.has(p.n) && p.choices) defaults.set(p.n, p.choices[0] ?? '');
        else if (!defaults.has(p.n) && p.children) defaults.set(p.n, p.children);
        if (p.children) collect(p.children);
      } else if (p.t === 'variable' && p.children) collect(p.children);
    }
  };
  collect(parts);
  const render = (list: Part[]): string =>
    list
      .map((p) => {
        if (p.t === 'text') return p.text;
        if (p.t === 'variable') return variable(p.name, vars) ?? (p.children ? render(p.children) : p.name);
        const given = vars.placeholders?.[p.n];
        if (given !== undefined) return given;
        const d = defaults.get(p.n);
        return d === undefined ? '' : typeof d === 'string' ? d : render(d);
      })
      .join('');
  return render(parts);
}

function variable(name: string, vars: SnippetVars): string | undefined {
  const given = vars.variables?.[name];
  if (given !== undefined) return given;
  const today = date(vars.today) ?? new Date().toISOString().slice(0, 10);
  switch (name) {
    case 'CURRENT_YEAR':
      return today.slice(0, 4);
    case 'CURRENT_YEAR_SHORT':
      return today.slice(2, 4);
    case 'CURRENT_MONTH':
      return today.slice(5, 7);
    case 'CURRENT_DATE':
      return today.slice(8, 10);
    default:
      return undefined;
  }
}

/** Parses the TextMate/VS Code snippet grammar (without transforms) up to an unescaped `}` when nested. */
function parseSnippet(s: string, at: { i: number }, nested: boolean): Part[] {
  const out: Part[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ t: 'text', text });
    text = '';
  };
  while (at.i < s.length) {
    const c = s[at.i]!;
    if (c === '\\' && at.i + 1 < s.length && '$}\\'.includes(s[at.i + 1]!)) {
      text += s[at.i + 1];
      at.i += 2;
      continue;
    }
    if (c === '}' && nested) break;
    if (c !== '$') {
      text += c;
      at.i++;
      continue;
    }
    const simple = /^\$(?:(\d+)|([A-Za-z_][A-Za-z0-9_]*))/.exec(s.slice(at.i));
    if (simple) {
      flush();
      out.push(simple[1] !== undefined ? { t: 'tabstop', n: Number(simple[1]) } : { t: 'variable', name: simple[2]! });
      at.i += simple[0].length;
      continue;
    }
    const head = /^\$\{(?:(\d+)|([A-Za-z_][A-Za-z0-9_]*))([:|}])/.exec(s.slice(at.i));
    if (!head) {
      text += c;
      at.i++;
      continue;
    }
    flush();
    at.i += head[0].length;
    const n = head[1] !== undefined ? Number(head[1]) : undefined;
    const name = head[2];
    if (head[3] === '}') {
      out.push(n !== undefined ? { t: 'tabstop', n } : { t: 'variable', name: name! });
    } else if (head[3] === '|' && n !== undefined) {
      const end = findChoiceEnd(s, at.i);
      const choices = splitChoices(s.slice(at.i, end));
      at.i = end + 2;
      out.push({ t: 'tabstop', n, choices });
    } else {
      const children = parseSnippet(s, at, true);
      at.i++; // the closing brace
      out.push(n !== undefined ? { t: 'tabstop', n, children } : { t: 'variable', name: name!, children });
    }
  }
  flush();
  return out;
}

function findChoiceEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '|' && s[i + 1] === '}') return i;
  }
  return s.length;
}

function splitChoices(raw: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\\' && i + 1 < raw.length) cur += raw[++i];
    else if (raw[i] === ',') {
      out.push(cur);
      cur = '';
    } else cur += raw[i];
  }
  out.push(cur);
  return out;
}
