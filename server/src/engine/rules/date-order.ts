import { defineRule } from './api';
import { date, items, obj } from '../model';
import type { Path } from '../types';

export default defineRule({
  meta: {
    id: 'date-order',
    defaultSeverity: 'warning',
    description: {
      en: 'No date in the case is earlier than the day the request came in (`opened`).',
      sv: 'Inget datum i ärendet är tidigare än dagen då förfrågan kom in (`opened`).',
    },
    rationale: {
      en: 'A case begins when the request comes in; an anchoring decision, a signed agreement, an evaluation, an outcome or a log entry dated before `opened` is almost always a typo in one of the dates, and it distorts lead times in the portfolio and the order of the log.',
      sv: 'Ett ärende börjar när förfrågan kommer in; ett förankringsbeslut, ett undertecknat avtal, en bedömning, ett utfall eller en logghändelse daterad före `opened` är nästan alltid ett skrivfel i något av datumen, och det förvränger ledtiderna i portföljen och ordningen i loggen.',
    },
    sources: [],
    fixes: ['suppress'],
  },
  messages: {
    early: {
      en: '`{field}` ({date}) is earlier than `opened` ({opened}); correct one of the dates.',
      sv: '`{field}` ({date}) är tidigare än `opened` ({opened}); rätta något av datumen.',
    },
  },
  checkCase({ data, report }) {
    const opened = date(data.opened);
    if (!opened) return;
    const dates: { path: Path; value: unknown }[] = [
      ...items(data.anchoring).map(({ item, index }) => ({ path: ['anchoring', index, 'date'], value: item.date })),
      ...items(data.agreements).map(({ item, index }) => ({ path: ['agreements', index, 'signed'], value: item.signed })),
      { path: ['evaluation', 'date'], value: obj(data.evaluation).date },
      { path: ['outcome', 'date'], value: obj(data.outcome).date },
      ...items(data.log).map(({ item, index }) => ({ path: ['log', index, 'date'], value: item.date })),
    ];
    for (const { path, value } of dates) {
      const d = date(value);
      // YYYY-MM-DD strings compare in date order.
      if (d && d < opened) {
        report({ messageId: 'early', args: { field: fieldText(path), date: d, opened }, at: { path, part: 'value' }, data: { field: fieldText(path), date: d, opened } });
      }
    }
  },
});

function fieldText(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
