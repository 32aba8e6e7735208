import { defineRule, type CaseRuleContext } from './api';
import { DIRECTORY_LISTS, items, text } from '../model';
import { personKey } from '../directory';
import { closest } from '../suggest';
import type { Path } from '../types';

export default defineRule({
  meta: {
    id: 'unknown-reference',
    defaultSeverity: 'warning',
    description: {
      en: 'Links name existing cases; with a directory, units and people name entries in directory.yaml.',
      sv: 'Länkar pekar på befintliga ärenden; med en katalog pekar enheter och personer på poster i directory.yaml.',
    },
    rationale: {
      en: 'A link to a case that does not exist, or a unit or person spelled differently from the directory, silently breaks the portfolio and the anchoring check: Innovationsplattformen VGR (seed 000) stresses that questions to the care units "behöver alltid förankras mot verksamhetschef eller motsvarande" (must always be anchored with the head of the unit or equivalent), which can only be verified when the unit and the person are the ones the directory knows. Requester contacts are external and are not checked.',
      sv: 'En länk till ett ärende som inte finns, eller en enhet eller person som stavas annorlunda än i katalogen, förstör tyst portföljen och kontrollen av förankring: Innovationsplattformen VGR (källa 000) betonar att frågeställningar ut mot verksamheterna "behöver alltid förankras mot verksamhetschef eller motsvarande", och det går bara att kontrollera när enheten och personen är de som katalogen känner till. Beställarens kontaktpersoner är externa och kontrolleras inte.',
    },
    sources: [{ seed: '000', title: 'Innovationsplattformen VGR: stöd i näringslivssamverkan', quote: 'behöver alltid förankras mot verksamhetschef eller motsvarande' }],
    fixes: ['suppress'],
  },
  messages: {
    case: {
      en: 'No case in the repository has the id `{id}`; correct the link or remove it.',
      sv: 'Inget ärende i förrådet har id:t `{id}`; rätta länken eller ta bort den.',
    },
    'case-suggest': {
      en: 'No case in the repository has the id `{id}`; correct the link or remove it. Did you mean `{suggestion}`?',
      sv: 'Inget ärende i förrådet har id:t `{id}`; rätta länken eller ta bort den. Menade du `{suggestion}`?',
    },
    unit: {
      en: 'The unit `{unit}` is not in directory.yaml; use a unit id from the directory, or add the unit there.',
      sv: 'Enheten `{unit}` finns inte i directory.yaml; använd ett enhets-id från katalogen, eller lägg till enheten där.',
    },
    'unit-suggest': {
      en: 'The unit `{unit}` is not in directory.yaml; use a unit id from the directory, or add the unit there. Did you mean `{suggestion}`?',
      sv: 'Enheten `{unit}` finns inte i directory.yaml; använd ett enhets-id från katalogen, eller lägg till enheten där. Menade du `{suggestion}`?',
    },
    person: {
      en: '`{name}` is not among the people in directory.yaml; check the spelling, or add the person there.',
      sv: '`{name}` finns inte bland personerna i directory.yaml; kontrollera stavningen, eller lägg till personen där.',
    },
    'person-suggest': {
      en: '`{name}` is not among the people in directory.yaml; check the spelling, or add the person there. Did you mean `{suggestion}`?',
      sv: '`{name}` finns inte bland personerna i directory.yaml; kontrollera stavningen, eller lägg till personen där. Menade du `{suggestion}`?',
    },
  },
  checkRepository({ cases, report }) {
    // Runs per edit in the editor: plain loops, and the list for suggestions only when needed.
    const known = new Set<string>();
    for (const c of cases) if (c.id) known.add(c.id.value);
    let ids: string[] | undefined;
    for (const c of cases) {
      for (const ref of c.related) {
        if (known.has(ref.value)) continue;
        ids ??= [...known];
        const suggestion = closest(ref.value, ids);
        const args: Record<string, string> = suggestion ? { id: ref.value, suggestion } : { id: ref.value };
        report(c.file, ref.span, { messageId: suggestion ? 'case-suggest' : 'case', args, data: { ...args } });
      }
    }
  },
  checkCase(ctx) {
    const { data, directory } = ctx;
    if (!directory) return;
    // A directory that lists no units (or no people) does not claim to know them all.
    const unitIds = [...directory.units.keys()];
    const names = [...directory.people.values()].map((p) => p.name);
    for (const { list, person: nameKey } of DIRECTORY_LISTS) {
      for (const { item, index } of items(data[list])) {
        const unit = text(item.unit);
        if (unit !== undefined && unitIds.length > 0 && !directory.units.has(unit)) {
          unknown(ctx, [list, index, 'unit'], 'unit', { unit }, closest(unit, unitIds));
        }
        const name = nameKey ? text(item[nameKey]) : undefined;
        if (nameKey && name !== undefined && names.length > 0 && !directory.people.has(personKey(name))) {
          unknown(ctx, [list, index, nameKey], 'person', { name }, closest(name, names));
        }
      }
    }
  },
});

function unknown(ctx: CaseRuleContext, path: Path, messageId: string, args: Record<string, string>, suggestion: string | undefined): void {
  const extra: Record<string, string> = suggestion ? { suggestion } : {};
  ctx.report({ messageId: suggestion ? `${messageId}-suggest` : messageId, at: { path, part: 'value' }, args: { ...args, ...extra }, data: { ...args, ...extra } });
}
