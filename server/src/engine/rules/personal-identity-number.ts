import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { defineRule } from './api';
import { scalars, type ParsedYaml } from '../parse';
import type { Path, Target } from '../types';

// 10 digits YYMMDDNNNC or 12 digits CCYYMMDDNNNC, optionally `-` or `+` before the last four.
const CANDIDATE = /(?<!\d)(\d{8}|\d{6})[-+]?(\d{4})(?!\d)/g;

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
      en: 'A comment on line {line} holds a Swedish personal identity number (personnummer) or coordination number (samordningsnummer). Case files must never hold patient or personal identity data (GDPR, Patientdatalagen): remove it, and if it was committed, rewrite the git history so it is gone from there too.',
      sv: 'En kommentar på rad {line} innehåller ett personnummer eller samordningsnummer. Ärendefiler får aldrig innehålla patientuppgifter eller personnummer (GDPR, patientdatalagen): ta bort det, och om det redan är incheckat, skriv om git-historiken så att det försvinner även där.',
    },
  },
  checkCase({ parsed, report }) {
    const hits = [...parsed.text.matchAll(CANDIDATE)].filter((m) => isIdentityNumber(m[1]!, m[2]!)).map((m) => m.index);
    if (hits.length === 0) return;
    const places = placesOf(parsed);
    const seen = new Set<string>();
    for (const offset of hits) {
      const inside = places.find((p) => p.start <= offset && offset < p.end);
      const messageId = inside ? inside.part : 'comment';
      // Report API takes targets only: a comment hit points at the nearest key or value.
      const place = inside ?? nearest(places, parsed, offset);
      const line = parsed.lines.linePos(offset).line;
      const dedupe = inside ? `${inside.part}:${inside.start}` : `comment:${line}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const at: Target = place ? { path: place.path, part: place.part } : { path: [], part: 'key' };
      report({ messageId, args: { line }, at });
    }
  },
});

/** True for a valid personnummer or samordningsnummer; `head` is YYMMDD or CCYYMMDD. */
function isIdentityNumber(head: string, tail: string): boolean {
  const century = head.length === 8 ? Number(head.slice(0, 2)) : undefined;
  if (century !== undefined && ![18, 19, 20].includes(century)) return false;
  const ten = head.slice(-6) + tail;
  const yy = Number(ten.slice(0, 2));
  const month = Number(ten.slice(2, 4));
  let day = Number(ten.slice(4, 6));
  if (day > 60) day -= 60;
  if (month < 1 || month > 12 || day < 1) return false;
  // Without a century, allow 29 February.
  const year = century !== undefined ? century * 100 + yy : 2000;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  return luhn(ten);
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return sum % 10 === 0;
}

interface Place {
  path: Path;
  part: 'key' | 'value';
  start: number;
  end: number;
}

/** Every scalar value and every key in the document, with its text range. */
function placesOf(parsed: ParsedYaml): Place[] {
  const places: Place[] = [];
  for (const { path, node } of scalars(parsed)) {
    if (node.range) places.push({ path, part: 'value', start: node.range[0], end: node.range[1] });
  }
  const stack: { node: unknown; path: Path }[] = [{ node: parsed.doc?.contents, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key)) continue;
        const keyPath = [...path, String(key.value)];
        if (key.range) places.push({ path: keyPath, part: 'key', start: key.range[0], end: key.range[1] });
        stack.push({ node: pair.value, path: keyPath });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    }
  }
  return places.sort((a, b) => a.start - b.start);
}

/** For a comment: the last key or value before it on its line, else the next one, else the previous. */
function nearest(places: Place[], parsed: ParsedYaml, offset: number): Place | undefined {
  const line = parsed.lines.linePos(offset).line;
  const before = places.filter((p) => p.start < offset);
  const last = before[before.length - 1];
  if (last && parsed.lines.linePos(last.start).line === line) return last;
  return places.find((p) => p.start > offset) ?? last;
}
