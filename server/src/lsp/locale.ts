// The UI language: the `casefile.language` setting wins; 'auto' follows the client's locale.
import type { Locale, Localized } from '../engine';
import { format } from '../engine/rules/api';

export function localeOf(clientLocale: string | undefined, setting: unknown): Locale {
  if (setting === 'en' || setting === 'sv') return setting;
  return clientLocale?.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

/** Fills `{name}` placeholders of a localized text. */
export function say(text: Localized, locale: Locale, args: Record<string, string> = {}): string {
  return format(text[locale], args);
}
