// Formatters are pure functions: report in, text out.
import type { Formatter } from '../report';
import { stylish } from './stylish';
import { json } from './json';
import { sarif } from './sarif';
import { github } from './github';
import { junit } from './junit';
import { markdown } from './markdown';

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, junit, markdown };

export const FORMAT_NAMES = Object.keys(FORMATTERS);
