// Formatters are pure functions: report in, text out.
import type { Formatter } from '../report';
import { stylish } from './stylish';
import { json } from './json';
import { sarif } from './sarif';
import { github } from './github';
import { junit } from './junit';
import { markdown } from './markdown';
import { gitlab } from './gitlab';
import { unix } from './unix';

const REGISTRY = { stylish, json, sarif, github, gitlab, junit, markdown, unix } satisfies Record<string, Formatter>;

/** What `--format` accepts: the registry's keys. */
export type FormatName = keyof typeof REGISTRY;

export const FORMATTERS: Readonly<Record<FormatName, Formatter>> = REGISTRY;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}
