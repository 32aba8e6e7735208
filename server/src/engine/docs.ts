// Where a rule's documentation lives: the SARIF helpUri, the HTML report's rule links, and the
// editor's code link and hover link. The default is the project's pages; an organisation's own
// (policy `docs_url`, setting `casefile.docsUrl`) or the extension's bundled pages replace it.
export const DOCS_BASE = 'https://github.com/casefile/casefile/blob/main/docs/rules/';

/**
 * An organisation's pages (policy `docs_url`, setting `casefile.docsUrl`): a web address, as the policy
 * schema's pattern. No spaces, quotes, brackets, braces (but `{rule}`), `<>`, `|`, `^` or backslashes:
 * the link goes into Markdown, HTML and SARIF, where those could end it and start markup.
 */
export const DOCS_URL_PATTERN = /^https?:\/\/(?:[^\s()<>"'`\\[\]{}|^]|\{rule\})+$/u;

/** Rule id → URL of its page. */
export type DocsLink = (rule: string) => string;

export function docsUrl(rule: string): string {
  return `${DOCS_BASE}${rule}.md`;
}

/**
 * The link of every rule from a base: with `{rule}` in it, the id goes there (for pages not named
 * `<rule>.md`, or a query); otherwise `<base>/<rule>.md`. No base (or a blank one) is the default.
 */
export function docsLink(base: string | undefined): DocsLink {
  const given = base?.trim();
  if (!given) return docsUrl;
  if (given.includes('{rule}')) return (rule) => given.replaceAll('{rule}', encodeURIComponent(rule));
  const folder = given.endsWith('/') ? given : `${given}/`;
  return (rule) => `${folder}${encodeURIComponent(rule)}.md`;
}
