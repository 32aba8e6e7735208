// The UI language: the `casefile.language` setting wins; 'auto' follows the client's locale.
import type { Locale, Localized } from '../engine';

export function localeOf(clientLocale: string | undefined, setting: unknown): Locale {
  if (setting === 'en' || setting === 'sv') return setting;
  return clientLocale?.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

/** Fills `{name}` placeholders of a localized text. */
export function say(text: Localized, locale: Locale, args: Record<string, string> = {}): string {
  return text[locale].replace(/\{(\w+)\}/g, (whole, name: string) => args[name] ?? whole);
}
