// JUnit XML: one suite per file, one failing test case per finding, a passing one for a clean file.
import { active, type Formatter } from '../report';

// XML 1.0 cannot carry most control characters or lone surrogates, not even escaped.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

// A bare \r would be read back as \n, so it travels as a character reference.
const text = (s: string) =>
  s.replace(ILLEGAL, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
// In attributes, line breaks and tabs must be character references or parsers normalise them to spaces.
const attr = (s: string | number) =>
  text(String(s)).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');

export const junit: Formatter = (report) => {
  const suites: string[] = [];
  let tests = 0;
  for (const file of report.files) {
    const findings = active(file);
    const cases = findings.map((f) => {
      const details = `${f.severity}: ${f.message}\nat ${file.file}:${f.line}:${f.column}\nrule ${f.rule}: ${report.docs(f.rule)}`;
      return (
        `    <testcase name="${attr(`${f.rule} at ${f.line}:${f.column}`)}" classname="${attr(file.file)}">\n` +
        `      <failure message="${attr(f.message)}" type="${f.severity}">${text(details)}</failure>\n` +
        `    </testcase>`
      );
    });
    if (cases.length === 0) cases.push(`    <testcase name="casefile" classname="${attr(file.file)}"/>`);
    tests += cases.length;
    suites.push(
      `  <testsuite name="${attr(file.file)}" tests="${cases.length}" failures="${findings.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const failures = report.errors + report.warnings + report.infos;
  const body = suites.length ? `\n${suites.join('\n')}\n` : '\n';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="casefile" tests="${tests}" failures="${failures}" errors="0">${body}</testsuites>\n`;
};
