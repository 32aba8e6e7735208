// missing-agreement → a draft of the type, from its snippet in snippets/agreements.json. The parties
// are the organisation (policy) and the requester where known; lines that would hold today's date
// are left out, since a fix does not invent dates.
import { isObj, items, str } from '../../model';
import { agreementSnippet, bodyText, expandSnippet, partyDefaults } from '../snippets';
import { markSnippetDefaults } from '../../placeholders';
import { appendItem } from '../yaml-edit';
import { CASE_KEY_ORDER, dataString, fix, pick, q, type FixBuilder } from './shared';

const NO_DATE = '\u0000';

export const addAgreement: FixBuilder = (parsed, finding, ctx) => {
  const type = dataString(finding, 'type');
  const snippet = type ? agreementSnippet(type) : undefined;
  if (!type || !snippet) return [];
  const data = isObj(parsed.value) ? parsed.value : {};
  if (items(data.agreements).some(({ item }) => str(item.type) === type)) return []; // present but unsigned: the team signs it
  // Placeholders the parties do not fill in stay marked, to become tab stops.
  const expanded = expandSnippet(markSnippetDefaults(bodyText(snippet)), {
    placeholders: partyDefaults(parsed, ctx),
    variables: { CURRENT_YEAR: NO_DATE, CURRENT_MONTH: NO_DATE, CURRENT_DATE: NO_DATE, CURRENT_YEAR_SHORT: NO_DATE },
  });
  const block = expanded.split('\n').filter((line) => !line.includes(NO_DATE) && line.trim() !== '');
  const edit = appendItem(parsed, 'agreements', { block, flow: `{ type: ${type}, status: draft }` }, CASE_KEY_ORDER);
  return fix('add-agreement', pick(ctx.locale, `Add a draft ${q('en', type)} agreement`, `Lägg till ett utkast till avtal av typen ${q('sv', type)}`), edit, finding);
};
