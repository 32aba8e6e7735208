// The one stylesheet. Text and page colours take the VS Code theme's values in the webview and
// fall back to a light palette standalone and in print. Chart and signal colours are our own solid
// palettes, light and dark (VS Code marks the webview's body vscode-dark etc.): the theme's charts.*
// colours can be translucent (Dark Modern's orange is rgba(234,92,0,0.33)), unreadable as text.
// Every text colour passes WCAG AA (4.5:1) on its palette's background. No url(), no @import: the
// file must open offline.
export const CSS = `
:root {
  --fg: var(--vscode-editor-foreground, #1f2328);
  --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #57606a);
  --border: var(--vscode-panel-border, #d0d7de);
  --subtle: var(--vscode-editorWidget-background, #f6f8fa);
  --link: var(--vscode-textLink-foreground, #0969da);
  --accent: #0969da;
  --green: #1a7f37;
  --purple: #8250df;
  --warn: #bc4c00;
  --error: #cf222e;
  --yellow: #9a6700;
  /* Text on a filled mark: white on the light palette, the dark page colour on the dark one. */
  --on-dark: #ffffff;
  --font: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif);
  color-scheme: light dark;
}
body.vscode-dark, body.vscode-high-contrast:not(.vscode-high-contrast-light) {
  --accent: #4493f8; --green: #3fb950; --purple: #ab7df8; --warn: #f0883e; --error: #ff7b72; --yellow: #d29922;
  --on-dark: #1f1f1f;
}
* { box-sizing: border-box; }
html { background: var(--bg); }
body { margin: 0 auto; max-width: 1040px; padding: 24px 32px 48px; color: var(--fg); background: var(--bg); font: 15px/1.45 var(--font); }
h1 { font-size: 28px; margin: 0; }
h2 { font-size: 21px; margin: 0 0 8px; }
h3 { font-size: 16px; margin: 24px 0 8px; }
header { margin-bottom: 20px; padding-bottom: 12px; border-bottom: 2px solid var(--accent); }
.as-of { margin: 4px 0 0; color: var(--muted); font-size: 16px; }
section { padding: 24px 0 32px; border-bottom: 1px solid var(--border); }
section:last-of-type { border-bottom: none; }
p { margin: 0 0 12px; max-width: 75ch; }
.intro, .note, .totals { color: var(--muted); }
.note { font-size: 14px; }
.git-note { border-left: 3px solid var(--warn); padding: 4px 10px; color: var(--fg); background: var(--subtle); }
.empty { padding: 16px; border: 1px dashed var(--border); color: var(--muted); font-style: italic; }
a { color: var(--link); }
/* Case ids in the webview: links without href (see context.ts caseRef), so styled here. */
a[data-open] { cursor: pointer; text-decoration: none; }
a[data-open]:hover, a[data-open]:focus-visible { text-decoration: underline; }
a[data-open]:focus-visible { outline: 2px solid var(--vscode-focusBorder, var(--link)); outline-offset: 2px; border-radius: 2px; }
figure { margin: 8px 0 16px; }
/* Wide tables and charts scroll sideways in a narrow column instead of widening the page. */
.table-wrap, figure { max-width: 100%; overflow-x: auto; }
.cards { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px; margin: 12px 0 8px; }
.card { border: 1px solid var(--border); border-radius: 6px; padding: 12px 16px; background: var(--subtle); }
.card-value { font-size: 32px; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
.card-label { color: var(--muted); font-size: 14px; }
.card.alert .card-value { color: var(--warn); }
.card.error .card-value { color: var(--error); }
.card-list { margin: 6px 0 0; padding: 0; list-style: none; font-size: 13px; color: var(--muted); }
.phase-list { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 8px; margin: 0 0 12px; padding: 0; list-style: none; }
.phase-list li { display: flex; flex-direction: column; justify-content: space-between; border-top: 3px solid var(--accent); padding: 6px 4px 0; font-size: 13px; }
.phase-list li strong { display: block; font-size: 22px; font-variant-numeric: tabular-nums; }
.phase-name { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 13px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; color: var(--muted); font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--border); }
thead th { border-bottom: 2px solid var(--border); font-weight: 600; }
tbody th { font-weight: 400; }
tbody tr:nth-child(even) { background: var(--subtle); }
tfoot th, tfoot td { border-top: 2px solid var(--border); border-bottom: none; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.nowrap { white-space: nowrap; }
thead th.num { white-space: normal; }
.zero { color: var(--muted); }
.over { color: var(--warn); font-weight: 700; }
.case-id, .rule { font-family: var(--vscode-editor-font-family, ui-monospace, "SFMono-Regular", Consolas, monospace); white-space: nowrap; }
.swatch { vertical-align: -1px; margin-right: 4px; }
svg.chart { display: block; max-width: 100%; height: auto; overflow: visible; }
.chart text { fill: var(--fg); font-family: var(--font); font-size: 14px; }
.chart .small, .chart .tick { fill: var(--muted); font-size: 13px; }
.chart .head, .chart .unit { font-size: 13px; }
.chart .head { font-weight: 600; }
.chart .value, .chart .cell-value, .chart .bar-value { font-weight: 600; }
.chart .bar-value { font-size: 12px; }
.chart .on-dark { fill: var(--on-dark); font-weight: 600; }
.chart .limit-label { fill: var(--warn); font-weight: 700; }
.grid { stroke: var(--border); stroke-width: 1; }
.axis { stroke: var(--muted); stroke-width: 1; }
.limit { stroke: var(--warn); stroke-width: 2.5; stroke-dasharray: 7 4; }
.reached { fill: var(--accent); fill-opacity: 0.3; }
.now, .opened, .dot, .bin, .heat { fill: var(--accent); }
.closed-bar { fill: var(--green); }
.dot { fill-opacity: 0.9; stroke: var(--bg); stroke-width: 1; }
.dot.over, .bin.over { fill: var(--warn); }
.heat-zero { fill: none; stroke: var(--border); }
.o0 { fill: var(--accent); } .o1 { fill: var(--green); } .o2 { fill: var(--purple); } .o3 { fill: var(--warn); }
.o4 { fill: var(--error); } .o5 { fill: var(--yellow); } .o6 { fill: var(--muted); }
footer { margin-top: 24px; color: var(--muted); font-size: 13px; }
/* A half-width editor column (~520 px): narrower padding, two cards a row, the phases wrapping,
   and charts kept at a readable size (they scroll sideways in their figure rather than shrink). */
@media screen and (max-width: 760px) {
  body { padding: 16px 16px 32px; }
  .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .phase-list { grid-template-columns: repeat(auto-fill, minmax(120px, 1fr)); }
  svg.chart { min-width: 800px; }
  svg#outcomes-chart { min-width: 0; }
  .card-value { font-size: 26px; }
}
@media screen and (max-width: 420px) {
  .cards { grid-template-columns: minmax(0, 1fr); }
}
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  :root { --fg: #1f2328; --bg: #ffffff; --muted: #57606a; --border: #d0d7de; --subtle: #f6f8fa; --link: #1f2328; --accent: #0969da;
    --green: #1a7f37; --purple: #8250df; --warn: #bc4c00; --error: #cf222e; --yellow: #9a6700; --on-dark: #ffffff; color-scheme: light; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; width: auto; padding: 0; font-size: 10pt; }
  /* Paper does not scroll: tables and charts fit the page width. */
  .table-wrap, figure { overflow: visible; }
  svg.chart { min-width: 0; }
  section { border-bottom: none; padding: 0; }
  section + section { break-before: page; }
  /* A section that only says it has no data does not need a page of its own. */
  section + section:not(:has(figure, table)) { break-before: auto; padding-top: 8mm; }
  /* The overview fills half a page and the outcomes a third of the next: the funnel and the time
     in phase follow on rather than leave the rest blank. */
  section#funnel, section#time-in-phase { break-before: auto; padding-top: 8mm; }
  h2, h3, .intro, caption { break-after: avoid; }
  figure, svg, tr, .card, .cards, .phase-list, .empty, .note { break-inside: avoid; }
  table { font-size: 9pt; }
  /* Short tables stay whole: a lone row on the next page reads as a different table. */
  .funnel-table, .outcomes-table { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  footer { break-before: avoid; }
}
`;
