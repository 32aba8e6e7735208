// casefile/portfolio: the portfolio report of the workspace (spec section 11) as the Portfolio
// webview's document. The server computes and renders it; the client only shows the HTML.
import { portfolioCase } from '../../engine/portfolio/case';
import { computePortfolio } from '../../engine/portfolio/compute';
import { compareText } from '../../engine/text';
import type { PortfolioCase, PortfolioInput } from '../../engine/portfolio/types';
import type { Workspace } from '../../engine/workspace/editor-workspace';
import { portfolioHtml } from '../../html/portfolio';
import { PORTFOLIO_REQUEST, type PortfolioParams, type PortfolioResult } from '../../shared/protocol';
import type { Feature, ServerContext } from '../context';
import { combinedState, type PhaseHistories } from '../phase-histories';
import { staleLimit } from './index-request';

export const portfolioFeature: Feature = { capabilities: {}, register: registerPortfolio };

function registerPortfolio(ctx: ServerContext): void {
  ctx.connection.onRequest(PORTFOLIO_REQUEST, (params: PortfolioParams) =>
    ctx.guard<PortfolioResult>('portfolio', { html: '' }, async () => {
      // A report of the whole workspace: wait for indexing under way, and for git's history.
      await ctx.workspace.idle();
      const input = await portfolioInput(ctx.workspace, ctx.today(), ctx.histories);
      // Repository roots, so a case link's tooltip is its path in the repository, not a file:// URI.
      const roots = [...ctx.workspace.repos.values()].map((repo) => ctx.workspace.uriFor(repo.root));
      const webview = { nonce: String(params?.nonce ?? ''), roots };
      // Rule names link to the pages the editor opens (bundled, or the organisation's), as diagnostics do.
      return { html: portfolioHtml(computePortfolio(input), { locale: ctx.locale(), webview, docs: ctx.ruleLinks?.() }) };
    }),
  );
}

/** Every case of every repository, named by its file:// URI, and the findings of every file. */
export async function portfolioInput(workspace: Workspace, today: string, histories?: PhaseHistories): Promise<PortfolioInput> {
  const repos = [...workspace.repos.values()];
  const gits = await Promise.all(repos.map((repo) => histories?.current(repo.root)));
  const cases: PortfolioCase[] = [];
  const findings: PortfolioInput['findings'][number][] = [];
  repos.forEach((repo, n) => {
    const git = gits[n]?.changes;
    for (const e of repo.entries.values()) {
      findings.push(...e.findings);
      if (e.kind !== 'case') continue;
      cases.push(portfolioCase(workspace.uriFor(e.abs), e.local.summary, staleLimit(repo), git?.get(e.abs)));
    }
  });
  cases.sort((a, b) => compareText(a.file, b.file));
  return { today, cases, findings, git: combinedState(gits.map((g) => g?.state)) };
}
