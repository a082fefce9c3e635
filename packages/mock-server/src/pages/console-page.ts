/** The agent console at `/`: live sessions, transcripts, acting as an agent, faults. Talks to /admin/ only. */
export const consolePage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>chatwire mock: agent console</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px system-ui,sans-serif;margin:0;display:grid;grid-template-columns:300px 1fr;height:100vh}
aside{border-right:1px solid #ccc;overflow:auto;padding:8px}main{display:flex;flex-direction:column;padding:8px;min-width:0}
.s{padding:6px;border-radius:4px;cursor:pointer;margin-bottom:4px;background:#f4f4f4}.s.sel{background:#cde}.s.ended{opacity:.5}
#transcript{flex:1;overflow:auto;border:1px solid #ddd;padding:8px;margin:8px 0}
.ev{margin:2px 0}.ev .who{font-weight:600}.ev.sys{color:#777;font-style:italic}
form{display:flex;gap:4px;margin:4px 0}input[type=text]{flex:1}textarea{width:100%;height:60px}
header{display:flex;gap:8px;align-items:center;flex-wrap:wrap}small{color:#666}
</style></head><body>
<aside><h3>Sessions</h3><div id="status"></div><div id="sessions"></div>
<h4>Server</h4><button id="offline">Go offline</button> <button id="online">Go online</button>
<h4>Faults (global JSON)</h4><textarea id="faults">{}</textarea><button id="setFaults">Set faults</button>
<div><select id="failKind"><option>http5xx</option><option>statusCode1</option><option>statusCode2</option><option>drop</option><option>duplicate</option><option>reorder</option><option>latency</option></select>
<button id="failNext">Fail next request</button></div><div id="faultMsg"></div></aside>
<main><header><h3 id="title">No session selected</h3><small id="who"></small></header>
<header><button id="join">Join as</button><input id="agentName" value="Agent Alex" size="12">
<button id="leave">Leave</button><button id="typing">Type…</button><button id="end">End chat</button></header>
<div id="transcript" aria-live="polite"></div>
<form id="sayForm"><input type="text" id="say" placeholder="Message as agent" autocomplete="off"><button>Send</button></form>
<form id="urlForm"><input type="text" id="url" placeholder="https://example.com (push URL)"><button>Push URL</button></form>
</main>
<script>
let selected = new URLSearchParams(location.search).get('session'), lastJson = ''
const $ = (id) => document.getElementById(id)
const api = async (path, method = 'GET', body) => {
  const r = await fetch('/admin/' + path, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  const j = await r.json().catch(() => ({}))
  if (!r.ok) $('faultMsg').textContent = (j.error && (j.error.message + ' ' + (j.error.issues || []).join('; '))) || r.status
  return j
}
const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e }
async function refresh() {
  const [list, status] = await Promise.all([api('sessions'), api('status')])
  $('status').textContent = (status.offline ? 'OFFLINE · ' : 'online · ') + 'scenario ' + status.scenario
  const box = $('sessions'); box.replaceChildren()
  for (const s of list.slice().reverse()) {
    const d = el('div', 's' + (s.id === selected ? ' sel' : '') + (s.ended ? ' ended' : ''))
    d.dataset.id = s.id
    d.append(el('div', '', s.clientName + (s.ended ? ' (ended)' : '')), el('small', '', s.protocol + ' · ' + s.id.slice(0, 12) + ' · ' + s.eventCount + ' events'))
    d.onclick = () => { selected = s.id; lastJson = ''; refresh() }
    box.append(d)
  }
  if (!selected) return
  const d = await api('sessions/' + encodeURIComponent(selected))
  const json = JSON.stringify(d); if (json === lastJson) return; lastJson = json
  if (!d.transcript) return
  $('title').textContent = d.clientName + ' (' + d.protocol + ')' + (d.ended ? ' - ended' : '')
  $('who').textContent = d.participants.map((p) => p.name + ' [' + p.type + (p.connected ? '' : ', left') + (p.typing ? ', typing' : '') + ']').join(', ')
  const t = $('transcript'); t.replaceChildren()
  for (const e of d.transcript) {
    const line = el('div', 'ev' + (e.type === 'Message' ? ' msg' : ' sys'))
    line.dataset.index = e.index; line.dataset.type = e.type
    if (e.type === 'Message') line.append(el('span', 'who', e.from.name + ': '), el('span', 'text', e.text))
    else line.append(el('span', '', e.from.name + ' · ' + e.type + (e.text ? ': ' + e.text : '')))
    t.append(line)
  }
  t.scrollTop = t.scrollHeight
}
const act = async (path, body) => { if (selected) { await api('sessions/' + encodeURIComponent(selected) + '/' + path, 'POST', body); lastJson = ''; refresh() } }
$('join').onclick = () => act('join', { name: $('agentName').value || 'Agent' })
$('leave').onclick = () => act('leave', {})
$('typing').onclick = () => act('type', { typing: true })
$('end').onclick = () => act('end')
$('sayForm').onsubmit = (e) => { e.preventDefault(); const text = $('say').value; if (text) { $('say').value = ''; act('say', { text }) } }
$('urlForm').onsubmit = (e) => { e.preventDefault(); if ($('url').value) act('push-url', { url: $('url').value }) }
$('offline').onclick = () => api('offline', 'POST').then(refresh)
$('online').onclick = () => api('online', 'POST').then(refresh)
$('setFaults').onclick = async () => { let f; try { f = JSON.parse($('faults').value) } catch { $('faultMsg').textContent = 'not JSON'; return } const r = await api('faults', 'PUT', f); if (!r.error) $('faultMsg').textContent = 'faults set' }
$('failNext').onclick = () => api('fail-next', 'POST', { kind: $('failKind').value, ...(selected ? { sessionId: selected } : {}) }).then((r) => { if (!r.error) $('faultMsg').textContent = 'queued' })
refresh(); setInterval(refresh, 1000)
</script></body></html>
`
