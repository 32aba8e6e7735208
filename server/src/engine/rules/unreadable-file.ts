import { defineRule } from './api';

// An extension of the spec: input the engine cannot read is reported where it is, never a crash.
export default defineRule({
  meta: {
    id: 'unreadable-file',
    defaultSeverity: 'error',
    description: {
      en: 'A file cannot be read, looks binary, is not UTF-8 or is larger than 5 MB; a symbolic-link loop is skipped.',
      sv: 'En fil kan inte läsas, ser binär ut, är inte UTF-8 eller är större än 5 MB; en loop av symboliska länkar hoppas över.',
    },
    rationale: {
      en: 'A case that cannot be read cannot be checked; saying so is safer than skipping it silently.',
      sv: 'Ett ärende som inte kan läsas kan inte kontrolleras; det är säkrare att säga det än att tyst hoppa över det.',
    },
    sources: [],
  },
  messages: {
    'too-large': {
      en: 'The file is {size} MB, over the 5 MB limit, and was not parsed. A case file should be small; move attachments out of the repository.',
      sv: 'Filen är {size} MB, över gränsen 5 MB, och tolkades inte. En ärendefil ska vara liten; flytta bilagor ut ur förrådet.',
    },
    binary: { en: 'The file looks binary (it holds a NUL byte) and was not parsed.', sv: 'Filen ser binär ut (den innehåller en NUL-byte) och tolkades inte.' },
    utf16: { en: 'The file is UTF-16; save it as UTF-8.', sv: 'Filen är UTF-16; spara den som UTF-8.' },
    'not-utf8': {
      en: 'The file is not valid UTF-8 here; save it as UTF-8 (it may have been saved as Latin-1 or Windows-1252).',
      sv: 'Filen är inte giltig UTF-8 här; spara den som UTF-8 (den kan ha sparats som Latin-1 eller Windows-1252).',
    },
    'read-error': { en: 'The file could not be read: {detail}.', sv: 'Filen kunde inte läsas: {detail}.' },
    'symlink-loop': {
      en: 'A symbolic link here leads back into a folder already being scanned; it was not followed.',
      sv: 'En symbolisk länk här leder tillbaka till en mapp som redan genomsöks; den följdes inte.',
    },
  },
});
