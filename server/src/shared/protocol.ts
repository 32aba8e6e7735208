// The custom messages between the client and the language server, typed once for both ends: the
// client's bundle imports this file, so it holds types and message types only, no server code.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';

export interface CaseEntry {
  /** file:// URI of the case file. */
  uri: string;
  id?: string;
  title?: string;
  kind?: string;
  /** One of needs, planning, execution, result, closed; undefined when missing or unknown. */
  phase?: string;
  errors: number;
  warnings: number;
  infos: number;
  /** When the case entered its phase (spec section 9) and where that date came from; not for closed cases. */
  since?: string;
  days?: number;
  source?: 'log' | 'git' | 'opened';
  /** True when stale-case would report the case (whatever its severity in the policy). */
  stale?: boolean;
  /** With `stale`: the days since the last activity (opened or a log date), and the policy's limit. */
  inactiveDays?: number;
  staleAfterDays?: number;
}

export interface CaseIndex {
  cases: CaseEntry[];
  /** Counts over every checked file of the workspace (cases, casefile.yaml, directory.yaml). */
  errors: number;
  warnings: number;
  infos: number;
  /** ISO time of the last validation; undefined before the first. */
  validatedAt?: string;
}

/** Request: the case index of the whole workspace (open and closed files). */
export const INDEX_REQUEST = new RequestType0<CaseIndex, void>('casefile/index');

export interface IndexChangedParams {
  errors: number;
  warnings: number;
  infos: number;
  validatedAt?: string;
}
/** Notification, server → client: the index changed; the client asks again. */
export const INDEX_CHANGED_NOTIFICATION = new NotificationType<IndexChangedParams>('casefile/indexChanged');

export type PhaseDirection = 'next' | 'previous';
export interface MovePhaseParams {
  uri: string;
  direction: PhaseDirection;
  /** The phase the user chose (a menu named it): refused when the step leads elsewhere. */
  to?: string;
}
/** `applied: false` comes with a message in the UI language naming the reason (e.g. the unmet gate). */
export interface MovePhaseResult {
  applied: boolean;
  message?: string;
  /** The phase the case is in afterwards. */
  phase?: string;
  /** With `applied`: the errors and warnings the move added (what the new phase asks for that is missing). */
  problems?: MoveProblem[];
}
/** A finding the moved text has and the text before it lacked; line and column 1-based (UTF-16 columns). */
export interface MoveProblem {
  rule: string;
  message: string;
  severity: 'error' | 'warning';
  line: number;
  column: number;
}
/** Request: move a case one phase on or back; the server edits the file with workspace/applyEdit. */
export const MOVE_PHASE_REQUEST = new RequestType<MovePhaseParams, MovePhaseResult, void>('casefile/movePhase');

export interface NewCaseProposalParams {
  kind: string;
}
export interface NewCaseProposal {
  /** A free id in the style of the repository's ids, e.g. VGR-2026-031. */
  id: string;
  /** file:// URI of the folder the new file goes in. */
  folder: string;
}
/** Request: propose an id and folder for a new case of a kind. */
export const NEW_CASE_PROPOSAL_REQUEST = new RequestType<NewCaseProposalParams, NewCaseProposal, void>('casefile/newCaseProposal');

export interface NewCaseParams {
  kind: string;
  id: string;
  title: string;
  /** The client inserts the skeleton itself as a snippet (its placeholders tab stops): the server only creates the empty file. */
  snippet?: boolean;
}
export interface NewCaseResult {
  /** file:// URI of the created file; undefined when it could not be created (message says why). */
  uri?: string;
  message?: string;
  /** With `snippet` asked for: the skeleton in VS Code's snippet syntax, for the client to insert at the start of the file. */
  snippet?: string;
}
/** Request: create a case file from the kind's skeleton (server edit: createFile + insert). */
export const NEW_CASE_REQUEST = new RequestType<NewCaseParams, NewCaseResult, void>('casefile/newCase');

export interface PortfolioParams {
  /** The webview's CSP nonce for its one style and its one script. */
  nonce: string;
}
export interface PortfolioResult {
  /** The whole document for the webview, in the UI language, with a strict Content-Security-Policy. */
  html: string;
}
/** Request: the portfolio report of the workspace as HTML for the Portfolio webview (built by the server). */
export const PORTFOLIO_REQUEST = new RequestType<PortfolioParams, PortfolioResult, void>('casefile/portfolio');
/** What the webview's script posts when a case is clicked: the case file's URI, as the report gave it. */
export interface PortfolioMessage {
  open: string;
}

/** What the client sends in initializationOptions. */
export interface InitOptions {
  /** UI language of VS Code: en or sv (anything starting with sv is Swedish). */
  locale?: string;
  /** True when Red Hat's YAML extension is active: it already reports YAML syntax errors in casefile.yaml and directory.yaml. */
  yamlExtensionActive?: boolean;
  /**
   * False in a workspace VS Code does not trust: the server then never runs git (a repository's
   * config can name programs for git to run). Absent means trusted (editors without workspace trust).
   */
  workspaceTrusted?: boolean;
  /**
   * Where the client opens rule pages from a diagnostic's code link: a base (`<base>/<rule>.md`) or a
   * `{rule}` template, e.g. the extension's URI handler for its bundled pages. The `casefile.docsUrl`
   * setting wins over it; absent, links go to the project's web pages.
   */
  docsLink?: string;
  /**
   * The same for the hover's link, where the editor drops links of its own URI scheme: e.g. a
   * `command:` link the client trusts. Absent: `docsLink`.
   */
  hoverDocsLink?: string;
}

/**
 * Client command a quick fix runs after its edit: select a placeholder (e.g. REASON) to type over.
 * Arguments: the document URI and an LSP range.
 */
export const SELECT_RANGE_COMMAND = 'casefile.selectRange';

/**
 * Client command that moves a case one phase on (the palette's Move to Next Phase); the phase code
 * lens runs it. Arguments: the document URI as a string and, optionally, the phase the lens named
 * (the move is refused if the case would go elsewhere).
 */
export const MOVE_PHASE_NEXT_COMMAND = 'casefile.movePhaseNext';
export interface TemplateParams {
  /** `policy` (casefile.yaml) or `directory` (directory.yaml). */
  kind: 'policy' | 'directory';
  /** file:// URI of the workspace folder it is for: the file goes to that folder's repository root. */
  folder?: string;
}
export interface TemplateResult {
  /** The file's name at the repository root; empty for an unknown kind. */
  file: string;
  /** file:// URI of the file at the repository root (as `casefile check` finds it) of the folder given. */
  uri?: string;
  /** The commented template in the UI language, to write as it is. */
  text: string;
}
/** Request: a commented starting casefile.yaml or directory.yaml (the walkthrough's commands write it). */
export const TEMPLATE_REQUEST = new RequestType<TemplateParams, TemplateResult, void>('casefile/template');
