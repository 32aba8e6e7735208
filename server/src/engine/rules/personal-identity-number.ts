import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { defineRule } from './api';
import { identityNumberOffsets } from '../identity-numbers';
import { lineSpan, skipQuoted, toSpan, type ParsedYaml } from '../parse';
import type { Span } from '../types';

export default defineRule({
  meta: {
    id: 'personal-identity-number',
    defaultSeverity: 'error',
    description: {
      en: 'A case file holds no Swedish personal identity number (personnummer) or coordination number (samordningsnummer).',
      sv: 'En ärendefil innehåller inget personnummer eller samordningsnummer.',
    },
    rationale: {
      en: 'Västerås Science Park (seed 004): care "regleras av strikta sekretessbestämmelser, bland annat i Offentlighets- och sekretesslagen (OSL), Patientdatalagen och GDPR" (is governed by strict secrecy rules, among them OSL, the Patient Data Act and GDPR). Case files live in a git repository that many people read and review in pull requests, and git keeps every committed version, so a case file must never hold patient or personal identity data. The rule looks for 10- or 12-digit numbers with a valid date (or day + 60 for a samordningsnummer) and a valid check digit; the message never repeats the number.',
      sv: 'Västerås Science Park (källa 004): verksamheten "regleras av strikta sekretessbestämmelser, bland annat i Offentlighets- och sekretesslagen (OSL), Patientdatalagen och GDPR". Ärendefilerna ligger i ett git-förråd som många läser och granskar i pull requests, och git sparar varje incheckad version, så en ärendefil får aldrig innehålla patientuppgifter eller personnummer. Regeln letar efter tal med 10 eller 12 siffror med giltigt datum (eller dag + 60 för samordningsnummer) och giltig kontrollsiffra; meddelandet upprepar aldrig numret.',
    },
    sources: [{ seed: '004', title: 'Västerås Science Park: Råd till företagare och kommuner', quote: 'Offentlighets- och sekretesslagen (OSL), Patientdatalagen och GDPR' }],
    fixes: ['suppress'],
  },
  messages: {
    value: {
      en: 'This value holds a Swedish personal identity number (personnummer) or coordination number (samordningsnummer). Case files must never hold patient or personal identity data (GDPR, Patientdatalagen): remove it, and if it was committed, rewrite the git history so it is gone from there too.',
      sv: 'Värdet innehåller ett personnummer eller samordningsnummer. Ärendefiler får aldrig innehålla patientuppgifter eller personnummer (GDPR, patientdatalagen): ta bort det, och om det redan är incheckat, skriv om git-historiken så att det försvinner även där.',
    },
    key: {
      en: 'This key holds a Swedish personal identity number (personnummer) or coordination number (samordningsnummer). Case files must never hold patient or personal identity data (GDPR, Patientdatalagen): remove it, and if it was committed, rewrite the git history so it is gone from there too.',
      sv: 'Nyckeln innehåller ett personnummer eller samordningsnummer. Ärendefiler får aldrig innehålla patientuppgifter eller personnummer (GDPR, patientdatalagen): ta bort det, och om det redan är incheckat, skriv om git-historiken så att det försvinner även där.',
    },
    comment: {
      en: 'This comment holds a Swedish personal identity number (personnummer) or coordination number (samordningsnummer). Case files must never hold patient or personal identity data (GDPR, Patientdatalagen): remove it, and if it was committed, rewrite the git history so it is gone from there too.',
      sv: 'Kommentaren innehåller ett personnummer eller samordningsnummer. Ärendefiler får aldrig innehålla patientuppgifter eller personnummer (GDPR, patientdatalagen): ta bort det, och om det redan är incheckat, skriv om git-historiken så att det försvinner även där.',
    },
    line: {
      en: 'Line {line} holds a Swedish personal identity number (personnummer) or coordination number (samordningsnummer) outside any value, key or comment. Case files must never hold patient or personal identity data (GDPR, Patientdatalagen): remove it, and if it was committed, rewrite the git history so it is gone from there too.',
      sv: 'Rad {line} innehåller ett personnummer eller samordningsnummer utanför värden, nycklar och kommentarer. Ärendefiler får aldrig innehålla patientuppgifter eller personnummer (GDPR, patientdatalagen): ta bort det, och om det redan är incheckat, skriv om git-historiken så att det försvinner även där.',
    },
    'unparsed-line': {
      en: 'Line {line} holds a Swedish personal identity number (personnummer) or coordination number (samordningsnummer); the file cannot be read as YAML, so the line is shown whole. Case files must never hold patient or personal identity data (GDPR, Patientdatalagen): remove it, and if it was committed, rewrite the git history so it is gone from there too.',
      sv: 'Rad {line} innehåller ett personnummer eller samordningsnummer; filen går inte att läsa som YAML, så hela raden visas. Ärendefiler får aldrig innehålla patientuppgifter eller personnummer (GDPR, patientdatalagen): ta bort det, och om det redan är incheckat, skriv om git-historiken så att det försvinner även där.',
    },
  },
  checkCase({ parsed, report }) {
    sweep(parsed, () => placesOf(parsed), 'line', report);
  },
});

type MessageId = 'value' | 'key' | 'comment' | 'line' | 'unparsed-line';

/** What the sweep reports: always a span, since a number in a comment or a line has no path. */
export interface NumberReport {
  messageId: MessageId;
  args?: Record<string, number>;
  at: Span;
}

/**
 * The sweep for a case file that did not parse (a syntax error, a second document, a NUL byte):
 * no key or value is known, so each number is reported at the comment that holds it where one can
 * be told without a parse, else at its line (spec 12: the file is committed whatever part holds it).
 */
export function identityNumbersInText(source: Pick<ParsedYaml, 'text' | 'lines'>, report: (r: NumberReport) => void): void {
  sweep(source, () => [], 'unparsed-line', report);
}

/** The one sweep: each number at the key or value that holds it, else its comment, else its line. */
function sweep(source: Pick<ParsedYaml, 'text' | 'lines'>, placesIn: () => Place[], lineMessage: 'line' | 'unparsed-line', report: (r: NumberReport) => void): void {
  const hits = identityNumberOffsets(source.text);
  if (hits.length === 0) return;
  const places = placesIn();
  // Hits and places both ascend, so one sweep finds each hit's place: linear, however many.
  let p = 0;
  let lastReported = '';
  for (const offset of hits) {
    while (p < places.length && places[p]!.end <= offset) p++;
    const place = places[p];
    if (place && place.start <= offset) {
      if (`${place.part}@${place.start}` === lastReported) continue;
      lastReported = `${place.part}@${place.start}`;
      report({ messageId: place.part, at: toSpan(source.lines, place.start, place.end) });
      continue;
    }
    // Outside every key and value: a comment, else (an anchor name, say) the whole line.
    const line = source.lines.linePos(offset).line;
    const comment = commentAt(source, offset, p > 0 ? places[p - 1]!.end : 0);
    const at = comment ? toSpan(source.lines, comment.start, comment.end) : lineSpan(source, line);
    const messageId = comment ? 'comment' : lineMessage;
    if (`${messageId}@${at.offset}` === lastReported) continue;
    lastReported = `${messageId}@${at.offset}`;
    report({ messageId, args: { line }, at });
  }
}

interface Place {
  part: 'key' | 'value';
  start: number;
  end: number;
}

/** Every scalar key and scalar value in the document, by start offset (they never overlap). */
function placesOf(parsed: ParsedYaml): Place[] {
  const places: Place[] = [];
  const add = (node: unknown, part: Place['part']) => {
    if (isScalar(node) && node.range) places.push({ part, start: node.range[0], end: node.range[1] });
  };
  const stack: unknown[] = [parsed.doc?.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) {
      add(node.key, 'key');
      // A complex key (a collection) is walked like a value: its scalars are values.
      if (!isScalar(node.key)) stack.push(node.key);
      stack.push(node.value);
    } else {
      add(node, 'value');
    }
  }
  return places.sort((a, b) => a.start - b.start);
}

/**
 * The comment that holds `offset`: from the first `#` after the last key or value (`after`) on
 * that line that starts a comment (at the line's start or after white space, outside quotes) to
 * the end of the line. Quotes are told as a parse would where a quoted scalar can start (at the
 * line's start, after white space or `[{,:`), so without a parse `"a # b"` holds no comment; with
 * one, every quoted scalar is a key or value already.
 */
function commentAt(source: Pick<ParsedYaml, 'text' | 'lines'>, offset: number, after: number): { start: number; end: number } | undefined {
  const { text } = source;
  const lineStart = lineSpan(source, source.lines.linePos(offset).line);
  const from = Math.max(after, lineStart.offset);
  for (let i = from; i < offset; i++) {
    const c = text[i];
    const atStart = i === lineStart.offset || text[i - 1] === ' ' || text[i - 1] === '\t';
    if (c === '#' && atStart) {
      return { start: i, end: lineStart.offset + text.slice(lineStart.offset, lineStart.endOffset).trimEnd().length };
    }
    // A quoted scalar is skipped whole, as the parser would read it (one past its end lands past `offset`).
    if ((c === '"' || c === "'") && (atStart || '[{,:'.includes(text[i - 1]!))) i = skipQuoted(text, i) - 1;
  }
  return undefined;
}
