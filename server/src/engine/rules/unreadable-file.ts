import { defineRule } from './api';

// An extension of the spec: input the engine cannot read is reported where it is, never a crash.
export default defineRule({
  meta: {
    id: 'unreadable-file',
    defaultSeverity: 'error',
    description: {
      en: 'A file cannot be read, is not a regular file, looks binary, is not UTF-8 or is larger than 5 MB; a symbolic link that loops or leads out of the repository is not followed.',
      sv: 'En fil kan inte läsas, är ingen vanlig fil, ser binär ut, är inte UTF-8 eller är större än 5 MB; en symbolisk länk som går i loop eller leder ut ur förrådet följs inte.',
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
    'too-large-read': {
      en: 'More than 5 MB was read from this file (its size was not known beforehand), over the 5 MB limit; it was not parsed.',
      sv: 'Mer än 5 MB lästes från filen (dess storlek var inte känd i förväg), över gränsen 5 MB; den tolkades inte.',
    },
    fifo: {
      en: 'This is a named pipe (FIFO), not a regular file; it was not read. A case file must be an ordinary file.',
      sv: 'Detta är en namngiven pipe (FIFO), ingen vanlig fil; den lästes inte. En ärendefil ska vara en vanlig fil.',
    },
    socket: {
      en: 'This is a socket, not a regular file; it was not read. A case file must be an ordinary file.',
      sv: 'Detta är en socket, ingen vanlig fil; den lästes inte. En ärendefil ska vara en vanlig fil.',
    },
    device: {
      en: 'This is a device, not a regular file; it was not read. A case file must be an ordinary file.',
      sv: 'Detta är en enhetsfil, ingen vanlig fil; den lästes inte. En ärendefil ska vara en vanlig fil.',
    },
    folder: { en: 'This is a folder, not a file; it was not read.', sv: 'Detta är en mapp, ingen fil; den lästes inte.' },
    'not-found': {
      en: 'The file could not be read: it does not exist (a symbolic link to nowhere, or a file removed during the check).',
      sv: 'Filen kunde inte läsas: den finns inte (en symbolisk länk som pekar på ingenting, eller en fil som togs bort under kontrollen).',
    },
    permission: {
      en: 'The file could not be read: permission denied. Give the user running Casefile read access.',
      sv: 'Filen kunde inte läsas: åtkomst nekad. Ge användaren som kör Casefile läsrättighet.',
    },
    'link-loop': {
      en: 'This symbolic link leads round in a loop and never reaches a file; it was not followed.',
      sv: 'Den här symboliska länken går runt i en loop och når aldrig en fil; den följdes inte.',
    },
    'outside-root': {
      en: 'This symbolic link leads outside the repository; it was not followed, so that no file outside the repository is ever read. Link to a file inside the repository, or copy the file in.',
      sv: 'Den här symboliska länken leder ut ur förrådet; den följdes inte, så att ingen fil utanför förrådet någonsin läses. Länka till en fil i förrådet, eller kopiera in filen.',
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
