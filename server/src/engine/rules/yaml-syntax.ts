import { defineRule } from './api';

// Reported by the parse stage (engine/check.ts); the module holds its metadata and messages.
export default defineRule({
  meta: {
    id: 'yaml-syntax',
    defaultSeverity: 'error',
    description: {
      en: 'The file must be one well-formed YAML document whose top level is a mapping, without duplicate keys.',
      sv: 'Filen ska vara ett enda välformat YAML-dokument vars toppnivå är en mappning, utan dubbla nycklar.',
    },
    rationale: {
      en: 'Nothing else can be checked in a file that does not parse; a duplicate key silently hides one of its values.',
      sv: 'Inget annat kan kontrolleras i en fil som inte går att tolka; en dubbel nyckel döljer tyst ett av sina värden.',
    },
    sources: [],
  },
  messages: {
    parse: { en: 'YAML syntax error: {detail}.', sv: 'Syntaxfel i YAML: {detail}.' },
    'duplicate-key': { en: 'Duplicate key: each key may appear only once in a mapping.', sv: 'Dubbel nyckel: varje nyckel får bara förekomma en gång i en mappning.' },
    'multiple-documents': {
      en: 'The file holds several YAML documents; keep one case per file.',
      sv: 'Filen innehåller flera YAML-dokument; ha ett ärende per fil.',
    },
    'not-mapping': {
      en: 'The top level must be a mapping of keys (id, title, kind, …), not a list or a single value.',
      sv: 'Toppnivån ska vara en mappning av nycklar (id, title, kind, …), inte en lista eller ett enskilt värde.',
    },
    empty: { en: 'The file is empty.', sv: 'Filen är tom.' },
    'too-deep': {
      en: 'Lists or mappings are nested too deeply here (more than {depth} levels inside each other) to be read; a case file is never nested this deep.',
      sv: 'Listor eller mappningar är nästlade för djupt här (mer än {depth} nivåer i varandra) för att kunna läsas; en ärendefil är aldrig så djupt nästlad.',
    },
    'collection-key': {
      en: 'A key here is a list or a mapping; keys must be plain words such as `title` or `phase`.',
      sv: 'En nyckel här är en lista eller en mappning; nycklar ska vara vanliga ord som `title` eller `phase`.',
    },
    'more-errors': {
      en: '… and {detail} more YAML syntax errors in this file, not listed; fix the first ones, the rest often follow from them.',
      sv: '… och ytterligare {detail} syntaxfel i YAML i den här filen, som inte visas; rätta de första, resten följer ofta av dem.',
    },
    'alias-bomb': {
      en: 'Too many alias expansions (more than {max}): the file looks like a YAML alias bomb and was not read further.',
      sv: 'För många aliasexpansioner (fler än {max}): filen ser ut som en YAML-aliasbomb och lästes inte vidare.',
    },
  },
});
