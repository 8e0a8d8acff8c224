/**
 * `--format html`: the reviewer report as one self-contained HTML page (inline CSS, no fonts, images or
 * scripts from anywhere; a Content-Security-Policy forbids any load). Everything is in the markup, so it
 * reads and prints without JavaScript; a small inline script only adds a filter over the findings.
 * Every piece of scanned text is escaped.
 */
import { createHash } from 'node:crypto';
import type { LintRun } from '../report/model.js';
import { getRequirement } from '../requirements/index.js';
import {
  buildSections,
  formatDate,
  megabytes,
  notCheckedCount,
  pathUri,
  type Entry,
  type ReportOptions,
  type ReportSections,
} from './report-sections.js';
import { reportStrings, type ReportStrings } from './report-strings.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text and attribute values alike. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A relative link to a scanned file: every segment percent-encoded, so no path can become a `javascript:` URL. */
function fileHref(path: string, line?: number): string {
  const p = pathUri(path);
  return line ? `${p}#L${line}` : p;
}

const httpUrl = (u: string | undefined): u is string => !!u && /^https?:\/\//.test(u);

const STYLE = `
:root { --fg:#1d2330; --muted:#5b6472; --line:#d8dde5; --bg-alt:#f5f7fa; --accent:#1f5fbf; --err:#b3261e; --warn:#8a5a00; --ok:#1e6b35; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px 28px 48px; color: var(--fg); background: #fff;
  font: 14px/1.55 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Yu Gothic", Meiryo, sans-serif; }
h1 { font-size: 26px; margin: 0 0 6px; }
h2 { font-size: 19px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 15px; margin: 22px 0 8px; }
p.intro, p.note { color: var(--muted); margin: 4px 0 12px; max-width: 90ch; }
a { color: var(--accent); }
code { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--bg-alt); padding: 0 3px; border-radius: 3px; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; }
th, td { border: 1px solid var(--line); padding: 5px 7px; text-align: left; vertical-align: top; }
th { background: var(--bg-alt); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 3px 16px; margin: 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 8px 0 16px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 130px; }
.card .n { font-size: 24px; font-weight: 700; display: block; }
.card .l { color: var(--muted); font-size: 12.5px; }
.card.alert .n { color: var(--err); }
meter { width: 160px; }
.sev { font-weight: 600; white-space: nowrap; }
.sev.error { color: var(--err); }
.sev.warning { color: var(--warn); }
.badge { display: inline-block; font-size: 11px; padding: 0 5px; border-radius: 8px; border: 1px solid currentColor; margin-left: 4px; }
.bad { color: var(--err); font-weight: 600; }
.fp { color: var(--muted); font-size: 12px; }
.nowrap { white-space: nowrap; }
.refs a { margin-right: 4px; white-space: nowrap; }
table.findings { table-layout: fixed; }
table.findings col.n { width: 64px; } table.findings col.rule { width: 138px; }
table.findings col.ids { width: 92px; } table.findings col.ids.wide { width: 128px; }
td.ids code, code.id { display: inline-block; margin: 0 2px 2px 0; white-space: nowrap; overflow-wrap: normal; font-size: 11.5px; }
table.findings td:first-child { white-space: nowrap; }
td.rule code { font-size: 11.5px; }
nav.toc ol { columns: 2; margin: 6px 0; }
.filter { margin: 8px 0; }
.filter input { width: min(520px, 100%); padding: 5px 8px; font: inherit; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
:target { outline: 2px solid var(--accent); }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5px; }
  nav.toc, .filter { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  tr { break-inside: avoid; }
  .file[hidden] { display: block; }
}
`;

// Progressive enhancement: the filter box is hidden until this runs; the content never depends on it.
const SCRIPT = `
(function () {
  var box = document.getElementById('filter');
  if (!box) return;
  box.parentElement.parentElement.hidden = false;
  var rows = document.querySelectorAll('table.findings tbody tr');
  var count = document.getElementById('filter-count');
  box.addEventListener('input', function () {
    var q = box.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (tr) {
      var hit = !q || tr.textContent.toLowerCase().indexOf(q) !== -1;
      tr.hidden = !hit;
      if (hit) shown++;
    });
    document.querySelectorAll('.file').forEach(function (f) {
      f.hidden = !f.querySelector('tbody tr:not([hidden])');
    });
    count.textContent = q ? shown + ' / ' + rows.length : '';
  });
})();
`;

const sha256 = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

function table(head: string[], rows: string[][], cls = '', numeric: number[] = []): string {
  const th = head.map((h, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${h}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const ref = (e: Entry): string => `<a href="#${e.anchor}">F${e.n}</a>`;
const refs = (es: readonly Entry[]): string => `<span class="refs">${es.map(ref).join(' ')}</span>`;
const where = (e: Entry): string =>
  `<a href="${esc(fileHref(e.filePath, e.finding.line))}">${esc(`${e.filePath}:${e.finding.line}`)}</a>`;
const code = (s: string): string => `<code>${esc(s)}</code>`;

function idChip(id: string, locale: 'en' | 'ja'): string {
  const title = getRequirement(id)?.title[locale];
  return `<code class="id"${title ? ` title="${esc(title)}"` : ''}>${esc(id)}</code>`;
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}">\n<h2>${esc(title)}</h2>\n${body}\n</section>`;
}

function metadata(s: ReportSections, t: ReportStrings): string {
  const rows: Array<[string, string]> = [
    [t.tool, esc(`${s.tool.name} ${s.tool.version}`)],
    [t.generated, `<time datetime="${esc(s.generatedAt)}">${esc(formatDate(s.generatedAt))}</time>`],
    [t.scanRoot, code(s.cwd)],
    [t.filesScanned, esc(s.filesLinted)],
    [t.filesWithFindings, esc(s.filesWithFindings)],
    [t.notCheckedCount, s.notChecked.length > 0 ? `<a href="#not-checked">${esc(notCheckedCount(s.notChecked))}</a>` : '0'],
    [t.baseline, esc(s.baseline ? t.baselineLine(s.baseline) : t.noBaseline)],
  ];
  return section('scan', t.metadata, `<dl class="meta">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`);
}

function summary(s: ReportSections, t: ReportStrings): string {
  const card = (n: number | string, label: string, alert = false): string =>
    `<div class="card${alert ? ' alert' : ''}"><span class="n">${esc(n)}</span><span class="l">${esc(label)}</span></div>`;
  const cards = [
    card(s.entries.length, t.findings, s.errors > 0),
    card(s.errors, t.errors),
    card(s.warnings, t.warnings),
    card(`${s.filesWithFindings} / ${s.filesLinted}`, t.filesWithFindings),
    card(s.reportable.length, t.reportable, s.reportable.length > 0),
    card(s.suppressions.length, t.suppressed),
  ].join('');
  let body = `<div class="cards">${cards}</div>`;
  if (s.entries.length === 0) return section('summary', t.summary, `${body}<p>${esc(t.noFindings)}</p>`);
  const total = s.entries.length;
  body += `<h3>${esc(t.byTier)}</h3>`;
  body += table(
    [esc(t.tierColumn), esc(t.countColumn), esc(t.shareColumn)],
    s.byTier.map((r) => [
      esc(r.tier ? t.tiers[r.tier] : t.none),
      esc(r.count),
      `<meter min="0" max="${total}" value="${r.count}"></meter> ${esc(Math.round((r.count / total) * 100))}%`,
    ]),
    'tiers',
    [1],
  );
  body += `<h3>${esc(t.byRule)}</h3>`;
  body += table([esc(t.ruleColumn), esc(t.countColumn)], s.byRule.map((r) => [code(r.ruleId), esc(r.count)]), 'rules', [1]);
  return section('summary', t.summary, body);
}

const dataOf = (e: Entry): string => esc(e.kindLabels.join(', ')) || esc('—');

function reportable(s: ReportSections, t: ReportStrings): string {
  let body = `<p class="intro">${esc(t.reportableIntro)}</p>`;
  if (s.reportable.length === 0) return section('reportable', t.reportableTitle, `${body}<p>${esc(t.reportableNone)}</p>`);
  body += table(
    ['#', esc(t.locationColumn), esc(t.dataColumn), esc(t.triggerColumn), esc(t.viaColumn)],
    s.reportable.map((e) => [
      ref(e),
      where(e),
      dataOf(e),
      (e.finding.leakTrigger?.ids ?? []).map((id) => `${code(id)} ${esc(getRequirement(id)?.title[s.locale] ?? '')}`).join('<br>'),
      code(e.finding.sink.api),
    ]),
    'reportable',
  );
  return section('reportable', t.reportableTitle, body);
}

function byRequirement(s: ReportSections, t: ReportStrings): string {
  if (s.entries.length === 0) return '';
  let body = `<p class="intro">${esc(t.byRequirementIntro)}</p>`;
  for (const g of s.requirementGroups) {
    body += `<h3 id="req-${g.id}">${esc(t.groupTitle[g.id])}</h3>`;
    body += table(
      [esc(t.idColumn), esc(t.requirementColumn), esc(t.countColumn), esc(t.findingsColumn)],
      g.rows.map((r) => [
        httpUrl(r.url) ? `<a href="${esc(r.url)}" rel="noreferrer">${code(r.id)}</a>` : code(r.id),
        esc(r.title),
        esc(r.entries.length),
        refs(r.entries),
      ]),
      'requirements',
      [2],
    );
  }
  return section('requirements', t.byRequirement, body);
}

function byKind(s: ReportSections, t: ReportStrings): string {
  if (s.entries.length === 0) return '';
  const body =
    `<p class="intro">${esc(t.byKindIntro)}</p>` +
    table(
      [esc(t.kindColumn), esc(t.tierColumn), esc(t.countColumn), esc(t.viaColumn), esc(t.findingsColumn)],
      s.byKind.map((r) => [`${esc(r.label)} ${code(r.kind)}`, esc(t.tiers[r.tier] ?? r.tier), esc(r.entries.length), r.apis.map(code).join(' '), refs(r.entries)]),
      'kinds',
      [2],
    );
  return section('kinds', t.byKind, body);
}

function destinations(s: ReportSections, t: ReportStrings): string {
  let body = `<p class="intro">${esc(t.destinationsIntro)}</p>`;
  if (s.destinations.length === 0) return section('destinations', t.destinations, `${body}<p>${esc(t.destinationsNone)}</p>`);
  body += table(
    [esc(t.vendorColumn), esc(t.countryColumn), esc(t.destinationColumn), esc(t.dataColumn), esc(t.viaColumn), esc(t.transportColumn), esc(t.findingsColumn)],
    s.destinations.map((d) => [
      esc(d.vendor ?? t.none) + (d.firstParty ? ` <span class="badge">${esc(t.firstParty)}</span>` : ''),
      esc(d.country ?? t.none),
      d.host ? code(d.host) : esc(t.unknownHost),
      esc(d.kinds.join(', ')),
      d.apis.map(code).join(' '),
      d.insecure ? `<span class="bad">${esc(t.plainText)}</span>` : esc(t.tls),
      refs(d.entries),
    ]),
    'destinations',
  );
  if (s.destinations.some((d) => d.firstParty)) body += `<p class="note">${esc(t.firstPartyNote)}</p>`;
  return section('destinations', t.destinations, body);
}

function allFindings(s: ReportSections, t: ReportStrings): string {
  if (s.entries.length === 0) return '';
  const cols = s.crosswalkColumns;
  let body = `<p class="intro">${esc(t.allFindingsIntro)}</p>`;
  body += `<div class="filter" hidden><label>${esc(t.filterLabel)} <input type="search" id="filter" placeholder="${esc(t.filterPlaceholder)}"></label> <span id="filter-count"></span></div>`;
  for (const file of s.files) {
    body += `<div class="file"><h3><a href="${esc(fileHref(file.filePath))}">${esc(file.filePath)}</a></h3>`;
    const rows = file.entries.map((e) => {
      const f = e.finding;
      const sev = f.eslintSeverity === 2 ? 'error' : 'warning';
      const badge = f.baselineState === 'new' ? ` <span class="badge">${esc(t.newFinding)}</span>` : '';
      const tier = e.tier ? `${esc(t.tiers[e.tier])} · ` : '';
      return (
        `<tr id="${e.anchor}"><td><a href="#${e.anchor}">F${e.n}</a><br><a href="${esc(fileHref(e.filePath, f.line))}">${esc(`${f.line}:${f.column}`)}</a></td>` +
        `<td class="rule"><code title="${esc(f.ruleId)}">${esc(f.ruleId.replace(/^pii-guard\//, ''))}</code><br>` +
        `<span class="sev ${sev}">${esc(sev === 'error' ? t.error : t.warning)}</span>${badge}</td>` +
        `<td>${esc(e.message)}<div class="fp">${tier}${code(f.sink?.api ?? '')}</div></td>` +
        cols.map((c) => `<td class="ids">${e.crosswalk[c]?.map((id) => idChip(id, s.locale)).join(' ') || esc(t.none)}</td>`).join('') +
        `</tr>`
      );
    });
    const head = [`# · ${t.lineColumn}`, t.ruleColumn, t.findingColumn, ...cols.map((c) => t.crosswalk[c])].map((h) => `<th>${esc(h)}</th>`).join('');
    const colgroup =
      '<colgroup><col class="n"><col class="rule"><col>' +
      cols.map((c) => `<col class="ids${c === 'appi' ? ' wide' : ''}">`).join('') +
      '</colgroup>';
    body += `<table class="findings">${colgroup}<thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
  }
  return section('findings', t.allFindings, body);
}

function suppressions(s: ReportSections, t: ReportStrings): string {
  // Our own text: its `code` spans become <code> (after escaping, so nothing else can).
  let body = `<p class="intro">${esc(t.suppressionsIntro).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`;
  if (s.suppressions.length === 0) return section('suppressions', t.suppressions, `${body}<p>${esc(t.suppressionsNone)}</p>`);
  body += table(
    [esc(t.locationColumn), esc(t.ruleColumn), esc(t.reasonColumn), esc(t.authorColumn), esc(t.untilColumn), esc(t.statusColumn), esc(t.findingColumn)],
    s.suppressions.map((x) => [
      `<a href="${esc(fileHref(x.filePath, x.line))}">${esc(`${x.filePath}:${x.line}`)}</a>`,
      code(x.ruleId),
      x.reason ? esc(x.reason) : `<span class="bad">${esc(t.noReason)}</span>`,
      esc(x.author ?? t.none),
      `<span class="nowrap">${esc(x.until ?? t.none)}</span>`,
      x.status === 'accepted' ? esc(t.status.accepted) : `<span class="bad">${esc(t.status[x.status])}</span>`,
      esc(x.message),
    ]),
    'suppressions',
  );
  return section('suppressions', t.suppressions, body);
}

function notChecked(s: ReportSections, t: ReportStrings): string {
  if (s.notChecked.length === 0) return section('not-checked', t.notChecked, `<p>${esc(t.notCheckedNone)}</p>`);
  const items = s.notChecked.map((r) => {
    if (r.kind === 'parse-error') {
      return `<li><a href="${esc(fileHref(r.filePath!, r.line))}">${esc(`${r.filePath}:${r.line}`)}</a>: ${esc(t.parseError(r.message ?? ''))}</li>`;
    }
    if (r.kind === 'too-large') {
      return `<li><a href="${esc(fileHref(r.filePath!))}">${esc(r.filePath!)}</a>: ${esc(t.tooLarge(megabytes(r.size ?? 0), megabytes(r.limit ?? 0)))}</li>`;
    }
    return `<li>${esc(t.components(r.count ?? 0, r.extension ?? '', r.parser ?? ''))}</li>`;
  });
  return section('not-checked', t.notChecked, `<ul>${items.join('\n')}</ul>`);
}

export function formatHtml(run: LintRun, options: ReportOptions): string {
  const s = buildSections(run, options);
  const t = reportStrings(options.locale);
  const sections = [
    metadata(s, t),
    summary(s, t),
    reportable(s, t),
    byRequirement(s, t),
    byKind(s, t),
    destinations(s, t),
    allFindings(s, t),
    suppressions(s, t),
    notChecked(s, t),
  ].filter(Boolean);
  const toc = sections
    .map((html) => /<section id="([^"]+)">\n<h2>([^<]*)<\/h2>/.exec(html))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `<li><a href="#${m[1]}">${m[2]}</a></li>`)
    .join('');
  // No load of any kind: inline styles, and only this exact inline script.
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src ${sha256(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const title = `${t.title}: ${s.entries.length} ${t.findings.toLowerCase()}`;
  return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="generator" content="${esc(`${s.tool.name} ${s.tool.version}`)}">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(t.title)}</h1>
<p class="intro">${esc(t.intro)}</p>
</header>
<nav class="toc" aria-label="${esc(t.contents)}"><ol>${toc}</ol></nav>
${sections.join('\n')}
<footer>${esc(`${s.tool.name} ${s.tool.version}`)} · ${esc(formatDate(s.generatedAt))}</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
