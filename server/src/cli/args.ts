// Command-line parsing with node:util's parseArgs (strict: unknown options are usage errors).
import { parseArgs } from 'node:util';
import { FORMAT_NAMES, isFormatName, type FormatName } from './formatters';
import type { Locale } from '../engine';
import { date } from '../engine/dates';
import { REVIEW_FORMAT_NAMES, isReviewFormatName, type ReviewFormatName } from './review-formatters';

/** What check and review share. */
interface CommonArgs {
  paths: string[];
  today?: string;
  config?: string;
  color?: boolean;
  locale: Locale;
  /** Reuse and store single-file results by git blob id (result-cache.ts): the only writing either command does. */
  cache?: boolean;
  /** The cache folder; default: defaultCacheDir. Given, it turns the cache on. */
  cacheDir?: string;
}

export interface CheckArgs extends CommonArgs {
  command: 'check';
  format: FormatName;
  maxWarnings?: number;
  quiet: boolean;
}

export type FailOn = 'new' | 'any' | 'none';

export interface ReviewArgs extends CommonArgs {
  command: 'review';
  format: ReviewFormatName;
  base?: string;
  head?: string;
  failOn: FailOn;
}

export const REPORT_FORMAT_NAMES = ['html', 'json'] as const;
export type ReportFormatName = (typeof REPORT_FORMAT_NAMES)[number];

export interface ReportArgs extends CommonArgs {
  command: 'report';
  format: ReportFormatName;
  /** Where to write the report; standard output without it. */
  out?: string;
}

export type Parsed =
  CheckArgs | ReviewArgs | ReportArgs | { command: 'help'; locale: Locale } | { command: 'version'; locale: Locale } | { command: 'usage-error'; message: string; locale: Locale };

export function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^sv\b|^sv_/i.test(tag) ? 'sv' : 'en';
}

export function parseCommandLine(argv: string[], env: NodeJS.ProcessEnv): Parsed {
  let locale = localeFromEnv(env);
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        today: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-color': { type: 'boolean' },
        color: { type: 'boolean' },
        lang: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        'fail-on': { type: 'string' },
        cache: { type: 'boolean' },
        'cache-dir': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }) as { values: Record<string, string | boolean | undefined>; positionals: string[] });
  } catch (error) {
    return { command: 'usage-error', message: (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional .*$/, '.'), locale };
  }
  if (values.lang !== undefined) {
    if (values.lang !== 'en' && values.lang !== 'sv') return { command: 'usage-error', message: `--lang must be en or sv, not '${values.lang}'`, locale };
    locale = values.lang;
  }
  if (values.help) return { command: 'help', locale };
  if (values.version) return { command: 'version', locale };
  const [command, ...paths] = positionals;
  if (command === undefined)
    return { command: 'usage-error', message: 'missing command: use `casefile check [PATH...]`, `casefile review [PATH...]` or `casefile report [PATH...]`', locale };
  if (command === 'help') return { command: 'help', locale };
  if (command === 'review') return reviewArgs(values, paths, locale);
  if (command === 'report') return reportArgs(values, paths, locale);
  if (command !== 'check') return { command: 'usage-error', message: `unknown command '${command}'`, locale };
  const foreign = foreignOption(values, 'check');
  if (foreign) return { command: 'usage-error', message: foreign, locale };

  const format = (values.format as string | undefined) ?? 'stylish';
  if (!isFormatName(format)) return { command: 'usage-error', message: `--format must be one of ${FORMAT_NAMES.join(', ')}, not '${format}'`, locale };
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = String(values['max-warnings']);
    if (!/^\d+$/.test(raw)) return { command: 'usage-error', message: `--max-warnings takes a whole number of 0 or more, not '${raw}'`, locale };
    maxWarnings = Number(raw);
  }
  const today = values.today as string | undefined;
  if (today !== undefined && date(today) === undefined) return { command: 'usage-error', message: `--today takes a date YYYY-MM-DD, not '${today}'`, locale };
  return {
    command: 'check',
    format,
    maxWarnings,
    quiet: Boolean(values.quiet),
    ...commonArgs(values, paths, today, locale),
  };
}

/** The fields every command takes alike (CommonArgs). */
function commonArgs(values: Record<string, string | boolean | undefined>, paths: string[], today: string | undefined, locale: Locale): CommonArgs {
  return {
    paths: paths.length ? paths : ['.'],
    today,
    config: values.config as string | undefined,
    color: colorOf(values),
    locale,
    cache: Boolean(values.cache) || values['cache-dir'] !== undefined,
    cacheDir: values['cache-dir'] as string | undefined,
  };
}

const colorOf = (values: Record<string, string | boolean | undefined>) => (values['no-color'] ? false : values.color ? true : undefined);

const FAIL_ON: readonly FailOn[] = ['new', 'any', 'none'];

type Command = 'check' | 'review' | 'report';

/** Options that belong to one command only. */
const OWN_OPTIONS: Record<Command, readonly string[]> = {
  check: ['max-warnings', 'quiet'],
  review: ['base', 'head', 'fail-on'],
  report: ['out'],
};

/** The usage error for an option of another command, naming the command it belongs to. */
function foreignOption(values: Record<string, string | boolean | undefined>, command: Command): string | undefined {
  for (const owner of Object.keys(OWN_OPTIONS) as Command[]) {
    if (owner === command) continue;
    const name = OWN_OPTIONS[owner].find((n) => values[n] !== undefined);
    if (name === undefined) continue;
    const hint = command === 'review' && owner === 'check' ? '; `casefile review` fails by --fail-on new|any|none' : `, not of \`casefile ${command}\``;
    return `--${name} is an option of \`casefile ${owner}\`${hint}`;
  }
  return undefined;
}

function reviewArgs(values: Record<string, string | boolean | undefined>, paths: string[], locale: Locale): Parsed {
  const foreign = foreignOption(values, 'review');
  if (foreign) return { command: 'usage-error', message: foreign, locale };
  const format = (values.format as string | undefined) ?? 'markdown';
  if (!isReviewFormatName(format)) return { command: 'usage-error', message: `--format must be one of ${REVIEW_FORMAT_NAMES.join(', ')} for review, not '${format}'`, locale };
  const failOn = (values['fail-on'] as string | undefined) ?? 'new';
  if (!(FAIL_ON as string[]).includes(failOn)) return { command: 'usage-error', message: `--fail-on must be one of ${FAIL_ON.join(', ')}, not '${failOn}'`, locale };
  const today = values.today as string | undefined;
  if (today !== undefined && date(today) === undefined) return { command: 'usage-error', message: `--today takes a date YYYY-MM-DD, not '${today}'`, locale };
  for (const name of ['base', 'head'] as const) {
    if (values[name] === '') return { command: 'usage-error', message: `--${name} takes a git revision`, locale };
  }
  return {
    command: 'review',
    format,
    base: values.base as string | undefined,
    head: values.head as string | undefined,
    failOn: failOn as FailOn,
    ...commonArgs(values, paths, today, locale),
  };
}

function reportArgs(values: Record<string, string | boolean | undefined>, paths: string[], locale: Locale): Parsed {
  const foreign = foreignOption(values, 'report');
  if (foreign) return { command: 'usage-error', message: foreign, locale };
  const format = (values.format as string | undefined) ?? 'html';
  if (!(REPORT_FORMAT_NAMES as readonly string[]).includes(format))
    return { command: 'usage-error', message: `--format must be one of ${REPORT_FORMAT_NAMES.join(', ')} for report, not '${format}'`, locale };
  const today = values.today as string | undefined;
  if (today !== undefined && date(today) === undefined) return { command: 'usage-error', message: `--today takes a date YYYY-MM-DD, not '${today}'`, locale };
  if (values.out === '') return { command: 'usage-error', message: '--out takes a file name', locale };
  return {
    command: 'report',
    format: format as ReportFormatName,
    out: values.out as string | undefined,
    ...commonArgs(values, paths, today, locale),
  };
}
