// Numbers and dates as readers of each language write them (sv-SE: "12 345", "23 november 2026").
import type { Locale } from '../engine/types';

const TAG: Record<Locale, string> = { en: 'en-GB', sv: 'sv-SE' };
const numbers = new Map<Locale, Intl.NumberFormat>();

export function num(n: number, locale: Locale): string {
  let f = numbers.get(locale);
  if (!f) numbers.set(locale, (f = new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: 0 })));
  // Groups split by a no-break space in both languages (SI style, as Swedes write), and an ASCII
  // minus: a figure reads back as the JSON's number once spaces are removed.
  const text = f.format(Math.abs(n)).replace(/[,\s]/g, '\u00a0');
  return n < 0 ? `-${text}` : text;
}

// Building an Intl formatter costs far more than using one: one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(TAG[locale], { ...options, timeZone: 'UTC' })));
  return f;
}

function utc(date: string): Date | undefined {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** "23 November 2026" / "23 november 2026"; the raw text when not a date. */
export function longDate(date: string, locale: Locale): string {
  const d = utc(date);
  return d ? dateFormat(locale, { dateStyle: 'long' }).format(d) : date;
}

/** A YYYY-MM month: "Nov 2026" / "nov. 2026". */
export function monthName(month: string, locale: Locale, style: 'short' | 'long' = 'short'): string {
  const d = utc(`${month}-01`);
  return d ? dateFormat(locale, { month: style, year: 'numeric' }).format(d) : month;
}

/** The month alone, for a chart's axis: "Nov" / "nov.". English takes three letters for every
 * month (en-GB's short September is "Sept", one letter wider than the rest). */
export function monthShort(month: string, locale: Locale): string {
  const d = utc(`${month}-01`);
  if (!d) return month;
  const name = dateFormat(locale, { month: 'short' }).format(d);
  return locale === 'en' ? name.slice(0, 3) : name;
}
