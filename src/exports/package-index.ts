import { Temporal } from 'temporal-polyfill';
import type { PolicyRecord } from '../policies/policy-record.ts';
import { ATTACHMENTS_SECTION, POLICIES_SECTION } from './control-words.ts';
import type { MatrixRow } from './control-matrix.ts';
import type { EvidenceSlice } from './evidence-slice.ts';
import type { ExportWindow } from './export-window.ts';
import type { Population } from './population.ts';
import type { PackageFile } from './package-writer.ts';

/** What the index describes: everything written before it. */
export interface PackageContents {
  workspace: string;
  window: ExportWindow;
  createdAt: string;
  createdBy: string;
  matrix: MatrixRow[];
  populations: { population: Population; file: string; rows: number }[];
  policies: { file: string; record: PolicyRecord }[];
  attachments: { file: string; sha256: string; contentType: string; events: number[] }[];
  evidence: { slice: EvidenceSlice; keyId: string; events: number };
  files: PackageFile[];
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const h = (text: string | number | null | undefined) => String(text ?? '').replace(/[&<>"']/g, (c) => escapes[c]!);
const count = (n: number) => n.toLocaleString('en');
const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`);
const plural = (n: number, noun: string) => `${count(n)} ${noun}${n === 1 ? '' : 's'}`;

/** A link to a file of the package, or to the index's own section for a folder. */
function link(path: string, label: string = path): string {
  if (path === POLICIES_SECTION) return `<a href="#policies">${h(label === path ? 'policy PDFs' : label)}</a>`;
  if (path === ATTACHMENTS_SECTION) return `<a href="#attachments">${h(label === path ? 'attachments' : label)}</a>`;
  return `<a href="${h(path.split('/').map(encodeURIComponent).join('/'))}">${h(label)}</a>`;
}

/** "2026-04-05 to 2026-07-21" for a version a later one replaced, "since 2026-04-05" for the one still in force. */
function inForce(record: PolicyRecord, timeZone: string): string {
  const next = record.versions.find((v) => v.version > record.version.version && v.publishedAt !== null);
  return next ? `${record.effectiveOn} to ${Temporal.Instant.from(next.publishedAt!).toZonedDateTimeISO(timeZone).toPlainDate()}` : `since ${record.effectiveOn}`;
}

function localTime(iso: string, timeZone: string): string {
  return Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone).toPlainDateTime().toString({ smallestUnit: 'minute' }).replace('T', ' ');
}

function matrixTable(rows: MatrixRow[]): string {
  const withStatus = rows.some((row) => row.status !== null);
  const byCriterion = Map.groupBy(rows, (row) => row.criterion.id);
  // Criteria left out for the same reason, one after another (the optional categories), share one cell.
  const sameReason = (i: number) => (rows[i]?.control === null ? rows[i]!.evidence : undefined);
  const body = [...byCriterion.values()].flatMap((group) =>
    group.map((row, i) => {
      const criterion = i === 0 ? `<th scope="rowgroup" rowspan="${group.length}" class="criterion"><span class="id">${h(row.criterion.id)}</span>${h(row.criterion.title)}</th>` : '';
      if (!row.control) {
        const at = rows.indexOf(row);
        if (at > 0 && sameReason(at - 1) === row.evidence) return `<tr class="uncovered">${criterion}</tr>`;
        let span = 1;
        while (sameReason(at + span) === row.evidence) span++;
        return `<tr class="uncovered">${criterion}<td colspan="${withStatus ? 5 : 4}" rowspan="${span}">${h(row.evidence)}</td></tr>`;
      }
      return `<tr>${criterion}<td><span class="id">${h(row.control.id)}</span>${h(row.control.title)}</td><td>${h(row.frequency)}</td><td>${h(row.policy?.title)}</td><td>${h(row.evidence)}${row.files.length ? `<div class="files">${row.files.map((f) => link(f, f.endsWith('/') ? f : f.split('/').at(-1))).join(' · ')}</div>` : ''}</td>${withStatus ? `<td>${h(row.status)}</td>` : ''}</tr>`;
    }),
  );
  return `<table class="matrix"><thead><tr><th>Criterion</th><th>Control</th><th>Runs</th><th>Policy</th><th>Evidence in this package</th>${withStatus ? '<th>Status over the window</th>' : ''}</tr></thead><tbody>${body.join('\n')}</tbody></table>`;
}

function evidenceText({ slice, keyId, events }: PackageContents['evidence']): string {
  if (slice.firstSeq === null) return '<p>No event was recorded or took effect in the window.</p>';
  const starts = slice.firstSeq === 1 ? 'at the first event of the log' : `right after the signed checkpoint at event ${slice.firstSeq - 1}`;
  const last = slice.checkpoints.at(-1)!;
  const ends = last.signedAt === null ? 'on the signed head of the log as it stood when the package was made' : `on the signed checkpoint at event ${last.seq}`;
  const own =
    slice.window.first === null
      ? 'None was recorded or took effect in the window: these are the events the populations cite.'
      : `Events ${slice.window.first} to ${slice.window.last} were recorded or took effect in the window; any others are events the populations cite, or widen the slice to whole signed stretches.`;
  return `<p>This package holds events ${slice.firstSeq} to ${slice.lastSeq} of the log (${plural(events, 'event')}). ${own} The slice starts ${starts} and ends ${ends}, so every event is under a signature: ${plural(slice.checkpoints.length, 'signature')} in all, by the key with id <code>${h(keyId)}</code>.</p>
<p class="small">Each line of ${link('evidence/events.jsonl')} is one event as canonical JSON (RFC 8785): its sequence number, when it was recorded and when it took effect, who did what to which subject, its data, the SHA-256 of its attachments, the hash of the event before it, and its own hash, which is the SHA-256 of the same object without <code>hash</code> and with <code>"v":1</code>. ${link('evidence/log.json')} names the slice and its checkpoints; ${link('evidence/public-key.pem')} is the Ed25519 key they are signed with.</p>`;
}

/** index.html: the package described for an auditor, readable offline in any browser, with no script and nothing fetched. */
export function packageIndexHtml(contents: PackageContents): string {
  const { window, evidence } = contents;
  const populations = contents.populations
    .map(({ population, file, rows }) => `<tr><td>${link(file, population.title)}</td><td>${h(population.row)}</td><td class="small">${h(population.selection(window))}</td><td class="num">${count(rows)}</td></tr>`)
    .join('\n');
  const policies = contents.policies.length
    ? `<table><thead><tr><th>Document</th><th>Version</th><th>In force</th><th>Approved</th><th>SHA-256 of the text</th></tr></thead><tbody>${contents.policies
        .map(({ file, record }) => `<tr><td>${link(file, record.policy.title)}<div class="muted small">${h(record.policy.kind)}</div></td><td class="num">${record.version.version}</td><td class="date">${h(inForce(record, window.timeZone))}</td><td><span class="date">${h(record.approvedOn)}</span> by ${h(record.version.approvedBy)}${record.version.selfApproved ? ' (self-approved)' : ''}</td><td class="mono">${h(record.version.sha256)}</td></tr>`)
        .join('\n')}</tbody></table>`
    : '<p>No policy was in force in the window.</p>';
  const sizes = new Map(contents.files.map((f) => [f.path, f.bytes]));
  const attachments = contents.attachments.length
    ? `<table><thead><tr><th>File</th><th>Type</th><th>Size</th><th>Cited by events</th></tr></thead><tbody>${contents.attachments
        .map((a) => `<tr><td class="mono">${link(a.file, a.sha256)}</td><td>${h(a.contentType)}</td><td class="num">${size(sizes.get(a.file) ?? 0)}</td><td>${a.events.map((seq) => h(seq)).join(', ')}</td></tr>`)
        .join('\n')}</tbody></table>`
    : '<p>No event of the slice has an attachment.</p>';
  const files = contents.files.map((f) => `<tr><td class="mono">${link(f.path)}</td><td class="num">${size(f.bytes)}</td></tr>`).join('\n');
  const signatures = evidence.slice.checkpoints.length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(contents.workspace)}: auditor package, ${h(window.from)} to ${h(window.to)}</title>
<style>
:root { --ink: #1d2430; --muted: #5d6778; --line: #dfe3ea; --soft: #f5f7fa; --accent: #1f5fbf; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 36px 32px 72px; }
h1 { font-size: 28px; line-height: 1.2; margin: 0; }
.kicker { color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: .06em; margin: 0 0 6px; }
h2 { font-size: 20px; margin: 44px 0 6px; padding-top: 12px; border-top: 1px solid var(--line); }
p { max-width: 860px; margin: 6px 0 10px; }
a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 20px; margin: 18px 0; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
.check { max-width: 900px; margin: 22px 0; padding: 14px 18px; background: var(--soft); border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; }
.check h2 { border: 0; margin: 0 0 4px; padding: 0; font-size: 17px; }
pre { margin: 8px 0; padding: 8px 12px; background: #fff; border: 1px solid var(--line); border-radius: 4px; }
code, .mono, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.mono { word-break: break-all; }
nav ol { margin: 6px 0; padding-left: 22px; columns: 2; max-width: 620px; }
table { width: 100%; border-collapse: collapse; margin: 10px 0 4px; }
th, td { padding: 7px 10px; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); }
thead th { position: sticky; top: 0; background: var(--soft); color: var(--muted); font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.date { white-space: nowrap; }
.matrix th.criterion { width: 20%; font-weight: 400; background: #fbfcfd; }
.id { display: block; font-weight: 600; font-variant-numeric: tabular-nums; }
.files { margin-top: 3px; font-size: 13px; }
tr.uncovered td { color: var(--muted); font-style: italic; }
.muted { color: var(--muted); } .small { font-size: 13px; }
@media print { thead th { position: static; } a { color: inherit; } h2 { break-after: avoid; } }
</style>
</head>
<body>
<main>
<p class="kicker">SOC 2 auditor package</p>
<h1>${h(contents.workspace)}</h1>
<dl class="facts">
<dt>Audit window</dt><dd>${h(window.from)} to ${h(window.to)}, both days included, in ${h(window.timeZone)}</dd>
<dt>Made</dt><dd>${h(localTime(contents.createdAt, window.timeZone))} (${h(contents.createdAt)}) by ${h(contents.createdBy)}</dd>
<dt>Evidence</dt><dd>${plural(evidence.events, 'event')} of the log, under ${plural(signatures, 'signature')} by key <code>${h(evidence.keyId)}</code></dd>
<dt>Files</dt><dd>${plural(contents.files.length + 2, 'file')}: this page, manifest.json, and the ${count(contents.files.length)} listed below</dd>
</dl>
<section class="check" aria-labelledby="check">
<h2 id="check">Check this package first</h2>
<p>In this folder, with Node.js 20 or later (nothing to install, no network):</p>
<pre>node verify.mjs</pre>
<p class="small">It checks every file against the SHA-256 in manifest.json, recomputes the hash of every event and its link to the one before, and checks every signature with the key in evidence/public-key.pem. It names any file or event that does not match. Compare the key id it prints, <code>${h(evidence.keyId)}</code>, with the one Groundwork shows for the workspace. Groundwork recorded this package in its own log (<code>exports.package.created</code>, with the SHA-256 of manifest.json).</p>
</section>
<nav aria-label="Contents"><ol>
<li><a href="#matrix">Control matrix</a></li>
<li><a href="#populations">Populations</a></li>
<li><a href="#policies">Policies in force</a></li>
<li><a href="#evidence">Evidence log</a></li>
<li><a href="#attachments">Attachments</a></li>
<li><a href="#files">Every file</a></li>
</ol></nav>

<h2 id="matrix">Control matrix</h2>
<p>Every Trust Services Criterion, with each control that supports it, how often it runs, the policy it carries out, and where its evidence is in this package. The status is Groundwork’s own reading of the window’s evidence (a Type 2 readiness check): a control operated consistently when everything that fell due in the window was on time or has a recorded exception. Also as ${link('control-matrix.csv')}.</p>
${matrixTable(contents.matrix)}

<h2 id="populations">Populations</h2>
<p>Each list is complete for the window, so that samples can be drawn from it. Times are in UTC (ISO 8601); dates are local to ${h(window.timeZone)}. Each row names the evidence events it rests on, which are in the log below.</p>
<table><thead><tr><th>Population</th><th>One row is</th><th>How the list was chosen</th><th>Rows</th></tr></thead><tbody>
${populations}
</tbody></table>

<h2 id="policies">Policies in force</h2>
<p>Every version of a policy, procedure or orientation in force at some time in the window, as a PDF with its approval and reviews.</p>
${policies}

<h2 id="evidence">Evidence log</h2>
${evidenceText(evidence)}

<h2 id="attachments">Attachments</h2>
<p>The files attached to events of the log slice, each named by its SHA-256.</p>
${attachments}

<h2 id="files">Every file</h2>
<p>The SHA-256 of each is in ${link('manifest.json')}.</p>
<table><thead><tr><th>File</th><th>Size</th></tr></thead><tbody>
${files}
</tbody></table>
</main>
</body>
</html>
`;
}
