import { defineRule } from './api';
import { lastActivityOf } from '../portfolio/facts';
import { staleDays } from '../portfolio/stale';

export default defineRule({
  meta: {
    id: 'stale-case',
    defaultSeverity: 'info',
    description: {
      en: "An open case shows activity: its newest date (opened or a log entry) is within the policy's stale_after_days (default 90).",
      sv: 'Ett öppet ärende visar aktivitet: dess senaste datum (inkom eller en loggpost) ligger inom policyns stale_after_days (standard 90).',
    },
    rationale: {
      en: 'Innovationsplattformen VGR (seed 000) notes that requests often stall — expectations differ, legal obstacles, or care lacks room for the assignment — and that "uthållighet och tålamod" (endurance and patience) are needed. A case without activity should be followed up or closed, so the portfolio shows what is really going on; Västerås Science Park (seed 004) reminds that ending a collaboration is no failure if handled well.',
      sv: 'Innovationsplattformen VGR (källa 000) konstaterar att förfrågningar ofta stannar upp och att det behövs uthållighet och tålamod. Ett ärende utan aktivitet ska följas upp eller avslutas så att portföljen visar vad som verkligen pågår; Västerås Science Park (källa 004) påminner om att ett avslut inte behöver vara ett misslyckande.',
    },
    sources: [
      { seed: '000', title: 'Innovationsplattformen VGR', quote: 'behövs uthållighet och tålamod' },
      { seed: '004', title: 'Västerås Science Park: Råd till företagare och kommuner', quote: 'Det behöver inte vara ett misslyckande' },
    ],
    processRule: true,
    fixes: ['suppress'],
  },
  messages: {
    stale: {
      en: 'No activity for {days} days (since {last}; the limit is {limit}): add a `log` entry for what is happening, or close the case.',
      sv: 'Ingen aktivitet på {days} dagar (sedan {last}; gränsen är {limit}): lägg till en post i `log` om vad som händer, eller avsluta ärendet.',
    },
  },
  checkCase({ data, today, policy, report }) {
    const last = lastActivityOf(data);
    const days = staleDays(last, today, policy.staleAfterDays);
    if (days === undefined) return;
    report({ messageId: 'stale', args: { days, last: last!, limit: policy.staleAfterDays }, at: { path: ['phase'], part: 'value' } });
  },
});
