// What review formatters are given besides the report.
import type { ReviewReport } from '../../engine/review/types';
import type { FormatOptions } from '../report';

export interface ReviewFormatOptions extends FormatOptions {
  /** --fail-on: what fails the run, so the verdict says what matters. */
  failOn: 'new' | 'any' | 'none';
}

export type ReviewFormatter = (report: ReviewReport, options: ReviewFormatOptions) => string;
