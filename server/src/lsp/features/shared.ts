// What every editing feature starts from: the open document, parsed at its current version.
import type { Position, Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedYaml } from '../../engine/parse';
import type { EditingContext, TextEdit as EngineEdit } from '../../engine/editing';
import type { Finding } from '../../engine';
import { startsWithBom } from '../../engine/text';
import type { Entry, Repo } from '../../engine/workspace/indexed-repository';
import type { ServerContext } from '../context';

export interface EditingState {
  repo: Repo;
  entry: Entry;
  document: TextDocument;
  parsed: ParsedYaml;
  findings: Finding[];
  editing: EditingContext;
  positions: Positions;
}

export function editingState(ctx: ServerContext, uri: string): EditingState | undefined {
  ctx.flush(uri);
  const current = ctx.workspace.current(uri);
  const parsed = current?.entry.local.parsed;
  if (!current || !parsed) return undefined;
  const { repo, entry, document } = current;
  let cases: EditingContext['cases'] | undefined;
  const editing: EditingContext = {
    kind: entry.kind,
    locale: ctx.locale(),
    policy: repo.options.policy,
    directory: repo.options.directory,
    docs: ctx.docs?.(),
    // Only links.related completion reads the cases: build the list then, not on every request.
    get cases() {
      return (cases ??= repo.caseRefs());
    },
  };
  return { repo, entry, document, parsed, findings: entry.findings, editing, positions: new Positions(document) };
}

/**
 * Engine offsets count in the text the engine parsed, which has no byte-order mark; the
 * document may start with one.
 */
export class Positions {
  private readonly shift: number;

  constructor(private readonly document: Pick<TextDocument, 'getText' | 'positionAt' | 'offsetAt'>) {
    this.shift = startsWithBom(document.getText()) ? 1 : 0;
  }

  at(offset: number): Position {
    return this.document.positionAt(offset + this.shift);
  }

  range(offset: number, endOffset: number): Range {
    return { start: this.at(offset), end: this.at(Math.max(offset, endOffset)) };
  }

  offset(position: Position): number {
    return Math.max(0, this.document.offsetAt(position) - this.shift);
  }

  edits(edits: readonly EngineEdit[]): { range: Range; newText: string }[] {
    return edits.map((e) => ({ range: this.range(e.offset, e.endOffset), newText: e.newText }));
  }
}
