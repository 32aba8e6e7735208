// Where a rule's documentation lives; the SARIF helpUri and the editor's code link point here.
export const DOCS_BASE = 'https://github.com/casefile/casefile/blob/main/docs/rules/';

export function docsUrl(rule: string): string {
  return `${DOCS_BASE}${rule}.md`;
}
