// participant-consent → `consent.procedure`; need-announcement-open → `announcement.channel` and
// `.published`. Both complete a top-level mapping: created where the schema's key order puts it, or
// only its missing (or empty) keys added, so what the case already says stays as written.
import { isMap, isScalar } from 'yaml';
import { given, isObj } from '../../model';
import { nodeAt, type ParsedYaml } from '../../parse';
import { DATE_PLACEHOLDER, marked, PACK_PLACEHOLDERS } from '../../placeholders';
import type { TextEdit } from '../types';
import { addTopLevelKey, contentEnd, setKey } from '../yaml-edit';
import { CASE_KEY_ORDER, fix, pick, type FixBuilder } from './shared';

const { procedure: PROCEDURE, form: FORM, channel: CHANNEL } = PACK_PLACEHOLDERS;

export const addConsent: FixBuilder = (parsed, finding, ctx) => {
  // `form` is asked for in a new mapping only; an existing one keeps what it has.
  const edit = completeMapping(parsed, 'consent', [
    ['procedure', PROCEDURE, true],
    ['form', FORM, false],
  ]);
  return fix('add-consent', pick(ctx.locale, 'Add a consent procedure', 'Lägg till en samtyckesrutin'), edit, finding);
};

export const addAnnouncement: FixBuilder = (parsed, finding, ctx) => {
  const edit = completeMapping(parsed, 'announcement', [
    ['channel', CHANNEL, true],
    ['published', DATE_PLACEHOLDER, true],
  ]);
  const title = pick(ctx.locale, "Add the announcement's channel and publication date", 'Lägg till annonsens kanal och publiceringsdatum');
  return fix('add-announcement', title, edit, finding);
};

/** Key, placeholder, and whether it is added to an existing mapping that lacks it. */
type Entry = [key: string, placeholder: string, required: boolean];

/**
 * The edit that gives the top-level mapping `key` its entries: the whole mapping where `key` is missing
 * or empty; otherwise only the required entries it lacks or has empty, the rest as written.
 */
function completeMapping(parsed: ParsedYaml, key: string, entries: Entry[]): TextEdit | undefined {
  const located = nodeAt(parsed.doc, [key]);
  const block = entries.map(([k, v]) => `${k}: ${marked(v)}`);
  const flow = `{ ${block.join(', ')} }`;
  if (!located) return addTopLevelKey(parsed, key, { block, flow }, CASE_KEY_ORDER);
  const node = located.node;
  if (node === null || (isScalar(node) && node.value === null)) return setKey(parsed, [], key, flow); // `key:` or `key: ~`
  if (!isMap(node) || !node.range) return undefined; // another type: the schema's finding, not this fix's
  if (node.items.length === 0) {
    // `key: {}`: replaced whole, since each entry alone would pad the braces.
    const [start, end] = node.range;
    return { offset: start, endOffset: contentEnd(parsed.text, end, start), newText: flow };
  }
  const value = isObj(parsed.value) && isObj(parsed.value[key]) ? parsed.value[key] : {};
  const edits = entries.filter(([k, , required]) => required && !given(value[k])).map(([k, v]) => setKey(parsed, [key], k, marked(v)));
  if (edits.some((e) => e === undefined)) return undefined; // e.g. a key holding a list
  return joined(parsed.text, edits as TextEdit[]);
}

/**
 * The edits as one, so the placeholders are one snippet's tab stops: new entries all go after the
 * mapping's last one (joined in order), and an empty value filled in before them is joined with the
 * text between kept as it is.
 */
function joined(text: string, edits: TextEdit[]): TextEdit | undefined {
  if (edits.length === 0) return undefined;
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let out = sorted[0]!;
  for (const e of sorted.slice(1)) {
    out = { offset: out.offset, endOffset: e.endOffset, newText: out.newText + text.slice(out.endOffset, e.offset) + e.newText };
  }
  return out;
}
