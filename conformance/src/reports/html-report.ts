import { esc } from './junit-xml.js'
import type { SuiteReport } from './suite-report.js'

/**
 * One static, self-contained HTML page: summary, coverage, a row × target matrix with filters
 * (status, target, level, free text) and the details of every case. No external assets.
 */
export function htmlReport(report: SuiteReport): string {
  const rows = report.runs.flatMap((run) =>
    run.results.map((r) => ({
      target: run.target,
      id: r.id,
      level: r.level,
      status: r.status,
      title: r.title,
      message: r.message ?? '',
      notes: [...r.warnings.map((w) => `SHOULD: ${w}`), ...r.notes].join(' · '),
      cites: r.cites.join(' · '),
      virtualMs: r.virtualMs,
    })),
  )
  const data = JSON.stringify({ rows, targets: report.runs.map((r) => r.target) }).replace(/</g, '\\u003c')
  const c = report.coverage
  const summary = report.runs
    .map((run) => {
      const s = report.summary[run.target]
      return s
        ? `<li><b>${esc(run.target)}</b> (${esc(run.transport ?? '?')}): ${s.pass} pass, ${s.fail} fail, ${s.error} error, ${s['n/a']} n/a</li>`
        : ''
    })
    .join('')
  const diffs = report.differences
    .map((d) => `<li><code>${esc(d.id)}</code> ${esc(d.left)} vs ${esc(d.right)}: ${esc(d.what)}</li>`)
    .join('')
  const waivers = c.waivers.map((w) => `<li><code>${esc(w.id)}</code>: ${esc(w.reason)}</li>`).join('')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>chatwire conformance report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1d1d1f}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{position:sticky;top:0;background:#fafafa}.pass{color:#137333}.fail,.error{color:#b3261e;font-weight:600}.na{color:#777}
.filters{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}small{color:#555}code{font-size:13px}
</style></head><body>
<h1>chatwire conformance report</h1>
<p>${esc(report.startedAt)} · ${report.ok ? '<span class="pass">every MUST case passed</span>' : '<span class="fail">MUST failures</span>'}</p>
<ul>${summary}</ul>
<p>Coverage: <b>${c.covered}/${c.total}</b> seed rows and events (${c.percent.toFixed(1)} %), ${c.byCase} by a case, ${c.byWaiver} waived (${c.waiverPercent.toFixed(1)} %); ${c.beyondSeed} beyond-seed rows and events not gated (${c.beyondSeedByCase} with a case).</p>
${waivers ? `<details><summary>Waivers</summary><ul>${waivers}</ul></details>` : ''}
<details${diffs ? ' open' : ''}><summary>Differential check: ${report.differences.length} difference(s)</summary><ul>${diffs}</ul></details>
<div class="filters">
<label>Status <select id="f-status"><option value="">all</option><option>pass</option><option>fail</option><option>error</option><option>n/a</option></select></label>
<label>Target <select id="f-target"><option value="">all</option></select></label>
<label>Level <select id="f-level"><option value="">all</option><option>MUST</option><option>SHOULD</option></select></label>
<label>Search <input id="f-text" placeholder="row id, text…"></label>
<span id="f-count"></span>
</div>
<table><thead><tr><th>case</th><th>level</th><th>target</th><th>status</th><th>details</th></tr></thead><tbody id="rows"></tbody></table>
<script type="application/json" id="data">${data}</script>
<script>
const data = JSON.parse(document.getElementById('data').textContent)
const $ = (id) => document.getElementById(id)
for (const t of data.targets) { const o = document.createElement('option'); o.textContent = t; $('f-target').append(o) }
const text = (s) => String(s).replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch])
function render() {
  const st = $('f-status').value, tg = $('f-target').value, lv = $('f-level').value, q = $('f-text').value.toLowerCase()
  const shown = data.rows.filter((r) => (!st || r.status === st) && (!tg || r.target === tg) && (!lv || r.level === lv) &&
    (!q || (r.id + ' ' + r.title + ' ' + r.message + ' ' + r.notes).toLowerCase().includes(q)))
  $('rows').innerHTML = shown.map((r) => '<tr><td><code>' + text(r.id) + '</code><br><small>' + text(r.title) + '</small></td><td>' +
    r.level + '</td><td>' + text(r.target) + '</td><td class="' + (r.status === 'n/a' ? 'na' : r.status) + '">' + r.status +
    '</td><td>' + text(r.message) + (r.notes ? '<br><small>' + text(r.notes) + '</small>' : '') + '<br><small>cites: ' + text(r.cites) + '</small></td></tr>').join('')
  $('f-count').textContent = shown.length + ' of ' + data.rows.length
}
for (const id of ['f-status', 'f-target', 'f-level', 'f-text']) $(id).addEventListener('input', render)
render()
</script>
</body></html>
`
}
