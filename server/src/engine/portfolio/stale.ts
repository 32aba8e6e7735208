// Stale: no activity (opened or a log date) for more than the policy's stale_after_days. The one
// definition, for the stale-case rule, the portfolio report and the Cases view.
import { daysBetween } from '../model';

/** Days since the last activity when over the limit; undefined when the case is not stale (or has no date). */
export function staleDays(lastActivity: string | undefined, today: string, limit: number): number | undefined {
  if (lastActivity === undefined) return undefined;
  const days = daysBetween(lastActivity, today);
  return days > limit ? days : undefined;
}
