// Keeps one sticky pull-request comment with the review: finds our own comment by its marker and
// author, updates it, creates it when there is none, and deletes nothing. Run by action.yml as
// `node dist/pr-comment.js <markdown-file>`. Its lines are CI log lines, in English only.
import { readFileSync } from 'node:fs';

declare const CASEFILE_VERSION: string;
const VERSION = typeof CASEFILE_VERSION === 'string' ? CASEFILE_VERSION : '0.0.0-dev';

export const MARKER = '<!-- casefile-review -->';
/** GitHub rejects comment bodies over 65,536 characters. */
export const MAX_BODY = 65_536;
/** The author of comments made with a workflow's GITHUB_TOKEN. */
export const BOT_LOGIN = 'github-actions[bot]';
/** 100 pages of 100 comments; a pull request with more is not worth more requests. */
const MAX_PAGES = 100;
const TRUNCATED = `\n\n---\n*The review was cut to fit GitHub's comment limit; the whole review is in the job summary.*\n`;

export interface Comment {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
}

/**
 * Ours: the body starts with the marker and the author is the workflow token's bot. The author
 * matters: anyone can write the marker, and a token that may edit comments may edit theirs too.
 */
export function isOurs(comment: Comment): boolean {
  return (comment.body ?? '').startsWith(MARKER) && comment.user?.type === 'Bot' && comment.user.login === BOT_LOGIN;
}

/** The first (oldest) of our comments; a second one, from two runs racing, is left alone. */
export function findOurs(comments: readonly Comment[]): Comment | undefined {
  return comments.find(isOurs);
}

/** The `rel="next"` target of an RFC 8288 Link header, as GitHub sends it for pagination. */
export function nextLink(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  for (const m of header.matchAll(/<([^>]*)>((?:\s*;\s*[^,;<]*)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(m[2]!);
    const values = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
    if (values.includes('next')) return m[1];
  }
  return undefined;
}

/** The body we post: starts with the marker (so the next run finds it) and fits GitHub's limit. */
export function commentBody(markdown: string): string {
  const text = markdown.replace(/\r\n/g, '\n');
  const body = text.startsWith(MARKER) ? text : `${MARKER}\n${text}`;
  if (body.length <= MAX_BODY) return body;
  let cut = MAX_BODY - TRUNCATED.length;
  // Never split a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(body[cut - 1]!)) cut--;
  return body.slice(0, cut) + TRUNCATED;
}

/** The pull request's number from the event payload: pull_request events, or issue_comment on a pull request. */
export function pullRequestNumber(event: unknown): number | undefined {
  const e = event as { pull_request?: { number?: unknown }; issue?: { number?: unknown; pull_request?: unknown } } | null;
  const n = e?.pull_request?.number ?? (e?.issue?.pull_request ? e.issue.number : undefined);
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** A workflow command's message, escaped so that no line of it can start another command. */
export function commandMessage(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export interface Log {
  info: (line: string) => void;
  warning: (line: string) => void;
  error: (line: string) => void;
}

const processLog: Log = {
  info: (line) => process.stdout.write(`${line}\n`),
  warning: (line) => process.stdout.write(`::warning title=Casefile::${commandMessage(line)}\n`),
  error: (line) => process.stdout.write(`::error title=Casefile::${commandMessage(line)}\n`),
};

class HttpError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly apiMessage: string,
    readonly rateLimited: boolean,
  ) {
    super(`${method} ${path} answered HTTP ${status}${apiMessage ? `: ${apiMessage}` : ''}`);
  }
}

interface Api {
  request<T>(method: string, url: string, body?: unknown): Promise<{ data: T; link: string | null }>;
}

function githubApi(base: string, token: string): Api {
  const origin = new URL(base).origin;
  return {
    async request<T>(method: string, url: string, body?: unknown) {
      // A path is appended to the base, which has a path of its own on GitHub Enterprise Server (/api/v3).
      const target = new URL(/^https?:/i.test(url) ? url : `${base.replace(/\/+$/, '')}${url}`);
      // The token goes only to the API's own origin, also when a Link header points elsewhere.
      if (target.origin !== origin) throw new Error(`refusing to send the token to ${target.origin} (the API is ${origin})`);
      const response = await fetch(target, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/vnd.github+json',
          'X-GitHub-Api-Version': '2022-11-28',
          'User-Agent': `casefile-pr-comment/${VERSION}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      if (!response.ok) {
        let message = '';
        try {
          message = String((JSON.parse(text) as { message?: unknown }).message ?? '');
        } catch {
          // Not JSON (a proxy's page): the status says enough.
        }
        throw new HttpError(
          method,
          target.pathname,
          response.status,
          message.slice(0, 300),
          response.headers.get('x-ratelimit-remaining') === '0' || response.headers.has('retry-after'),
        );
      }
      return { data: (text ? JSON.parse(text) : undefined) as T, link: response.headers.get('link') };
    },
  };
}

/** Every issue comment of the pull request, following the Link header page by page. */
async function listComments(api: Api, path: string): Promise<Comment[]> {
  const comments: Comment[] = [];
  let url: string | undefined = `${path}?per_page=100`;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const { data, link }: { data: Comment[]; link: string | null } = await api.request<Comment[]>('GET', url);
    if (!Array.isArray(data)) throw new Error(`GET ${path} did not answer with a list`);
    comments.push(...data);
    url = nextLink(link);
  }
  return comments;
}

/** Posts or updates the comment. Exit status: 0 done or not possible (with a warning), 1 a real failure. */
export async function run(argv: readonly string[], env: NodeJS.ProcessEnv, log: Log = processLog): Promise<number> {
  const [file] = argv;
  if (argv.length !== 1 || !file) {
    log.error('usage: node dist/pr-comment.js <markdown-file>');
    return 1;
  }
  const token = env.GITHUB_TOKEN;
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!token) {
    log.error('GITHUB_TOKEN is not set; the action passes the workflow token');
    return 1;
  }
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    log.error(`GITHUB_REPOSITORY must be owner/name, not '${repository}'`);
    return 1;
  }
  let markdown: string;
  let event: unknown;
  try {
    markdown = readFileSync(file, 'utf8');
    event = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : undefined;
  } catch (error) {
    log.error(`cannot read the review or the event: ${(error as Error).message}`);
    return 1;
  }
  const number = pullRequestNumber(event);
  if (number === undefined) {
    log.info('Casefile: not a pull request event, so no comment; the review is in the job summary.');
    return 0;
  }

  const api = githubApi(env.GITHUB_API_URL || 'https://api.github.com', token);
  const body = commentBody(markdown);
  const listPath = `/repos/${repository}/issues/${number}/comments`;
  try {
    const ours = findOurs(await listComments(api, listPath));
    if (!ours) {
      const { data } = await api.request<Comment>('POST', listPath, { body });
      log.info(`Casefile: posted the review as comment ${data?.id ?? '?'} on pull request #${number}.`);
    } else if ((ours.body ?? '').replace(/\r\n/g, '\n') === body) {
      log.info(`Casefile: comment ${ours.id} on pull request #${number} is up to date.`);
    } else {
      await api.request<Comment>('PATCH', `/repos/${repository}/issues/comments/${ours.id}`, { body });
      log.info(`Casefile: updated comment ${ours.id} on pull request #${number}.`);
    }
    return 0;
  } catch (error) {
    if (error instanceof HttpError && (error.status === 403 || error.status === 404)) {
      // Not this job's failure: the token may not comment here, and the summary holds the review.
      const why = error.rateLimited
        ? 'the API rate limit is used up for now'
        : error.status === 403
          ? "the token may not comment here: pull requests from forks get a read-only token, and otherwise the job needs 'permissions: pull-requests: write'"
          : 'the token cannot see this repository or pull request';
      log.warning(`No review comment was posted (${error.message}): ${why}. The review is in the job summary.`);
      return 0;
    }
    log.error(`the review comment failed: ${(error as Error).message}`);
    return 1;
  }
}
