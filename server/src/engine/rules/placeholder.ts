import { defineRule } from './api';
import { atLeast } from '../model';
import { isPlaceholder } from '../placeholders';
import type { Path } from '../types';

export default defineRule({
  meta: {
    id: 'placeholder',
    defaultSeverity: 'warning',
    description: {
      en: 'A case holds no stand-in the editor wrote for a person to fill in (NAME, ORGANISATION, CONTACT NAME…); info in needs, a warning from planning on.',
      sv: 'Ett ärende innehåller ingen platshållare som redigeraren skrev för någon att fylla i (NAME, ORGANISATION, CONTACT NAME …); info i behov, varning från planering.',
    },
    rationale: {
      en: 'A new case and several quick fixes write stand-ins such as `NAME` or `ORGANISATION` where only a person knows the answer. They are valid YAML, so nothing else notices one left behind, and a case with `name: NAME` looks complete while it names nobody. Innovationsplattformen VGR (seed 000) rests on named people — "näringslivskontakter utsedda för varje område" (business contacts appointed for each area) — and Sweper (seed 002) asks for representatives of the functions that test, buy and implement in the working group: a stand-in is neither. While a case is a fresh need, blanks are expected (info); once it is planned, they are a gap (warning).',
      sv: 'Ett nytt ärende och flera snabbfixar skriver platshållare som `NAME` eller `ORGANISATION` där bara en människa vet svaret. De är giltig YAML, så inget annat märker en som blivit kvar, och ett ärende med `name: NAME` ser komplett ut fast det inte namnger någon. Innovationsplattformen VGR (källa 000) bygger på namngivna personer — "näringslivskontakter utsedda för varje område" — och Sweper (källa 002) vill ha representanter för funktionerna som testar, köper in och implementerar i arbetsgruppen: en platshållare är ingetdera. Medan ärendet är ett nytt behov är luckor väntade (info); när det planeras är de en brist (varning).',
    },
    sources: [
      { seed: '000', title: 'Innovationsplattformen VGR', quote: 'näringslivskontakter utsedda för varje område' },
      { seed: '002', title: 'Sweper: Spelplan för innovation', quote: 'i arbetsgruppen ska det … även finnas representanter' },
    ],
    fixes: ['suppress'],
  },
  messages: {
    value: {
      en: '`{text}` is a placeholder: replace it with the real value.',
      sv: '`{text}` är en platshållare: ersätt den med det riktiga värdet.',
    },
    line: {
      en: 'This text still holds the placeholder `{text}`: replace it with the real value.',
      sv: 'Texten innehåller fortfarande platshållaren `{text}`: ersätt den med det riktiga värdet.',
    },
  },
  checkCase({ data, view, report }) {
    // In needs a fresh case is expected to have blanks; the policy's severity, when set, wins over both.
    const severity = atLeast(view.phase, 'planning') ? 'warning' : 'info';
    walk(data, [], (path, value) => {
      const whole = value.trim();
      if (isPlaceholder(whole)) {
        report({ messageId: 'value', severity, args: { text: whole }, at: { path, part: 'value' }, data: { text: whole } });
        return;
      }
      // A multi-line text from an agreement snippet: `Purpose / ändamål: PURPOSE`.
      const inLine = value.includes('\n') ? lineHolding(value) : undefined;
      if (inLine) report({ messageId: 'line', severity, args: { text: inLine }, at: { path, part: 'value' }, data: { text: inLine } });
    });
  },
});

/** Calls `visit` with every string value of the data and its path. */
function walk(value: unknown, path: Path, visit: (path: Path, value: string) => void): void {
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
}

/** The first placeholder a line of the text ends in after a label (`…: NAME, E-MAIL`), or is whole. */
function lineHolding(text: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const value = line.replace(/^[^:]*:\s+/, '').trim();
    if (isPlaceholder(value)) return value;
    if (isPlaceholder(line.trim())) return line.trim();
  }
  return undefined;
}
