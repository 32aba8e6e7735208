// Help text, in English and Swedish.
import type { Locale } from '../engine';

export function usage(locale: Locale): string {
  return locale === 'sv' ? SV : EN;
}

const EN = `Usage: casefile check [PATH...] [options]

Checks collaboration case files (cases/**/*.case.yaml), the policy (casefile.yaml)
and the directory (directory.yaml). PATH is a file or a folder; the default is the
current folder.

Options:
  -f, --format NAME      stylish (default), json, sarif, github, gitlab, junit,
                         markdown
      --max-warnings N   exit 1 when there are more than N warnings
  -q, --quiet            report errors only
      --today DATE       the date to judge stale cases by (YYYY-MM-DD)
  -c, --config FILE      use FILE as the policy instead of casefile.yaml
      --no-color         no colour (also NO_COLOR=1); colour is used only on a terminal
      --lang en|sv       language of messages (default: from LANG, else English)
  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 no errors and not too many warnings, 1 otherwise,
2 usage error, a path that does not exist, or an internal failure.
Rules: https://github.com/casefile/casefile/blob/main/docs/rules/README.md
`;

const SV = `Användning: casefile check [SÖKVÄG...] [flaggor]

Kontrollerar samverkansärenden (cases/**/*.case.yaml), policyn (casefile.yaml)
och katalogen (directory.yaml). SÖKVÄG är en fil eller en mapp; standard är
aktuell mapp.

Flaggor:
  -f, --format NAMN      stylish (standard), json, sarif, github, gitlab, junit,
                         markdown
      --max-warnings N   avsluta med 1 när det finns fler än N varningar
  -q, --quiet            rapportera bara fel
      --today DATUM      datumet som inaktiva ärenden bedöms efter (ÅÅÅÅ-MM-DD)
  -c, --config FIL       använd FIL som policy i stället för casefile.yaml
      --no-color         ingen färg (även NO_COLOR=1); färg används bara i en terminal
      --lang en|sv       meddelandenas språk (standard: från LANG, annars engelska)
  -h, --help             visa denna hjälp
  -v, --version          visa versionen

Slutstatus: 0 inga fel och inte för många varningar, 1 annars,
2 användningsfel, en sökväg som inte finns eller ett internt fel.
Regler: https://github.com/casefile/casefile/blob/main/docs/rules/README.md
`;
