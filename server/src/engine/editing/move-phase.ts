// The "move to next/previous phase" command: one edit list that changes the `phase` value and appends
// the `log` entry recording the move (spec section 9), refused (with the reason in both languages)
// when the next phase's gate is not met. Moving back is never gated, and is logged too: the case
// entered that phase again.
import { isScalar } from 'yaml';
import { unmetGate } from '../gates';
import { PHASES, type CaseData, type Phase } from '../model';
import { nodeAt, type ParsedYaml } from '../parse';
import type { Locale, Localized } from '../types';
import { enumTitle } from './schema-docs';
import type { TextEdit } from './types';
import { appendItem, replaceScalar, scalarText } from './yaml-edit';

export type MovePhaseOutcome = { edits: TextEdit[]; phase: string } | { refused: Localized };

export interface MovePhaseOptions {
  /** YYYY-MM-DD: the log entry's date. */
  today: string;
  /** The language of the log entry's event text. */
  locale: Locale;
  /** The phase the user chose (a menu names it): refused when the step leads elsewhere (the file changed meanwhile). */
  to?: string;
}

export function movePhase(parsed: ParsedYaml, direction: 'next' | 'previous', options: MovePhaseOptions): MovePhaseOutcome {
  if (parsed.problems.length > 0 || parsed.value === undefined) {
    return { refused: { en: 'The file does not parse as YAML; fix the syntax first.', sv: 'Filen går inte att läsa som YAML; rätta syntaxen först.' } };
  }
  const node = nodeAt(parsed.doc, ['phase'])?.node;
  const current = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
  const at = PHASES.indexOf(current as Phase);
  if (current === undefined || at < 0) {
    return {
      refused: {
        en: `The case has no valid phase; set phase to one of ${PHASES.join(', ')}.`,
        sv: `Ärendet har ingen giltig fas; ange phase som en av ${PHASES.join(', ')}.`,
      },
    };
  }
  const target = PHASES[direction === 'next' ? at + 1 : at - 1];
  if (!target) {
    const [en, sv] = [named(current, 'en'), named(current, 'sv')];
    return direction === 'next'
      ? { refused: { en: `The case is in ${en}, the last phase; there is no next phase.`, sv: `Ärendet är i fasen ${sv}, den sista; det finns ingen nästa fas.` } }
      : { refused: { en: `The case is in ${en}, the first phase; there is no previous phase.`, sv: `Ärendet är i fasen ${sv}, den första; det finns ingen föregående fas.` } };
  }
  if (options.to !== undefined && options.to !== target) {
    return {
      refused: {
        en: `The case is in ${named(current, 'en')} now, so it cannot move to ${named(options.to, 'en')} in one step; nothing was changed.`,
        sv: `Ärendet är nu i fasen ${named(current, 'sv')} och kan inte flyttas till ${named(options.to, 'sv')} i ett steg; inget ändrades.`,
      },
    };
  }
  if (direction === 'next') {
    const missing = unmetGate({ ...(parsed.value as CaseData), phase: target }, target);
    if (missing.length > 0) {
      const fields = missing.map((m) => gateFieldText(m.field));
      const many = fields.length > 1;
      return {
        refused: {
          en: `Cannot move to ${named(target, 'en')}: ${list(fields, 'and')} ${many ? 'are' : 'is'} missing.`,
          sv: `Kan inte flytta till ${named(target, 'sv')}: ${list(fields, 'och')} saknas.`,
        },
      };
    }
  }
  const edit = replaceScalar(parsed, ['phase'], target);
  if (!edit) return { refused: { en: 'The phase value could not be edited.', sv: 'Värdet i phase gick inte att ändra.' } };
  const logged = appendItem(parsed, 'log', logEntry(current, target, options));
  if (!logged) {
    return { refused: { en: 'The log is not a list, so the move cannot be logged; fix log first.', sv: 'Loggen är ingen lista, så flytten kan inte loggas; rätta log först.' } };
  }
  return { edits: [edit, logged], phase: target };
}

/** A gate's field as the user must write it: `need.verified` must be `true`, the others only present. */
export function gateFieldText(field: string): string {
  return field === 'need.verified' ? 'need.verified: true' : field;
}

/** `{ date, event, phase }`: the move in the UI language, with the phases' titles from the schema. */
function logEntry(from: string, to: string, { today, locale }: MovePhaseOptions) {
  const title = (phase: string) => enumTitle('case', ['phase'], phase, locale) ?? phase;
  const event = `${locale === 'sv' ? 'Fas' : 'Phase'}: ${title(from)} → ${title(to)}`;
  return {
    block: [`- date: ${today}`, `  event: ${scalarText(event)}`, `  phase: ${to}`],
    flow: `{ date: ${today}, event: ${scalarText(event, { flow: true })}, phase: ${to} }`,
  };
}

/** The phase as users know it, with its id: `Project execution (execution)`; labels from the schema's enum docs. */
function named(phase: string, locale: Locale): string {
  const title = enumTitle('case', ['phase'], phase, locale);
  return title ? `${title} (${phase})` : phase;
}

export function list(items: string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
