import { defineRule } from './api';
import { atLeast, items, str, text } from '../model';
import { personKey, rolesAt } from '../directory';

type Verdict = 'ok' | 'individual' | 'pending' | 'declined' | 'none';

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
      en: 'The request to `{unit}` is not anchored: add an `anchoring` entry for that unit with the verksamhetschef\'s (or equivalent manager\'s) decision.',
      sv: 'Förfrågan till `{unit}` är inte förankrad: lägg till en post i `anchoring` för enheten med verksamhetschefens (eller motsvarande chefs) beslut.',
    },
    pending: {
      en: 'The request to `{unit}` awaits its manager\'s decision (pending); do not start before it is approved.',
      sv: 'Förfrågan till `{unit}` väntar på chefens beslut (pending); börja inte innan den är godkänd.',
    },
    declined: {
      en: 'The manager of `{unit}` declined the request; do not direct the case at that unit, or record a new decision.',
      sv: 'Chefen för `{unit}` avböjde förfrågan; rikta inte ärendet till enheten, eller dokumentera ett nytt beslut.',
    },
    individual: {
      en: 'The request to `{unit}` was approved by {by} ({role}), an individual employee rather than a manager{directory_en}; anchor it with the verksamhetschef or equivalent ({roles}).',
      sv: 'Förfrågan till `{unit}` godkändes av {by} ({role}), en enskild anställd och inte en chef{directory_sv}; förankra den hos verksamhetschef eller motsvarande ({roles}).',
    },
  },
  checkCase({ data, view, policy, directory, report }) {
    const managers = new Set(policy.managerRoles.map((r) => r.toLowerCase()));
    const anchoring = items(data.anchoring);
    const isManager = (by: string | undefined, role: string | undefined, unit: string): { ok: boolean; viaDirectory: boolean } => {
      if (directory && by && directory.people.has(personKey(by))) {
        return { ok: rolesAt(directory, by, unit).some((r) => managers.has(r.toLowerCase())), viaDirectory: true };
      }
      return { ok: role !== undefined && managers.has(role.toLowerCase()), viaDirectory: false };
    };
    const severity = atLeast(view.phase, 'planning') ? 'error' : 'warning';
    for (const { item, index } of items(data.directed_at)) {
      const unit = text(item.unit);
      if (!unit) continue;
      const entries = anchoring.filter(({ item: a }) => text(a.unit) === unit);
      let verdict: Verdict = 'none';
      let individual: { by: string; role: string; viaDirectory: boolean } | undefined;
      for (const { item: a } of entries) {
        const decision = str(a.decision);
        if (decision === 'approved') {
          const check = isManager(text(a.by), text(a.role), unit);
          if (check.ok) {
            verdict = 'ok';
            break;
          }
          verdict = 'individual';
          individual ??= { by: text(a.by) ?? '?', role: text(a.role) ?? '?', viaDirectory: check.viaDirectory };
        } else if (decision === 'pending' && verdict !== 'individual') verdict = 'pending';
        else if (decision === 'declined' && verdict === 'none') verdict = 'declined';
      }
      if (verdict === 'ok') continue;
      report({
        messageId: verdict,
        args: {
          unit,
          by: individual?.by ?? '',
          role: individual?.role ?? '',
          roles: policy.managerRoles.join(', '),
          directory_en: individual?.viaDirectory ? ' (directory.yaml lists no manager role for them at this unit)' : '',
          directory_sv: individual?.viaDirectory ? ' (directory.yaml anger ingen chefsroll för personen vid enheten)' : '',
        },
        at: { path: ['directed_at', index, 'unit'], part: 'value' },
        severity,
        data: { unit, index, verdict },
      });
    }
  },
});
