// Review formatters are pure functions: report in, text out. A new format is one entry here.
import { github } from './github';
import { json } from './json';
import { gitlab } from './gitlab';
import { markdown } from './markdown';
import type { ReviewFormatter } from './types';

const REGISTRY = { markdown, json, github, gitlab } satisfies Record<string, ReviewFormatter>;

/** What `casefile review --format` accepts: the registry's keys. */
export type ReviewFormatName = keyof typeof REGISTRY;

export const REVIEW_FORMATTERS: Readonly<Record<ReviewFormatName, ReviewFormatter>> = REGISTRY;

export const REVIEW_FORMAT_NAMES = Object.keys(REVIEW_FORMATTERS) as ReviewFormatName[];

export function isReviewFormatName(name: string): name is ReviewFormatName {
  return Object.hasOwn(REVIEW_FORMATTERS, name);
}

export type { ReviewFormatter, ReviewFormatOptions } from './types';
