/**
 * The demo customer page at `/demo`: chats through the drop-in bus script (`/chatwire.js`), so the
 * page's code is the same `WebChatService.*` bus code a site using the Genesys widget runs.
 * `?transport=v3` picks PureEngage v3; the default is GMS Chat v2.
 */
export function demoPage(serviceName: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>chatwire mock: demo customer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:14px system-ui,sans-serif;max-width:640px;margin:16px auto}#log{border:1px solid #ccc;height:360px;overflow:auto;padding:8px}
.msg{margin:2px 0}.who{font-weight:600}.sys{color:#777;font-style:italic}form{display:flex;gap:4px;margin:6px 0}input{flex:1}</style>
<script>
const v3 = new URLSearchParams(location.search).get('transport') === 'v3'
window._genesys = { widgets: { main: {}, webchat: v3
  ? { transport: { type: 'pureengage-v3-rest', dataURL: location.origin + '/nexus/v3/chat/sessions', endpoint: 'demo' } }
  : { dataURL: location.origin + '/genesys/2/chat/${encodeURIComponent(serviceName)}' } } }
</script>
<script src="/chatwire.js"></script></head><body>
<h2>chatwire demo chat <small id="proto"></small></h2>
<form id="start"><input id="nickname" value="Carla" aria-label="Your name"><button>Start chat</button></form>
<div id="log" aria-live="polite"></div>
<form id="send"><input id="message" placeholder="Type a message" autocomplete="off" aria-label="Message"><button>Send</button><button type="button" id="end">End</button></form>
<div id="state"></div>
<script>
const $ = (id) => document.getElementById(id)
$('proto').textContent = v3 ? '(PureEngage v3)' : '(GMS Chat v2)'
const bus = window._genesys.widgets.bus
const seen = new Set()
const show = (cls, who, text, index) => {
  const d = document.createElement('div'); d.className = cls; if (index !== undefined) d.dataset.index = index
  if (who) { const w = document.createElement('span'); w.className = 'who'; w.textContent = who + ': '; d.append(w) }
  const t = document.createElement('span'); t.className = 'text'; t.textContent = text; d.append(t)
  $('log').append(d); $('log').scrollTop = $('log').scrollHeight
}
if (!bus) { $('state').textContent = 'The drop-in script /chatwire.js is not available.' } else {
  const demo = bus.registerPlugin('ChatwireDemo')
  demo.subscribe('WebChatService.messageReceived', (e) => {
    for (const m of (e.data && e.data.messages) || []) {
      const key = String(m.index); if (seen.has(key)) continue; seen.add(key)
      if (m.type === 'Message') show('msg', m.from && m.from.name, m.text || '', m.index)
      else show('sys', '', ((m.from && m.from.name) || '') + ' ' + m.type + (m.text ? ': ' + m.text : ''), m.index)
    }
  })
  demo.subscribe('WebChatService.started', () => { $('state').textContent = 'chatting' })
  demo.subscribe('WebChatService.ended', () => { $('state').textContent = 'ended' })
  $('start').onsubmit = (e) => { e.preventDefault(); demo.command('WebChatService.startChat', { nickname: $('nickname').value, form: { nickname: $('nickname').value, firstname: $('nickname').value } }).fail((err) => { $('state').textContent = 'start failed: ' + JSON.stringify(err) }) }
  $('send').onsubmit = (e) => { e.preventDefault(); const message = $('message').value; if (!message) return; $('message').value = ''; demo.command('WebChatService.sendMessage', { message }).fail((err) => { $('state').textContent = 'send failed: ' + JSON.stringify(err) }) }
  $('end').onclick = () => demo.command('WebChatService.endChat')
}
</script></body></html>
`
}
