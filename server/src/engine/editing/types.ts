// What the editing features compute: plain data with UTF-16 offsets into the document text.
// The language server maps these to LSP; nothing here knows about LSP or VS Code.
import type { Directory } from '../directory';
import type { DocsLink } from '../docs';
import type { Policy } from '../policy';
import type { CaseFileKind, Finding, Locale } from '../types';

/** Replace text[offset, endOffset) by newText. Edits of one change never overlap. */
export interface TextEdit {
  offset: number;
  endOffset: number;
  newText: string;
  /** The same text as a snippet where it holds placeholders to type over (tab stops); see placeholders.ts. */
  snippet?: string;
}

/** What the editing features know besides the text. */
export interface EditingContext {
  kind: CaseFileKind;
  locale: Locale;
  policy: Policy;
  directory?: Directory;
  /** All cases of the repository (for links.related), as the index knows them. */
  cases: CaseRef[];
  /** Rule id → the link of its page; the project's web pages when not given. */
  docs?: DocsLink;
}

/** A case of the repository: its id, and its title, kind and phase where it has them. */
export interface CaseRef {
  id: string;
  title?: string;
  kind?: string;
  phase?: string;
}

export type CompletionKind = 'property' | 'value' | 'enum' | 'reference' | 'snippet';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** Short text beside the label (e.g. the Swedish term or the unit's name). */
  detail?: string;
  /** Markdown, in the context's locale. */
  documentation?: string;
  /** Text to insert; a snippet (with $1, ${1:x}) when `snippet` is true. */
  insertText: string;
  snippet?: boolean;
  /** The part of the text the entry replaces (the word typed so far). */
  replace: { offset: number; endOffset: number };
  sortText?: string;
  filterText?: string;
}

export interface HoverInfo {
  /** Markdown in the context's locale. */
  markdown: string;
  offset: number;
  endOffset: number;
}

/** What a fix asks the editor to do instead of editing: open the page of a rule. */
export interface FixCommand {
  command: 'show-rule-docs';
  rule: string;
}

export interface Fix {
  /** Stable id, e.g. `add-stakeholder`, `suppress`. */
  id: string;
  /** Title in the locale, e.g. Add stakeholder “legal”; plain text (no Markdown). */
  title: string;
  /** None for a fix that is a command. */
  edits: TextEdit[];
  /** Run by the editor instead of an edit (never automatic). */
  command?: FixCommand;
  /** The finding it fixes. */
  finding: Finding;
  preferred?: boolean;
  /** Needs no human input (fix-ids.ts), so "Fix all" may apply it. */
  auto?: boolean;
  /** A placeholder to select once the edits are made, as offsets in the edited text. */
  select?: { offset: number; endOffset: number };
}

export type OutlineKind = 'case' | 'phase' | 'section' | 'item' | 'field';

export interface OutlineNode {
  name: string;
  detail?: string;
  kind: OutlineKind;
  /** The whole node. */
  offset: number;
  endOffset: number;
  /** What to select and reveal (the key or the value). */
  selectionOffset: number;
  selectionEndOffset: number;
  children: OutlineNode[];
}
