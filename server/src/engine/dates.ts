// The engine's one notion of a calendar date: YYYY-MM-DD strings and whether a day exists.

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True when the day exists in the proleptic Gregorian calendar (month 1–12). */
export function dayExists(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** The value when it is a YYYY-MM-DD string naming a day that exists; undefined otherwise. */
export function date(value: unknown): string | undefined {
  if (typeof value !== 'string' || !DATE_RE.test(value)) return undefined;
  return dayExists(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))) ? value : undefined;
}
