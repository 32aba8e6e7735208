import { defineRule } from './api';
import { isObj, items, str } from '../model';

const TOLERANCE = 0.01;

export default defineRule({
  meta: {
    id: 'unshared-financing',
    defaultSeverity: 'warning',
    description: {
      en: 'A research collaboration agreement shares the financing between the parties, in percentages that sum to 100.',
      sv: 'Ett FoU-samverkansavtal fördelar finansieringen mellan parterna, i procentsatser som summerar till 100.',
    },
    rationale: {
      en: 'VGR som Innovationsmotor (seed 001): in research collaborations "de olika parterna skall dela på finansiering. Det måste inte vara exakt 50/50, men det skall finnas en rimlighet i fördelning av kostnader" (the parties shall share the financing; not necessarily exactly 50/50, but the split of costs must be reasonable). The research exemption in public procurement (LOU 1 kap. 5 §) also requires that the parties "dela på resultatet av forskningen och/eller dela på finansieringen" (share the results and/or the financing). A missing split, or one party carrying everything, is a warning; percentages that do not add up to 100 are an error.',
      sv: 'VGR som Innovationsmotor (källa 001): i forskningssamarbeten gäller att "de olika parterna skall dela på finansiering. Det måste inte vara exakt 50/50, men det skall finnas en rimlighet i fördelning av kostnader". Forskningsundantaget i upphandlingslagstiftningen (LOU 1 kap. 5 §) kräver dessutom att man "dela[r] på resultatet av forskningen och/eller dela[r] på finansieringen". En fördelning som saknas, eller en part som står för allt, ger en varning; procentsatser som inte summerar till 100 är ett fel.',
    },
    sources: [{ seed: '001', title: 'VGR som Innovationsmotor: frågestund', quote: 'De olika parterna skall dela på finansiering' }],
    fixes: ['suppress'],
  },
  messages: {
    missing: {
      en: "The research collaboration agreement (FoU-samverkansavtal) states no `financing`; the parties should share the financing, so add each party's share in percent.",
      sv: 'FoU-samverkansavtalet anger ingen `financing`; parterna ska dela på finansieringen, så ange varje parts andel i procent.',
    },
    sum: {
      en: 'The financing shares sum to {sum} %, not 100 %; correct the percentages.',
      sv: 'Finansieringsandelarna summerar till {sumSv} %, inte 100 %; rätta procentsatserna.',
    },
    'one-party': {
      en: '`{party}` carries 100 % of the financing; in a research collaboration the parties share it (not necessarily 50/50, but in a reasonable split), and the research exemption (LOU 1 kap. 5 §) needs shared results and/or shared financing.',
      sv: '`{party}` står för 100 % av finansieringen; i en FoU-samverkan delar parterna på den (inte nödvändigtvis 50/50, men i en rimlig fördelning), och forskningsundantaget (LOU 1 kap. 5 §) kräver delade resultat och/eller delad finansiering.',
    },
  },
  checkCase({ data, report }) {
    for (const { item, index } of items(data.agreements)) {
      if (str(item.type) !== 'research-collaboration') continue;
      const financing = item.financing;
      if (financing === undefined || (isObj(financing) && Object.keys(financing).length === 0)) {
        report({ messageId: 'missing', at: { path: ['agreements', index, 'type'], part: 'value' }, data: { index } });
        continue;
      }
      if (!isObj(financing)) continue;
      const shares = Object.entries(financing);
      // A non-numeric share is the schema's finding; without it the sum means nothing.
      if (!shares.every(([, v]) => typeof v === 'number' && Number.isFinite(v))) continue;
      const at = { path: ['agreements', index, 'financing'], part: 'key' } as const;
      const sum = shares.reduce((total, [, v]) => total + (v as number), 0);
      if (Math.abs(sum - 100) > TOLERANCE) {
        const shown = String(Math.round(sum * 100) / 100);
        report({ messageId: 'sum', severity: 'error', args: { sum: shown, sumSv: shown.replace('.', ',') }, at, data: { index, sum } });
        continue;
      }
      const sole = shares.find(([, v]) => Math.abs((v as number) - 100) <= TOLERANCE);
      if (sole) report({ messageId: 'one-party', args: { party: sole[0] }, at, data: { index, party: sole[0] } });
    }
  },
});
