// Screenshots and printed pages of the portfolio HTML report, as Debian's Chromium shows them with
// JavaScript off: node scripts/portfolio-screenshots.mjs (FILE.html... | --samples) --out DIR
//   FILE.html   a report written by `casefile report --format html`
//   --samples   writes the samples' report in English and Swedish first (--today 2026-11-23)
//   --out DIR   where the PNGs and PDFs go (made if missing)
//   --sections  also one PNG per <section>, to look at each chart closely
// For each HTML file: NAME.png (1280 px wide, full page), NAME.pdf (A4, as printed) and
// NAME-page-N.png (the PDF's pages, by pdftoppm at 60 dpi).
// Chromium's --screenshot gives no picture when --blink-settings=scriptEnabled=false is set, so the
// browser is driven through playwright-core (a dev dependency) with JavaScript disabled instead.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
if (outIndex < 0 || !args[outIndex + 1]) {
  console.error('usage: node scripts/portfolio-screenshots.mjs (FILE.html... | --samples) --out DIR [--sections]');
  process.exit(2);
}
const out = path.resolve(args[outIndex + 1]);
const sections = args.includes('--sections');
mkdirSync(out, { recursive: true });
const files = args.filter((a, i) => !a.startsWith('--') && i !== outIndex + 1).map((f) => path.resolve(f));
if (args.includes('--samples')) {
  const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
  for (const lang of ['en', 'sv']) {
    const file = path.join(out, `portfolio-${lang}.html`);
    execFileSync(process.execPath, ['bin/casefile.js', 'report', 'samples', '--format', 'html', '--today', '2026-11-23', '--lang', lang, '--out', file], {
      cwd: root,
      stdio: 'inherit',
    });
    files.push(file);
  }
}
if (files.length === 0) {
  console.error('no HTML file given');
  process.exit(2);
}

const executablePath = process.env.CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  for (const file of files) {
    const name = path.basename(file, '.html');
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    // A very long report (thousands of rows) may be too tall to paint as one picture: say so, go on.
    await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true, timeout: 120_000 }).catch((e) => console.error(`${name}.png: ${e.message.split('\n')[0]}`));
    if (sections) {
      for (const id of await page.$$eval('section[id]', (list) => list.map((s) => s.id))) {
        await page.locator(`section#${id}`).screenshot({ path: path.join(out, `${name}-${id}.png`) });
      }
    }
    const pdf = path.join(out, `${name}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    for (const old of readdirSync(out).filter((f) => f.startsWith(`${name}-page-`))) rmSync(path.join(out, old));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(out, `${name}-page`)]);
    await page.close();
    console.log(`${name}: ${name}.png, ${name}.pdf, ${readdirSync(out).filter((f) => f.startsWith(`${name}-page-`)).length} page(s)`);
  }
} finally {
  await browser.close();
}
