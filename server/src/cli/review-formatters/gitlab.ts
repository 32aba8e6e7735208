// A GitLab Code Quality report of the findings a change adds, with the fingerprints check gives them.
import { gitlabIssues } from '../formatters/gitlab';
import type { ReviewFormatter } from './types';

export const gitlab: ReviewFormatter = (report) => gitlabIssues(report.findings.new);
