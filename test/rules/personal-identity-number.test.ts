// personal-identity-number: no personnummer or samordningsnummer anywhere in a case file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLEAN_CASE, checkRepo, dedent, findings, rangeText, ruleFindings } from '../helpers';
import { checkBytes, checkText, defaultPolicy, finishRepository, type FileResult } from '../../server/src/engine';

const RULE = 'personal-identity-number';

/** The Luhn check digit over nine digits YYMMDDNNN (weights 2, 1, 2, …). */
function checkDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  }
  return (10 - (sum % 10)) % 10;
}
const pnr = (yymmdd: string, nnn: string) => `${yymmdd}${nnn}${checkDigit(yymmdd + nnn)}`;
const hyphen = (ten: string, sep = '-') => `${ten.slice(0, 6)}${sep}${ten.slice(6)}`;
const wrongCheck = (ten: string) => `${ten.slice(0, 9)}${(Number(ten[9]) + 1) % 10}`;

const A = pnr('811218', '987');
const SAMORDNING = pnr('811278', '123'); // day 18 + 60
const inTitle = (value: string) => CLEAN_CASE.replace('title: Digital egenvård vid artros', `title: "Patient ${value} hörde av sig"`);
const hits = (value: string) => ruleFindings(RULE, inTitle(value));

describe(`${RULE}: what counts`, () => {
  it('finds valid 10- and 12-digit numbers, with or without - or +', () => {
    for (const n of [A, hyphen(A), hyphen(A, '+'), `19${A}`, `19${hyphen(A)}`, `19${hyphen(A, '+')}`, `18${A}`, SAMORDNING, `19${hyphen(SAMORDNING)}`]) {
      expect(hits(n), n).toHaveLength(1);
    }
  });

  it('checks the date: month, day per month, 29 February, and day + 60', () => {
    expect(hits(pnr('811318', '987'))).toEqual([]); // month 13
    expect(hits(pnr('810018', '987'))).toEqual([]); // month 00
    expect(hits(pnr('811232', '987'))).toEqual([]); // 32 December
    expect(hits(pnr('810230', '987'))).toEqual([]); // 30 February
    expect(hits(pnr('811100', '987'))).toEqual([]); // day 00
    expect(hits(pnr('811292', '987'))).toEqual([]); // day 92 = 32 + 60
    expect(hits(pnr('810431', '987'))).toEqual([]); // 31 April
    expect(hits(pnr('840229', '987'))).toHaveLength(1); // 1984 (or 2084) is a leap year
    expect(hits(`19${pnr('810229', '987')}`)).toEqual([]); // 1981 is no leap year
    expect(hits(`20${pnr('000229', '987')}`)).toHaveLength(1); // 2000 is
    expect(hits(`19${pnr('810289', '987')}`)).toEqual([]); // samordningsnummer 29 + 60 in 1981
  });

  it('checks a 10-digit date in the centuries its separator allows (spec 12)', () => {
    // The issue's examples: no 29 February in 1923/2023 or 1921/2021, with valid check digits.
    expect(hits('230229-4562')).toEqual([]);
    expect(hits('210229-1230')).toEqual([]);
    expect(hits('2102291230')).toEqual([]);
    expect(hits('20210229-1230')).toEqual([]);
    expect(hits(hyphen(pnr('240229', '123')))).toHaveLength(1);
    expect(hits(`20${hyphen(pnr('240229', '123'))}`)).toHaveLength(1);
    expect(hits(pnr('810229', '987'))).toEqual([]); // neither 1981 nor 2081
    // `-` or none: 19xx or 20xx, so 00 can be 2000, a leap year.
    expect(hits(hyphen(pnr('000229', '123')))).toHaveLength(1);
    expect(hits(pnr('000229', '123'))).toHaveLength(1);
    // `+`: 18xx or 19xx; 1800 and 1900 were no leap years, 1896 and 1804 were.
    expect(hits(hyphen(pnr('000229', '123'), '+'))).toEqual([]);
    expect(hits(hyphen(pnr('960229', '123'), '+'))).toHaveLength(1);
    expect(hits(hyphen(pnr('040229', '123'), '+'))).toHaveLength(1);
    // A samordningsnummer's day + 60 follows the same centuries.
    expect(hits(hyphen(pnr('230289', '456')))).toEqual([]);
    expect(hits(hyphen(pnr('240289', '456')))).toHaveLength(1);
  });

  it('checks the century of 12-digit numbers', () => {
    expect(hits(`17${A}`)).toEqual([]);
    expect(hits(`21${A}`)).toEqual([]);
    expect(hits(`20${A}`)).toHaveLength(1);
  });

  it('checks the Luhn digit', () => {
    expect(hits(wrongCheck(A))).toEqual([]);
    expect(hits(hyphen(wrongCheck(A)))).toEqual([]);
    expect(hits(`19${wrongCheck(SAMORDNING)}`)).toEqual([]);
  });

  it('ignores phone numbers, dates and longer digit runs', () => {
    expect(checkDigit('070123456')).not.toBe(7); // the mobile number below fails Luhn
    expect(hits('0701234567')).toEqual([]);
    expect(hits('031-7001234')).toEqual([]);
    expect(hits('+46701234567')).toEqual([]);
    expect(hits(`1${A}`)).toEqual([]);
    expect(hits(`${A}1`)).toEqual([]);
    expect(hits(`77${A}77`)).toEqual([]); // 14 digits hold a valid 10 and a valid 12 in the middle
    expect(hits(`1${hyphen(A)}`)).toEqual([]);
    expect(hits(`${hyphen(A)}1`)).toEqual([]);
    expect(hits(`7719${hyphen(A)}`)).toEqual([]);
    expect(hits(`${A.slice(0, 6)}--${A.slice(6)}`)).toEqual([]);
    expect(ruleFindings(RULE, CLEAN_CASE)).toEqual([]);
  });

  it('finds a number between letters and punctuation', () => {
    expect(hits(`pnr:${A},`)).toHaveLength(1);
  });
});

describe(`${RULE}: where and how`, () => {
  it('reports at the value that holds it, as an error, without repeating the number', () => {
    const yaml = inTitle(hyphen(A));
    const found = findings(yaml).filter((f) => f.rule === RULE);
    expect(found).toHaveLength(1);
    expect(rangeText(yaml, found[0]!)).toBe(`"Patient ${hyphen(A)} hörde av sig"`);
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.line).toBe(3);
    expect(found[0]!.message).toBe(
      'This value holds a Swedish personal identity number (personnummer) or coordination number (samordningsnummer). Case files must never hold patient or personal identity data (GDPR, Patientdatalagen): remove it, and if it was committed, rewrite the git history so it is gone from there too.',
    );
    expect(found[0]!.message).not.toMatch(/\d{4}/);
    expect(found[0]!.data).toBeUndefined();
  });

  it('reports a block scalar summary as a whole', () => {
    const yaml = `${CLEAN_CASE}summary: |\n  Samtal med patient ${`19${hyphen(A)}`}.\n  Mer text.\n`;
    const [f] = findings(yaml).filter((x) => x.rule === RULE);
    expect(rangeText(yaml, f!)).toBe(`|\n  Samtal med patient 19${hyphen(A)}.\n  Mer text.\n`);
    expect(f!.line).toBe(16);
  });

  it('reports a YAML integer value', () => {
    const yaml = `${CLEAN_CASE}tags:\n  - ${A}\n  - 19${A}\n`;
    const found = findings(yaml).filter((f) => f.rule === RULE);
    expect(found.map((f) => rangeText(yaml, f))).toEqual([A, `19${A}`]);
    expect(ruleFindings(RULE, yaml).map((f) => f.range)).toEqual(['17:5-17:15', '18:5-18:17']);
  });

  it('reports one finding per value, however many numbers it holds', () => {
    expect(hits(`${A} och ${SAMORDNING}`)).toHaveLength(1);
  });

  it('reports a key that holds one at the key', () => {
    const yaml = `${CLEAN_CASE}agreements:\n  - type: research-collaboration\n    status: draft\n    financing:\n      ${hyphen(A)}: 50\n      Region Skåne: 50\n`;
    const [f] = findings(yaml).filter((x) => x.rule === RULE);
    expect(rangeText(yaml, f!)).toBe(hyphen(A));
    expect(f!.message).toMatch(/^This key holds a Swedish personal identity number/);
  });

  it('reports a trailing comment at the comment, on its own line', () => {
    const trailing = CLEAN_CASE.replace('title: Digital egenvård vid artros', `title: Digital egenvård vid artros # ${hyphen(A)}`);
    const found = findings(trailing).filter((x) => x.rule === RULE);
    expect(found).toHaveLength(1);
    expect(rangeText(trailing, found[0]!)).toBe(`# ${hyphen(A)}`);
    expect(found[0]!.line).toBe(3);
    expect(found[0]!.message).toMatch(/^This comment holds a Swedish personal identity number \(personnummer\) or coordination number \(samordningsnummer\)\./);
    expect(found[0]!.message).not.toContain(A.slice(6));
  });

  it('reports a comment on a line of its own at that line, not the next node', () => {
    const own = CLEAN_CASE.replace('kind: dialogue', `# patient ${A}   \nkind: dialogue`);
    expect(ruleFindings(RULE, own).map((f) => f.range)).toEqual([`4:1-4:${`# patient ${A}`.length + 1}`]);
    const [f] = findings(own).filter((x) => x.rule === RULE);
    expect(rangeText(own, f!)).toBe(`# patient ${A}`);

    const last = `${CLEAN_CASE}# ${A}\n`;
    const [l] = findings(last).filter((x) => x.rule === RULE);
    expect(rangeText(last, l!)).toBe(`# ${A}`);
    expect(l!.line).toBe(16);

    const indented = CLEAN_CASE.replace('  - role: innovation-officer', `  # kontakt ${hyphen(A)}\n  - role: innovation-officer`);
    expect(ruleFindings(RULE, indented).map((f) => f.range)).toEqual([`11:3-11:${3 + `# kontakt ${hyphen(A)}`.length}`]);
  });

  it('reports each comment once, on its own line, and keeps values and comments apart', () => {
    const yaml = `${CLEAN_CASE}# ${A} och ${SAMORDNING}\n# ingen\n# ${hyphen(A)}\ntags: ["${A} # inte en kommentar"] # ${SAMORDNING}\n`;
    const found = findings(yaml).filter((x) => x.rule === RULE);
    expect(found.map((f) => [f.line, rangeText(yaml, f), f.message.split(' holds')[0]])).toEqual([
      [16, `# ${A} och ${SAMORDNING}`, 'This comment'],
      [18, `# ${hyphen(A)}`, 'This comment'],
      [19, `"${A} # inte en kommentar"`, 'This value'],
      [19, `# ${SAMORDNING}`, 'This comment'],
    ]);
  });

  it('finds a comment after a value that holds a #', () => {
    const yaml = CLEAN_CASE.replace('title: Digital egenvård vid artros', `title: "Artros #2" # och #3 ${A}`);
    const [f] = findings(yaml).filter((x) => x.rule === RULE);
    expect(rangeText(yaml, f!)).toBe(`# och #3 ${A}`);
  });

  it('reports a number in a plain key and in a flow mapping key', () => {
    const yaml = `${CLEAN_CASE}risk_sharing:\n  ${A}: delad\n  resources: { ${hyphen(A, '+')}: x }\n`;
    const found = findings(yaml).filter((x) => x.rule === RULE);
    expect(found.map((f) => [f.line, rangeText(yaml, f)])).toEqual([
      [17, A],
      [18, hyphen(A, '+')],
    ]);
    expect(found.every((f) => f.message.startsWith('This key holds'))).toBe(true);
  });

  it('reports a number outside any value, key or comment (an anchor name) at its line', () => {
    const yaml = `${CLEAN_CASE}summary: &p${A} text\n`;
    const found = ruleFindings(RULE, yaml);
    expect(found.map((f) => f.range)).toEqual([`16:1-16:${`summary: &p${A} text`.length + 1}`]);
    expect(found[0]!.message).toMatch(/^Line 16 holds a Swedish personal identity number/);
    // A key at the start of the same line is a finding of its own.
    const both = `${CLEAN_CASE}${A}: &p${A} x\n`;
    expect(ruleFindings(RULE, both).map((f) => [f.range, f.message.split(' holds')[0]])).toEqual([
      ['16:1-16:11', 'This key'],
      [`16:1-16:${`${A}: &p${A} x`.length + 1}`, 'Line 16'],
    ]);
  });

  it('applies to closed cases', () => {
    expect(ruleFindings(RULE, inTitle(A).replace('phase: needs', 'phase: closed'))).toHaveLength(1);
  });

  it('follows the policy override, and off', () => {
    expect(ruleFindings(RULE, { yaml: inTitle(A), policy: `rules:\n  ${RULE}: warning\n` }).map((f) => f.severity)).toEqual(['warning']);
    expect(ruleFindings(RULE, { yaml: inTitle(A), policy: `rules:\n  ${RULE}: off\n` })).toEqual([]);
  });

  it('speaks Swedish', () => {
    expect(ruleFindings(RULE, { yaml: inTitle(A), locale: 'sv' })[0]!.message).toBe(
      'Värdet innehåller ett personnummer eller samordningsnummer. Ärendefiler får aldrig innehålla patientuppgifter eller personnummer (GDPR, patientdatalagen): ta bort det, och om det redan är incheckat, skriv om git-historiken så att det försvinner även där.',
    );
    const comment = CLEAN_CASE.replace('kind: dialogue', `kind: dialogue # ${A}`);
    expect(ruleFindings(RULE, { yaml: comment, locale: 'sv' })[0]!.message).toMatch(/^Kommentaren innehåller ett personnummer/);
  });

  it('does not crash on odd documents', () => {
    expect(ruleFindings(RULE, `${CLEAN_CASE}agreements: 5\nlinks: {related: [[${A}]]}\n`)).toHaveLength(1);
  });
});

describe(`${RULE}: at scale`, () => {
  it('reports every one of 50,000 list items, each at its own value (linear, not one search per hit)', () => {
    const n = 50_000;
    const numbers = Array.from({ length: n }, (_, i) => hyphen(pnr(`8${i % 10}0${1 + (i % 9)}${10 + (i % 18)}`, String(i % 1000).padStart(3, '0'))));
    const yaml = `${CLEAN_CASE}tags:\n${numbers.map((x, i) => `  - "nr ${i}: ${x}"\n`).join('')}# sist ${numbers[0]}\n`;
    const started = performance.now();
    const found = findings(yaml).filter((f) => f.rule === RULE);
    console.log(`${RULE}: ${n} items checked in ${Math.round(performance.now() - started)} ms`);
    expect(found).toHaveLength(n + 1);
    // One comparison of all ranges: 50,000 expect calls would dominate the run.
    const text = dedent(yaml);
    const wrong = found.slice(0, n).filter((f, i) => f.line !== 17 + i || f.column !== 5 || text.slice(f.offset, f.endOffset) !== `"nr ${i}: ${numbers[i]}"`);
    expect(wrong).toEqual([]);
    expect(found[n]!.line).toBe(17 + n);
    expect(text.slice(found[n]!.offset, found[n]!.endOffset)).toBe(`# sist ${numbers[0]}`);
  }, 120_000);
});

describe(`${RULE}: any layout (property)`, () => {
  // Lines of a `tags` list, each with a value and maybe a trailing comment, or a comment line alone.
  const piece = fc.record({
    kind: fc.constantFrom('item', 'comment'),
    inValue: fc.boolean(),
    inComment: fc.boolean(),
    serial: fc.integer({ min: 0, max: 999 }),
    sep: fc.constantFrom('', '-', '+'),
    indent: fc.constantFrom('', '  ', '    '),
  });

  it('reports each value or comment that holds a number once, on its own line, covering exactly it', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const number = (serial: number, sep: string) => {
          const ten = pnr('811218', String(serial).padStart(3, '0'));
          return sep ? hyphen(ten, sep) : ten;
        };
        const expected: [number, string][] = [];
        const lines = pieces.map((x, i) => {
          const line = 17 + i;
          const comment = `# anm ${x.inComment ? number(x.serial, x.sep) : 'ingen'}`;
          if (x.kind === 'comment') {
            if (x.inComment) expected.push([line, comment]);
            return `${x.indent}${comment}`;
          }
          const value = `"nr ${x.inValue ? number(x.serial, x.sep) : x.serial}"`;
          if (x.inValue) expected.push([line, value]);
          if (x.inComment) expected.push([line, comment]);
          return `  - ${value} ${comment}`;
        });
        const yaml = `${CLEAN_CASE}tags:\n${lines.join('\n')}\n  - sist\n`;
        const text = dedent(yaml);
        const found = findings(yaml).filter((f) => f.rule === RULE);
        expect(found.map((f) => [f.line, text.slice(f.offset, f.endOffset)])).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe(`${RULE}: a file that does not parse (spec 12: whatever part of it holds the number)`, () => {
  const line = (n: number) => `Line ${n} holds a Swedish personal identity number`;
  const brief = (input: Parameters<typeof ruleFindings>[1]) => ruleFindings(RULE, input).map((f) => [f.severity, f.range, f.message.split(' (')[0]]);

  it('a number in a second YAML document is reported at its line', () => {
    const yaml = `${CLEAN_CASE}---\nx: ${hyphen(A)}\n`;
    expect(findings(yaml).map((f) => f.rule)).toContain('yaml-syntax');
    expect(brief(yaml)).toEqual([['error', `17:1-17:${`x: ${hyphen(A)}`.length + 1}`, line(17)]]);
    // Not "outside any value": without a parse the line may well be a value.
    expect(ruleFindings(RULE, yaml)[0]!.message).toMatch(/the file cannot be read as YAML, so the line is shown whole/);
  });

  it('a number in a comment after a syntax error is reported at the comment', () => {
    const yaml = CLEAN_CASE.replace('title: Digital egenvård vid artros', `title: "unterminated\n# ${hyphen(A)}`);
    const found = findings(yaml).filter((f) => f.rule === RULE);
    expect(found.map((f) => [f.line, rangeText(yaml, f)])).toEqual([[4, `# ${hyphen(A)}`]]);
    expect(found[0]!.message).toMatch(/^This comment holds a Swedish personal identity number/);
  });

  it('tells a comment only where it can without a parse: a # after white space, outside quotes', () => {
    const broken = `${CLEAN_CASE}bad: [\n`;
    const yaml = `${CLEAN_CASE}a: "x # y" ${A}\nb: 'it''s' # ${A}\nc: Patient's note # ${A}\nd: x#${A}\n# ${A} och ${SAMORDNING}\nbad: [\n`;
    expect(findings(broken).some((f) => f.rule === 'yaml-syntax')).toBe(true);
    const found = findings(yaml).filter((f) => f.rule === RULE);
    expect(found.map((f) => [f.line, rangeText(yaml, f), f.message.split(' holds')[0]])).toEqual([
      [16, `a: "x # y" ${A}`, 'Line 16'],
      [17, `# ${A}`, 'This comment'],
      [18, `# ${A}`, 'This comment'],
      [19, `d: x#${A}`, 'Line 19'],
      [20, `# ${A} och ${SAMORDNING}`, 'This comment'],
    ]);
  });

  it('a file with a NUL byte is swept as text, from the editor (checkText) and from disk (checkBytes) alike', () => {
    const text = `id: A\ntitle: a\0b\nx: ${hyphen(A)}\n# ${A}\n`;
    const options = { today: '2026-11-23', locale: 'en' as const, policy: defaultPolicy() };
    const brief = (r: FileResult) => r.findings.map((f) => [f.rule, f.line, f.column, f.endLine, f.endColumn, f.message.split(' holds')[0]]);
    const fromText = brief(checkText('a.case.yaml', text, 'case', options));
    expect(fromText).toEqual([
      ['unreadable-file', 2, 9, 2, 9, 'The file looks binary (it'],
      [RULE, 3, 1, 3, 15, 'Line 3'],
      [RULE, 4, 1, 4, 13, 'This comment'],
    ]);
    expect(brief(checkBytes('a.case.yaml', Buffer.from(text), 'case', options))).toEqual(fromText);
    // With a BOM and an invalid UTF-8 byte before the number: positions in the decoded text.
    const bytes = Buffer.concat([Buffer.from('\ufeffid: A\0\ntitle: '), Buffer.from([0xff]), Buffer.from(` ${A}\n`)]);
    expect(brief(checkBytes('a.case.yaml', bytes, 'case', options))[1]).toEqual([RULE, 2, 1, 2, 20, 'Line 2']);
    // Only case files hold numbers as findings, as before.
    expect(brief(checkText('casefile.yaml', text, 'policy', options)).map((f) => f[0])).toEqual(['unreadable-file']);
  });

  it('follows the policy: off silences it, a severity applies', () => {
    for (const yaml of [`${CLEAN_CASE}---\nx: ${A}\n`, `${CLEAN_CASE}bad: [\n# ${A}\n`, `${CLEAN_CASE}x: \0 ${A}\n`]) {
      expect(ruleFindings(RULE, yaml), yaml).toHaveLength(1);
      expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: off\n` }), yaml).toEqual([]);
      expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: warning\n` }).map((f) => f.severity)).toEqual(['warning']);
    }
    const options = { today: '2026-11-23', locale: 'en' as const, policy: { ...defaultPolicy(), rules: { [RULE]: 'off' as const } } };
    expect(checkBytes('a.case.yaml', Buffer.from(`x: \0 ${A}\n`), 'case', options).findings.map((f) => f.rule)).toEqual(['unreadable-file']);
  });

  it('is suppressed as before: a directive on the line before, in a file that has its text', () => {
    const yaml = `${CLEAN_CASE}bad: [\n# casefile-disable-next-line ${RULE} -- artikelnummer, kontrollerat\nx: ${A}\n`;
    expect(ruleFindings(RULE, yaml)).toEqual([]);
    expect(
      checkRepo({ yaml })
        .find((r) => r.file === 'cases/a.case.yaml')!
        .findings.filter((f) => f.rule === RULE && f.suppressed),
    ).toHaveLength(1);
    // In a file with a NUL byte too, from the editor and from disk.
    const nul = `id: A\0\n# casefile-disable-next-line ${RULE} -- artikelnummer, kontrollerat\nx: ${A}\ny: ${A}\n`;
    const options = { today: '2026-11-23', locale: 'en' as const, policy: defaultPolicy() };
    for (const result of [checkText('a.case.yaml', nul, 'case', options), checkBytes('a.case.yaml', Buffer.from(nul), 'case', options)]) {
      const [final] = finishRepository([result], options);
      expect(final!.findings.filter((f) => f.rule === RULE).map((f) => [f.line, !!f.suppressed])).toEqual([
        [3, true],
        [4, false],
      ]);
    }
  });

  it('a file that parses is reported once per value or comment, as before', () => {
    const yaml = CLEAN_CASE.replace('title: Digital egenvård vid artros', `title: "Patient ${A}" # ${A}`);
    expect(ruleFindings(RULE, yaml).map((f) => f.message.split(' holds')[0])).toEqual(['This value', 'This comment']);
  });
});
