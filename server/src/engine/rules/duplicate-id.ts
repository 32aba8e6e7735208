import { defineRule } from './api';

export default defineRule({
  meta: {
    id: 'duplicate-id',
    defaultSeverity: 'error',
    description: {
      en: 'Every case in the repository has an id of its own.',
      sv: 'Varje ärende i förrådet har ett eget id.',
    },
    rationale: {
      en: 'The id is how a case is named in links between cases (`links.related`), in the log, in pull requests and in the portfolio. Two files with the same id make references ambiguous and counts wrong, so each of them is flagged until one gets a new id.',
      sv: 'Id:t är det namn ett ärende har i länkar mellan ärenden (`links.related`), i loggen, i pull requests och i portföljen. Två filer med samma id gör hänvisningar tvetydiga och räkningar fel, så båda flaggas tills den ena får ett nytt id.',
    },
    sources: [],
    fixes: ['suppress'],
  },
  messages: {
    duplicate: {
      en: 'The id `{id}` is also used by {files}; every case needs an id of its own. Give one of them a new id.',
      sv: 'Id:t `{id}` används också av {files}; varje ärende behöver ett eget id. Ge ett av dem ett nytt id.',
    },
  },
  checkRepository({ cases, report }) {
    const byId = new Map<string, string[]>();
    for (const c of cases) {
      if (!c.id) continue;
      const files = byId.get(c.id.value);
      if (files) files.push(c.file);
      else byId.set(c.id.value, [c.file]);
    }
    for (const c of cases) {
      // Most ids are unique: skip them before building any list (the editor runs this per edit).
      if (!c.id || byId.get(c.id.value)!.length < 2) continue;
      const others = [...new Set(byId.get(c.id.value)!.filter((f) => f !== c.file))].sort();
      if (others.length === 0) continue;
      report(c.file, c.id.span, { messageId: 'duplicate', args: { id: c.id.value, files: others.join(', ') }, data: { id: c.id.value, files: others } });
    }
  },
});
