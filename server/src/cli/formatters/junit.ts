// JUnit XML: one suite per file, one failing test case per finding, a passing one for a clean file.
import { active, type Formatter } from '../report';
import { xmlSafe } from './safe-text';

// XML 1.0 cannot carry most control characters or lone surrogates, not even escaped.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

// A bare \r would be read back as \n, so it travels as a character reference; so do bidi and C1 controls.
const text = (s: string) => xmlSafe(s.replace(ILLEGAL, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;'));
// Content's own line breaks stay on our line, so no line of the output starts with file content.
const oneLine = (s: string) => text(s).replace(/\n/g, '&#10;');
// In attributes, line breaks and tabs must be character references or parsers normalise them to spaces.
const attr = (s: string | number) => text(String(s)).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');

export const junit: Formatter = (report) => {
  const suites: string[] = [];
  let tests = 0;
  for (const file of report.files) {
    const findings = active(file);
    const cases = findings.map((f) => {
      const details = `${f.severity}: ${oneLine(f.message)}\nat ${oneLine(file.file)}:${f.line}:${f.column}\nrule ${oneLine(f.rule)}: ${oneLine(report.docs(f.rule))}`;
      return (
        `    <testcase name="${attr(`${f.rule} at ${f.line}:${f.column}`)}" classname="${attr(file.file)}">\n` +
        `      <failure message="${attr(f.message)}" type="${f.severity}">${details}</failure>\n` +
        `    </testcase>`
      );
    });
    if (cases.length === 0) cases.push(`    <testcase name="casefile" classname="${attr(file.file)}"/>`);
    tests += cases.length;
    suites.push(`  <testsuite name="${attr(file.file)}" tests="${cases.length}" failures="${findings.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  const failures = report.errors + report.warnings + report.infos;
  const body = suites.length ? `\n${suites.join('\n')}\n` : '\n';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="casefile" tests="${tests}" failures="${failures}" errors="0">${body}</testsuites>\n`;
};
