// STUB (helper "compute" replaces): the one computation of the portfolio report (spec section 11).
import type { PortfolioInput, PortfolioReport } from './types';

export function computePortfolio(input: PortfolioInput): PortfolioReport {
  void input;
  throw new Error('computePortfolio: not yet implemented');
}
