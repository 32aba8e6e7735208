// `casefile report`: the portfolio of the cases under the paths (spec section 11), from the same
// pass as check (run.ts), with git's phase dates read while the workers check.
import * as fs from 'node:fs';
import { computePortfolio } from '../engine/portfolio/compute';
import { combinedState, portfolioCase } from '../engine/portfolio/case';
import type { GitHistoryState, GitPhaseChange, PortfolioCase, PortfolioInput, PortfolioReport } from '../engine/portfolio/types';
import { readPhaseHistories, type PhaseHistory } from '../engine/git/phase-log';
import { relativeTo } from '../engine/workspace/scan';
import type { DocsLink, Locale } from '../engine';
import type { ReportArgs } from './args';
import { checkRepositories, policyDocs, type RunIo } from './run';

export interface ReportRun {
  report: PortfolioReport;
  /** Repositories (roots relative to the working directory) whose history is cut: shallow or partial clones. */
  shallow: { root: string; partial: boolean }[];
  /** The HTML report's rule links (the policy's `docs_url`); not part of the report's data. */
  docs: DocsLink;
}

export async function runReport(args: ReportArgs, cwd: string, version: string, today: string, io: RunIo): Promise<ReportRun> {
  const histories = new Map<string, Promise<PhaseHistory>>();
  const checked = await checkRepositories(args, cwd, version, today, io, (roots) => {
    // One read of git's history per repository top, however many roots share it.
    const all = readPhaseHistories(roots, io.env);
    for (const root of roots)
      histories.set(
        root,
        all.then((m) => m.get(root) ?? { state: 'none', changes: new Map() }),
      );
  });
  const cases: PortfolioCase[] = [];
  const findings: PortfolioInput['findings'][number][] = [];
  const states: GitHistoryState[] = [];
  const shallow: ReportRun['shallow'] = [];
  for (const repo of checked) {
    const history = (await histories.get(repo.root)) ?? { state: 'none', changes: new Map() };
    states.push(history.state);
    if (history.state === 'shallow') shallow.push({ root: relativeTo(cwd, repo.root), partial: history.partial === true });
    const gitOf = changesByPath(repo.root, history);
    for (const { result, absolute } of repo.files) {
      findings.push(...result.findings);
      if (result.kind !== 'case') continue;
      cases.push(portfolioCase(result.file, result.summary, repo.policy.staleAfterDays, gitOf(absolute)));
    }
  }
  return { report: computePortfolio({ today: args.today ?? today, cases, findings, git: combinedState(states) }), shallow, docs: policyDocs(checked) };
}

/** A case's change by its path; git names real paths, so a root reached through a link is mapped. */
function changesByPath(root: string, history: PhaseHistory): (absolute: string) => GitPhaseChange | undefined {
  if (history.changes.size === 0) return () => undefined;
  let real = root;
  try {
    real = fs.realpathSync(root);
  } catch {
    // The root was just scanned; should it vanish, the paths as given are all there is.
  }
  if (real === root) return (absolute) => history.changes.get(absolute);
  return (absolute) => history.changes.get(absolute) ?? (absolute.startsWith(root) ? history.changes.get(real + absolute.slice(root.length)) : undefined);
}

/** The one line a shallow or partial clone earns: phase dates then come from the files alone. */
export function shallowNote({ root, partial }: ReportRun['shallow'][number], locale: Locale): string {
  if (partial)
    return locale === 'sv'
      ? `casefile: ${root} är en partiell klon (filinnehåll hämtas vid behov): fasdatum från git används inte; en fullständig klon har dem`
      : `casefile: ${root} is a partial clone (file contents fetched on demand): phase dates from git are not used; a full clone has them`;
  return locale === 'sv'
    ? `casefile: ${root} är en grund klon: fasdatum från git används inte; hämta historiken, t.ex. \`fetch-depth: 0\` i actions/checkout (GitHub Actions) eller \`GIT_DEPTH: 0\` (GitLab CI)`
    : `casefile: ${root} is a shallow clone: phase dates from git are not used; fetch the history, e.g. \`fetch-depth: 0\` in actions/checkout (GitHub Actions) or \`GIT_DEPTH: 0\` (GitLab CI)`;
}
