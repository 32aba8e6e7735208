// Cases opened and closed per month (spec section 11's chart), every month shown, empty ones too.
import type { MonthCount, PortfolioCase } from './types';

/** From the first month with an `opened` or a closing date through today's month; dates after it are not counted. */
export function monthsOf(cases: readonly PortfolioCase[], today: string): MonthCount[] {
  const opened = new Map<string, number>();
  const closed = new Map<string, number>();
  const add = (counts: Map<string, number>, day: string | undefined) => {
    if (day !== undefined) counts.set(day.slice(0, 7), (counts.get(day.slice(0, 7)) ?? 0) + 1);
  };
  for (const c of cases) {
    add(opened, c.timeline?.opened);
    if (c.phase === 'closed') add(closed, c.timeline?.outcome?.date);
  }
  const first = [...opened.keys(), ...closed.keys()].sort()[0];
  if (first === undefined) return [];
  const last = today.slice(0, 7);
  const months: MonthCount[] = [];
  for (let month = first < last ? first : last; month <= last; month = nextMonth(month)) {
    months.push({ month, opened: opened.get(month) ?? 0, closed: closed.get(month) ?? 0 });
  }
  return months;
}

function nextMonth(month: string): string {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}
