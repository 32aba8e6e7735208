// The Action's sticky pull-request comment (server/src/ci/pr-comment.ts): the pure parts directly,
// and the built bundle dist/pr-comment.js as a child process against a local server that plays the
// GitHub API, asserting on exactly the requests it receives.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT_LOGIN, commandMessage, commentBody, findOurs, isOurs, MARKER, MAX_BODY, nextLink, pullRequestNumber, type Comment } from '../../server/src/ci/pr-comment';

const ROOT = path.resolve(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'pr-comment.js');
const TOKEN = 'ghs_secret-token-0123456789';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-pr-comment-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const bot = { login: BOT_LOGIN, type: 'Bot' };
const REVIEW = `${MARKER}\n## Casefile review\n\n1 new error.\n`;

it('imports only Node itself, so that its bundle stays small', () => {
  const dir = path.join(ROOT, 'server', 'src', 'ci');
  const imports = fs.readdirSync(dir).flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]!));
  expect(imports.length).toBeGreaterThan(0);
  expect(imports.filter((m) => !m.startsWith('node:') && m !== './pr-comment')).toEqual([]);
});

describe('the pure parts', () => {
  it('takes as ours only a marker comment by the workflow bot', () => {
    expect(isOurs({ id: 1, body: REVIEW, user: bot })).toBe(true);
    expect(isOurs({ id: 2, body: REVIEW, user: { login: 'mallory', type: 'User' } })).toBe(false);
    expect(isOurs({ id: 3, body: REVIEW, user: { login: 'other[bot]', type: 'Bot' } })).toBe(false);
    expect(isOurs({ id: 4, body: REVIEW, user: { login: BOT_LOGIN, type: 'User' } })).toBe(false);
    expect(isOurs({ id: 5, body: `Quoting:\n${REVIEW}`, user: bot })).toBe(false);
    expect(isOurs({ id: 6, body: null, user: bot })).toBe(false);
    expect(isOurs({ id: 7, body: REVIEW, user: null })).toBe(false);
    const comments: Comment[] = [
      { id: 10, body: REVIEW, user: { login: 'mallory', type: 'User' } },
      { id: 11, body: 'LGTM', user: bot },
      { id: 12, body: REVIEW, user: bot },
      { id: 13, body: REVIEW, user: bot },
    ];
    expect(findOurs(comments)?.id).toBe(12);
    expect(findOurs(comments.slice(0, 2))).toBeUndefined();
  });

  it('finds the next page in a Link header', () => {
    const api = 'https://api.github.com/repositories/1/issues/7/comments';
    expect(nextLink(`<${api}?page=2>; rel="next", <${api}?page=3>; rel="last"`)).toBe(`${api}?page=2`);
    expect(nextLink(`<${api}?page=1>; rel="prev", <${api}?page=3>; rel="next"`)).toBe(`${api}?page=3`);
    expect(nextLink(`<${api}?page=1>; rel="first", <${api}?page=2>; rel="prev"`)).toBeUndefined();
    expect(nextLink(`<${api}?page=4>;rel=next`)).toBe(`${api}?page=4`);
    expect(nextLink(`<${api}?page=5>; title="x"; rel="last next"`)).toBe(`${api}?page=5`);
    expect(nextLink(`<${api}?page=6>; rel="nextish"`)).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
    expect(nextLink('')).toBeUndefined();
  });

  it('starts the body with the marker and bounds it to GitHub’s limit', () => {
    expect(commentBody(REVIEW)).toBe(REVIEW);
    expect(commentBody('no marker\r\n')).toBe(`${MARKER}\nno marker\n`);
    const long = commentBody(`${MARKER}\n${'x'.repeat(70_000)}`);
    expect(long.length).toBeLessThanOrEqual(MAX_BODY);
    expect(long.startsWith(`${MARKER}\nxxx`)).toBe(true);
    expect(long).toMatch(/the whole review is in the job summary\.\*\n$/);
    // An emoji across the cut is not split into half a surrogate pair.
    const emoji = commentBody(`${MARKER}\n${'😀'.repeat(40_000)}`);
    expect(emoji.length).toBeLessThanOrEqual(MAX_BODY);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('reads the pull request number from the event', () => {
    expect(pullRequestNumber({ pull_request: { number: 7 } })).toBe(7);
    expect(pullRequestNumber({ issue: { number: 8, pull_request: { url: 'x' } } })).toBe(8);
    expect(pullRequestNumber({ issue: { number: 9 } })).toBeUndefined();
    expect(pullRequestNumber({ ref: 'refs/heads/main' })).toBeUndefined();
    expect(pullRequestNumber({ pull_request: { number: '7' } })).toBeUndefined();
    expect(pullRequestNumber(null)).toBeUndefined();
  });

  it('escapes workflow-command messages so no line starts another command', () => {
    expect(commandMessage('a%b\r\n::error::x')).toBe('a%25b%0D%0A::error::x');
  });
});

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  accept: string | undefined;
  apiVersion: string | undefined;
  userAgent: string | undefined;
  body: unknown;
}

/** Plays the GitHub API for one pull request of acme/cases: pages of PAGE comments, create, update. */
class FakeGitHub {
  static readonly PAGE = 2;
  comments: Comment[] = [];
  received: Received[] = [];
  /** HTTP status to answer a method with, instead of doing it. */
  fail: Record<string, number> = {};
  failHeaders: Record<string, string> = {};
  /** Where the Link header's URLs point; another origin tests that the token stays home. */
  linkOrigin = '';
  /** The API's own path, as on GitHub Enterprise Server (/api/v3). */
  prefix = '';
  private nextId = 1000;
  private readonly server = http.createServer((req, res) => void this.handle(req, res));

  async start(): Promise<string> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    const origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.linkOrigin = origin;
    return origin;
  }

  async stop(): Promise<void> {
    this.server.close();
    await once(this.server, 'close');
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? '';
    this.received.push({
      method,
      url: req.url ?? '',
      authorization: req.headers.authorization,
      accept: req.headers.accept,
      apiVersion: req.headers['x-github-api-version'] as string | undefined,
      userAgent: req.headers['user-agent'],
      body: text ? JSON.parse(text) : undefined,
    });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    if (this.fail[method]) return send(this.fail[method], { message: method === 'GET' ? 'Server Error' : 'Resource not accessible by integration' }, this.failHeaders);
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(`${this.prefix}/`)) return send(404, { message: 'Not Found' });
    url.pathname = url.pathname.slice(this.prefix.length);
    // GitHub's own Link URLs name the repository by id; both spellings reach the same list.
    if (method === 'GET' && /^\/(repos\/acme\/cases|repositories\/42)\/issues\/7\/comments$/.test(url.pathname)) {
      const page = Number(url.searchParams.get('page') ?? '1');
      const pages = Math.max(1, Math.ceil(this.comments.length / FakeGitHub.PAGE));
      const link = (p: number) => `<${this.linkOrigin}${this.prefix}/repositories/42/issues/7/comments?per_page=100&page=${p}>`;
      const rels = [...(page < pages ? [`${link(page + 1)}; rel="next"`, `${link(pages)}; rel="last"`] : []), ...(page > 1 ? [`${link(1)}; rel="first"`] : [])];
      return send(200, this.comments.slice((page - 1) * FakeGitHub.PAGE, page * FakeGitHub.PAGE), rels.length ? { link: rels.join(', ') } : {});
    }
    if (method === 'POST' && url.pathname === '/repos/acme/cases/issues/7/comments') {
      const comment = { id: this.nextId++, body: (JSON.parse(text) as { body: string }).body, user: bot };
      this.comments.push(comment);
      return send(201, comment);
    }
    const patch = /^\/repos\/acme\/cases\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const target = patch && this.comments.find((c) => c.id === Number(patch[1]));
    if (method === 'PATCH' && target) {
      target.body = (JSON.parse(text) as { body: string }).body;
      return send(200, target);
    }
    send(404, { message: 'Not Found' });
  }
}

describe('dist/pr-comment.js against a local API', () => {
  let github: FakeGitHub;
  let api: string;
  const reviewFile = path.join(dir, 'review.md');
  const eventFile = path.join(dir, 'event.json');
  const summaryFile = path.join(dir, 'summary.md');
  const SUMMARY = `${REVIEW}\nwritten by the action before the comment step\n`;

  beforeEach(async () => {
    github = new FakeGitHub();
    api = await github.start();
    fs.writeFileSync(reviewFile, REVIEW);
    fs.writeFileSync(eventFile, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7 } }));
    fs.writeFileSync(summaryFile, SUMMARY);
  });
  afterEach(() => github.stop());

  async function runBundle(env: Record<string, string> = {}) {
    const child = spawn(process.execPath, [BUNDLE, reviewFile], {
      env: {
        PATH: process.env.PATH,
        GITHUB_TOKEN: TOKEN,
        GITHUB_REPOSITORY: 'acme/cases',
        GITHUB_API_URL: api,
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const [code] = (await once(child, 'close')) as [number];
    // Never the token, whatever happened.
    expect(stdout + stderr).not.toContain(TOKEN);
    return { code, stdout, stderr };
  }

  /** Three pages: comments with the marker by others on pages 1 and 2, ours (when given) on page 3. */
  function threePages(ours?: string): Comment[] {
    const comments: Comment[] = [
      { id: 1, body: 'Looks good', user: { login: 'anna', type: 'User' } },
      { id: 2, body: `${MARKER}\nfake review by a person`, user: { login: 'mallory', type: 'User' } },
      { id: 3, body: `${MARKER}\nanother bot's review`, user: { login: 'renovate[bot]', type: 'Bot' } },
      { id: 4, body: 'Please fix the anchoring', user: { login: 'bo', type: 'User' } },
      { id: 5, body: ours ?? 'Fixed.', user: ours ? bot : { login: 'anna', type: 'User' } },
    ];
    github.comments = comments;
    return structuredClone(comments);
  }

  const listed = (page: number) => (page === 1 ? '/repos/acme/cases/issues/7/comments?per_page=100' : `/repositories/42/issues/7/comments?per_page=100&page=${page}`);

  it('updates our comment on page 3, and touches no other comment', async () => {
    const before = threePages(`${MARKER}\nthe previous review`);
    const run = await runBundle();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('updated comment 5 on pull request #7');
    expect(github.received.map((r) => `${r.method} ${r.url}`)).toEqual(['GET ' + listed(1), 'GET ' + listed(2), 'GET ' + listed(3), 'PATCH /repos/acme/cases/issues/comments/5']);
    expect(github.received[3]!.body).toEqual({ body: REVIEW });
    for (const r of github.received) {
      expect(r.authorization).toBe(`Bearer ${TOKEN}`);
      expect(r.accept).toBe('application/vnd.github+json');
      expect(r.apiVersion).toBe('2022-11-28');
      expect(r.userAgent).toMatch(/^casefile-pr-comment\//);
    }
    expect(github.comments.slice(0, 4)).toEqual(before.slice(0, 4));
    expect(github.comments[4]!.body).toBe(REVIEW);
  });

  it('keeps the path of GITHUB_API_URL, as on GitHub Enterprise Server', async () => {
    threePages(`${MARKER}\nold`);
    github.prefix = '/api/v3';
    const run = await runBundle({ GITHUB_API_URL: `${api}/api/v3/` });
    expect(run.code).toBe(0);
    expect(github.received.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/v3' + listed(1),
      'GET /api/v3' + listed(2),
      'GET /api/v3' + listed(3),
      'PATCH /api/v3/repos/acme/cases/issues/comments/5',
    ]);
  });

  it('does not update a comment whose body is already the review', async () => {
    threePages(REVIEW);
    const run = await runBundle();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('comment 5 on pull request #7 is up to date');
    expect(github.received.map((r) => r.method)).toEqual(['GET', 'GET', 'GET']);
  });

  it('posts one comment when there is none of ours, even among marker comments by others', async () => {
    const before = threePages();
    const run = await runBundle();
    expect(run.code).toBe(0);
    expect(github.received.map((r) => `${r.method} ${r.url}`)).toEqual(['GET ' + listed(1), 'GET ' + listed(2), 'GET ' + listed(3), 'POST /repos/acme/cases/issues/7/comments']);
    expect(github.received[3]!.body).toEqual({ body: REVIEW });
    expect(github.comments.slice(0, 5)).toEqual(before);
    expect(github.comments).toHaveLength(6);
  });

  it('posts on a pull request without comments, and updates that comment next time', async () => {
    const first = await runBundle();
    expect(first.code).toBe(0);
    expect(github.received.map((r) => `${r.method} ${r.url}`)).toEqual(['GET ' + listed(1), 'POST /repos/acme/cases/issues/7/comments']);
    const id = github.comments[0]!.id;
    github.received = [];
    fs.writeFileSync(reviewFile, `${MARKER}\n## Casefile review\n\nNo new errors.\n`);
    const second = await runBundle();
    expect(second.code).toBe(0);
    expect(github.received.map((r) => `${r.method} ${r.url}`)).toEqual(['GET ' + listed(1), `PATCH /repos/acme/cases/issues/comments/${id}`]);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toBe(`${MARKER}\n## Casefile review\n\nNo new errors.\n`);
  });

  for (const method of ['POST', 'PATCH']) {
    it(`a 403 on ${method} (a fork's read-only token) warns why, exits 0 and leaves the summary alone`, async () => {
      threePages(method === 'PATCH' ? `${MARKER}\nold` : undefined);
      github.fail[method] = 403;
      const run = await runBundle();
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /^::warning title=Casefile::No review comment was posted \(.*HTTP 403: Resource not accessible by integration\).*pull requests from forks get a read-only token/m,
      );
      expect(run.stdout).toContain('The review is in the job summary.');
      expect(github.received.filter((r) => r.method === method)).toHaveLength(1);
      expect(fs.readFileSync(summaryFile, 'utf8')).toBe(SUMMARY);
    });
  }

  it('a 403 of a rate limit says so', async () => {
    github.fail.GET = 403;
    github.failHeaders = { 'x-ratelimit-remaining': '0' };
    const run = await runBundle();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::warning title=Casefile::No review comment was posted \(.*HTTP 403.*\): the API rate limit is used up for now\./m);
  });

  it('a 404 warns and exits 0', async () => {
    github.fail.GET = 404;
    const run = await runBundle();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::warning title=Casefile::No review comment was posted \(GET .* answered HTTP 404.*cannot see this repository/m);
  });

  it('a 500 is a failure, reported as an error', async () => {
    threePages();
    github.fail.GET = 500;
    const run = await runBundle();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error title=Casefile::the review comment failed: GET \/repos\/acme\/cases\/issues\/7\/comments answered HTTP 500: Server Error$/m);
    expect(github.received).toHaveLength(1);
  });

  it('never follows a Link header to another origin with the token', async () => {
    threePages();
    github.linkOrigin = 'http://localhost:1';
    const run = await runBundle();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error title=Casefile::.*refusing to send the token to http:\/\/localhost:1/m);
    expect(github.received).toHaveLength(1);
  });

  it('outside a pull request it makes no request', async () => {
    fs.writeFileSync(eventFile, JSON.stringify({ ref: 'refs/heads/main' }));
    const run = await runBundle();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('not a pull request event');
    expect(github.received).toEqual([]);
  });

  it('without a token it fails with a message', async () => {
    const run = await runBundle({ GITHUB_TOKEN: '' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error title=Casefile::GITHUB_TOKEN is not set');
    expect(github.received).toEqual([]);
  });
});
