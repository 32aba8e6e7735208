// Help text, in English and Swedish.
import type { Locale } from '../engine';
import { FORMAT_NAMES } from './formatters';
import { REVIEW_FORMAT_NAMES } from './review-formatters';
import { REPORT_FORMAT_NAMES } from './args';

// From the registries, the default first: a new format is listed without touching this text.
const CHECK_FORMATS = FORMAT_NAMES.join(', ');
const REVIEW_FORMATS = REVIEW_FORMAT_NAMES.join(', ');
const REPORT_FORMATS = REPORT_FORMAT_NAMES.join(', ');

export function usage(locale: Locale): string {
  return locale === 'sv' ? SV : EN;
}

const EN = `Usage: casefile check [PATH...] [options]
       casefile review [PATH...] [--base REF] [--head REF] [options]
       casefile report [PATH...] [--format html|json] [--out FILE] [options]

check   Checks collaboration case files (cases/**/*.case.yaml), the policy
        (casefile.yaml) and the directory (directory.yaml). PATH is a file or a
        folder; the default is the current folder.
review  Says what a change does to the cases: the cases at the git revision REF
        (--base; default: the merge base with origin's default branch) compared
        with the working tree, or with --head REF. Reads git, never writes to it.
report  The portfolio: where the cases are, how long they have been there, which
        have stalled, the load on each unit and the findings per rule.

Options:
  -f, --format NAME      check: ${CHECK_FORMATS}
                         review: ${REVIEW_FORMATS}
                         report: ${REPORT_FORMATS}
                         (the first of each is the default)
      --max-warnings N   check: exit 1 when there are more than N warnings
  -q, --quiet            check: report errors only
      --base REF         review: the revision to compare with
      --head REF         review: compare this revision, not the working tree
      --fail-on WHEN     review: exit 1 on errors that are new (default), any, none
      --out FILE         report: write to FILE (whole or not at all), not to
                         standard output
      --today DATE       the date to judge stale cases by (YYYY-MM-DD)
  -c, --config FILE      use FILE as the policy instead of casefile.yaml
      --no-color         no colour (also NO_COLOR=1); colour is used only on a terminal
      --lang en|sv       language of messages (default: from LANG, else English)
      --cache            reuse results of unchanged files, kept by git blob id in
                         $CASEFILE_CACHE_DIR, else $XDG_CACHE_HOME/casefile, else
                         ~/.cache/casefile (all that check and review ever write)
      --cache-dir DIR    keep the cache in DIR (turns --cache on)
  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 no errors and not too many warnings (review: per --fail-on;
report: findings do not fail it), 1 otherwise, 2 usage error, a path that does
not exist, an --out that cannot be written, a git problem (no git, no
repository, unknown REF, a shallow clone) or an internal failure.
Rules: https://github.com/casefile/casefile/blob/main/docs/rules/README.md
`;

const SV = `Användning: casefile check [SÖKVÄG...] [flaggor]
            casefile review [SÖKVÄG...] [--base REF] [--head REF] [flaggor]
            casefile report [SÖKVÄG...] [--format html|json] [--out FIL] [flaggor]

check   Kontrollerar samverkansärenden (cases/**/*.case.yaml), policyn
        (casefile.yaml) och katalogen (directory.yaml). SÖKVÄG är en fil eller
        en mapp; standard är aktuell mapp.
review  Visar vad en ändring gör med ärendena: ärendena i git-revisionen REF
        (--base; standard: sammanslagningsbasen med origins standardgren)
        jämförda med arbetskopian, eller med --head REF. Läser git, skriver aldrig dit.
report  Portföljen: var ärendena är, hur länge de har varit där, vilka som har
        stannat av, belastningen på varje enhet och fynden per regel.

Flaggor:
  -f, --format NAMN      check: ${CHECK_FORMATS}
                         review: ${REVIEW_FORMATS}
                         report: ${REPORT_FORMATS}
                         (den första i varje är standard)
      --max-warnings N   check: avsluta med 1 när det finns fler än N varningar
  -q, --quiet            check: rapportera bara fel
      --base REF         review: revisionen att jämföra med
      --head REF         review: jämför denna revision, inte arbetskopian
      --fail-on NÄR      review: avsluta med 1 vid fel som är nya (standard), alla, inga
                         (new, any, none)
      --out FIL          report: skriv till FIL (helt eller inte alls), inte till
                         standardutmatningen
      --today DATUM      datumet som inaktiva ärenden bedöms efter (ÅÅÅÅ-MM-DD)
  -c, --config FIL       använd FIL som policy i stället för casefile.yaml
      --no-color         ingen färg (även NO_COLOR=1); färg används bara i en terminal
      --lang en|sv       meddelandenas språk (standard: från LANG, annars engelska)
      --cache            återanvänd resultat för oförändrade filer, sparade efter
                         git-blob-id i $CASEFILE_CACHE_DIR, annars $XDG_CACHE_HOME/casefile,
                         annars ~/.cache/casefile (allt som check och review någonsin skriver)
      --cache-dir MAPP   spara cachen i MAPP (slår på --cache)
  -h, --help             visa denna hjälp
  -v, --version          visa versionen

Slutstatus: 0 inga fel och inte för många varningar (review: enligt --fail-on;
report: fynd fäller den inte), 1 annars, 2 användningsfel, en sökväg som inte
finns, en --out som inte kan skrivas, ett git-problem (ingen git, inget förråd,
okänd REF, en grund klon) eller ett internt fel.
Regler: https://github.com/casefile/casefile/blob/main/docs/rules/README.md
`;
