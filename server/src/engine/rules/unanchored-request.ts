import { defineRule } from './api';
import { atLeast, date, items, str, text } from '../model';
import { managerKeys, managesUnit, personKey, roleKey, type Directory } from '../directory';

/** What stands for a unit, as the message says it; `unlisted`: approved by someone the directory does not list. */
type Verdict = 'ok' | 'individual' | 'unlisted' | 'pending' | 'declined' | 'none';

export default defineRule({
  meta: {
    id: 'unanchored-request',
    defaultSeverity: 'error',
    description: {
      en: 'Every unit a request is directed at has approved it through a manager (verksamhetschef or equivalent).',
      sv: 'Varje enhet som en förfrågan riktas till har godkänt den genom en chef (verksamhetschef eller motsvarande).',
    },
    rationale: {
      en: 'Innovationsplattformen VGR (seed 000): "Frågeställning ut mot verksamheterna behöver alltid förankras mot verksamhetschef eller motsvarande för att undvika att enskilda anställda säger ja eller nej utan ett verksamhetsperspektiv" — a question to a care unit must always be anchored with its head of operations or equivalent, so that individual employees do not say yes or no without the unit\'s perspective.',
      sv: 'Innovationsplattformen VGR (källa 000): "Frågeställning ut mot verksamheterna behöver alltid förankras mot verksamhetschef eller motsvarande för att undvika att enskilda anställda säger ja eller nej utan ett verksamhetsperspektiv."',
    },
    sources: [{ seed: '000', title: 'Innovationsplattformen VGR', quote: 'behöver alltid förankras mot verksamhetschef eller motsvarande' }],
    processRule: true,
    fixes: ['add-anchoring', 'suppress'],
  },
  messages: {
    none: {
      en: "The request to `{unit}` is not anchored: add an `anchoring` entry for that unit with the verksamhetschef's (or equivalent manager's) decision.",
      sv: 'Förfrågan till `{unit}` är inte förankrad: lägg till en post i `anchoring` för enheten med verksamhetschefens (eller motsvarande chefs) beslut.',
    },
    pending: {
      en: "The request to `{unit}` awaits its manager's decision (pending); do not start before it is approved.",
      sv: 'Förfrågan till `{unit}` väntar på chefens beslut (pending); börja inte innan den är godkänd.',
    },
    declined: {
      en: '{by} declined the request to `{unit}`; do not direct the case at that unit, or record a new decision.',
      sv: '{by} avböjde förfrågan till `{unit}`; rikta inte ärendet till enheten, eller dokumentera ett nytt beslut.',
    },
    individual: {
      en: 'The request to `{unit}` was approved by {by} ({role}), an individual employee rather than a manager{directory_en}; anchor it with the verksamhetschef or equivalent ({roles}).',
      sv: 'Förfrågan till `{unit}` godkändes av {by} ({role}), en enskild anställd och inte en chef{directory_sv}; förankra den hos verksamhetschef eller motsvarande ({roles}).',
    },
    unlisted: {
      en: 'The request to `{unit}` was approved by {by}, whom directory.yaml does not list, so no manager role for the unit can be confirmed; anchor it with a manager the directory lists for `{unit}` ({roles}), or add the person and their role to directory.yaml.',
      sv: 'Förfrågan till `{unit}` godkändes av {by}, som inte finns i directory.yaml, så ingen chefsroll för enheten kan bekräftas; förankra den hos en chef som katalogen anger för `{unit}` ({roles}), eller lägg till personen och rollen i directory.yaml.',
    },
  },
  checkCase({ data, view, policy, directory, report }) {
    const managers = managerKeys(policy.managerRoles);
    const anchoring = items(data.anchoring).map(({ item, index }) => ({
      index,
      unit: text(item.unit),
      by: text(item.by),
      role: text(item.role),
      decision: str(item.decision),
      date: date(item.date),
    }));
    const severity = atLeast(view.phase, 'planning') ? 'error' : 'warning';
    for (const { item, index } of items(data.directed_at)) {
      const unit = text(item.unit);
      if (!unit) continue;
      const entries = anchoring.filter((a) => a.unit === unit && (a.decision === 'approved' || a.decision === 'declined' || a.decision === 'pending'));
      // A refusal dated after an approval withdraws it (spec 12); pending withdraws nothing.
      const standing = entries.filter((a) => a.decision !== 'approved' || !entries.some((d) => d.decision === 'declined' && later(d, a)));
      const judged = standing.map((a) => ({ entry: a, verdict: verdictOf(a, unit, managers, directory) }));
      if (judged.some((j) => j.verdict === 'ok')) continue;
      // The message tells the newest entry that still stands, by date (list order where a date is
      // missing or invalid): what the team last recorded. Of two as new, the later in the list.
      const last = judged.reduce<(typeof judged)[number] | undefined>((newest, j) => (newest && later(newest.entry, j.entry) ? newest : j), undefined);
      const verdict = last && last.verdict !== 'ok' ? last.verdict : 'none';
      const by = last?.entry.by ?? '?';
      report({
        messageId: verdict,
        args: {
          unit,
          by,
          role: last?.entry.role ?? '?',
          roles: policy.managerRoles.join(', '),
          directory_en: directory ? ' (directory.yaml lists no manager role for them at this unit)' : '',
          directory_sv: directory ? ' (directory.yaml anger ingen chefsroll för personen vid enheten)' : '',
        },
        at: { path: ['directed_at', index, 'unit'], part: 'value' },
        severity,
        data: { unit, index, verdict },
      });
    }
  },
});

interface Entry {
  index: number;
  by: string | undefined;
  role: string | undefined;
  decision: string | undefined;
  date: string | undefined;
}

/**
 * Whether `a` was decided after `b`: by date where both have a valid one (YYYY-MM-DD compares as
 * text), else by their order in the list, newest last.
 */
function later(a: Entry, b: Entry): boolean {
  return a.date !== undefined && b.date !== undefined ? a.date > b.date : a.index > b.index;
}

/**
 * One entry's verdict. With a directory only the roles it lists for the person at this unit count,
 * and a person it does not list holds none; without one, the entry's own `role`.
 */
function verdictOf(entry: Entry, unit: string, managers: Set<string>, directory: Directory | undefined): Verdict {
  if (entry.decision === 'pending') return 'pending';
  if (entry.decision === 'declined') return 'declined';
  if (directory) {
    const person = entry.by ? directory.people.get(personKey(entry.by)) : undefined;
    if (!person) return 'unlisted';
    return managesUnit(person, unit, managers) ? 'ok' : 'individual';
  }
  return entry.role !== undefined && managers.has(roleKey(entry.role)) ? 'ok' : 'individual';
}
