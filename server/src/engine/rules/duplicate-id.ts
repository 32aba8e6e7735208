import { defineRule } from './api';

/** Files named in a message; the rest are counted, so that a thousand copies do not give a million names. */
const NAMED = 3;

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
    'duplicate-many': {
      en: 'The id `{id}` is also used by {files} and {more} other files; every case needs an id of its own. Give them new ids.',
      sv: 'Id:t `{id}` används också av {files} och {more} andra filer; varje ärende behöver ett eget id. Ge dem nya id:n.',
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
    // Each id's files once, sorted once: the work and the messages stay linear in the files.
    const sorted = new Map<string, string[]>();
    for (const c of cases) {
      // Most ids are unique: skip them before building any list (the editor runs this per edit).
      if (!c.id || byId.get(c.id.value)!.length < 2) continue;
      let all = sorted.get(c.id.value);
      if (!all) sorted.set(c.id.value, (all = [...new Set(byId.get(c.id.value))].sort()));
      // c.file is among them; a file name seen twice (never on disk) has no other file.
      const others = all.length - 1;
      if (others === 0) continue;
      // "and 1 other files" would be no shorter than the name: more is never 1.
      const limit = others <= NAMED + 1 ? others : NAMED;
      const named: string[] = [];
      for (const f of all) {
        if (named.length === limit) break;
        if (f !== c.file) named.push(f);
      }
      const more = others - named.length;
      const args = { id: c.id.value, files: named.join(', '), more };
      report(c.file, c.id.span, {
        messageId: more > 0 ? 'duplicate-many' : 'duplicate',
        args,
        data: more > 0 ? { id: c.id.value, files: named, more } : { id: c.id.value, files: named },
      });
    }
  },
});
