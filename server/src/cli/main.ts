// The `casefile` command. Exit status: 0 clean, 1 findings over the limits, 2 usage or internal error.
import '../runtime/plain-env';
import { parseCommandLine } from './args';
import { usage } from './usage';
import { exitCode, runCheck, UsageError } from './run';
import { localToday } from '../engine/model';
import { FORMATTERS } from './formatters';
import { safeLineStart, safeText } from './formatters/safe-text';
import { REVIEW_FORMATTERS } from './review-formatters';
import { reviewExitCode, runReview } from './review';
import { runReport, shallowNote } from './report-run';
import { checkOutPath, writeAtomically } from './report-output';
import { jsonSafe } from './formatters/safe-text';
import { portfolioHtml } from '../html/portfolio';
import { VERSION } from '../shared/version';

const reviewingAgainst = (against: string, base: string, locale: 'en' | 'sv') =>
  locale === 'sv' ? `granskar mot ${against} (sammanslagningsbas ${base.slice(0, 12)})` : `reviewing against ${against} (merge base ${base.slice(0, 12)})`;

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const args = parseCommandLine(argv, io.env);
  if (args.command === 'help') {
    io.stdout(usage(args.locale));
    return 0;
  }
  if (args.command === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (args.command === 'usage-error') {
    io.stderr(`casefile: ${safeText(args.message)}\n\n${usage(args.locale)}`);
    return 2;
  }
  try {
    const color = args.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
    if (args.command === 'review') {
      const { report, against } = await runReview(args, io.cwd, VERSION, localToday(), io);
      if (against) io.stderr(`casefile: ${safeText(reviewingAgainst(against, report.base, args.locale))}\n`);
      io.stdout(REVIEW_FORMATTERS[args.format](report, { color, locale: args.locale, failOn: args.failOn }));
      return reviewExitCode(report, args.failOn);
    }
    if (args.command === 'report') {
      const target = args.out !== undefined ? checkOutPath(io.cwd, args.out) : undefined;
      const { report, shallow, docs } = await runReport(args, io.cwd, VERSION, localToday(), io);
      for (const clone of shallow) io.stderr(`${safeText(shallowNote(clone, args.locale))}\n`);
      // JSON.stringify escapes C0 controls, jsonSafe the bidi and C1 ones, as check's JSON.
      const out = args.format === 'json' ? `${jsonSafe(JSON.stringify(report, null, 2))}\n` : portfolioHtml(report, { locale: args.locale, docs });
      if (target !== undefined) writeAtomically(target, args.out!, out);
      else io.stdout(out);
      return 0;
    }
    const report = await runCheck(args, io.cwd, VERSION, localToday(), io);
    const out = FORMATTERS[args.format]!(report, { color, locale: args.locale });
    if (out) io.stdout(out);
    return exitCode(report);
  } catch (error) {
    if (error instanceof UsageError) {
      // Messages name the paths given: shown, never obeyed by a terminal or a CI runner.
      io.stderr(`casefile: ${safeText(error.message)}\n`);
      return 2;
    }
    const detail = ((error as Error).stack ?? String(error)).split('\n').map((line) => safeLineStart(safeText(line)));
    io.stderr(`casefile: internal error: ${detail.join('\n')}\n`);
    return 2;
  }
}

function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
  };
}
