// Decode throughput of a refresh reply with 50 events: readGmsReply (parse + hand-written checks +
// normalisation) against plain JSON.parse of the same bytes, measured in the same run.
// Run: pnpm --filter @chatwire/codec-gms-v2 bench   (uses dist: build first)
import { readGmsReply } from '../dist/index.js'

const types = [
  'Message',
  'TypingStarted',
  'TypingStopped',
  'Notice',
  'ParticipantJoined',
  'PushUrl',
  'FileUploaded',
]
const parties = [
  { nickname: 'First Last', participantId: 1, type: 'Client' },
  { nickname: 'Agent Smith', participantId: 2, type: 'Agent' },
  { nickname: 'system', participantId: 3, type: 'External' },
]
const messages = Array.from({ length: 50 }, (_, i) => {
  const type = types[i % types.length]
  const event = { from: parties[i % parties.length], index: i + 1, type, utcTime: 1432845088000 + i * 1000 }
  if (type === 'Message' || type === 'Notice' || type === 'PushUrl')
    event.text = `message number ${i} with some ordinary chat text in it`
  if (type === 'Message') event.messageType = 'text'
  if (type === 'FileUploaded')
    event.userData = { 'file-id': `f${i}`, 'file-name': 'photo.png', 'file-size': '12345' }
  return event
})
const body = JSON.stringify({
  statusCode: 0,
  alias: '117',
  chatEnded: false,
  chatId: '00048aAPEQJ8000U',
  messages,
  nextPosition: 51,
  secureKey: '4ee15d7e1c343c8e',
  userId: '007555677B20000A',
})

const check = readGmsReply(200, body)
if (!check.ok || check.reply.events.length !== 50) throw new Error('bench fixture does not decode')

function measure(fn, ms) {
  let ops = 0
  let sink = 0
  const start = performance.now()
  let now = start
  while (now - start < ms) {
    for (let i = 0; i < 50; i++) sink += fn() ? 1 : 0
    ops += 50
    now = performance.now()
  }
  if (sink < 0) console.log(sink)
  return (ops * 1000) / (now - start)
}

const ms = Number(process.env.BENCH_MS ?? 1000)
const rounds = 5
const parse = []
const decode = []
measure(() => JSON.parse(body), 200)
measure(() => readGmsReply(200, body).ok, 200)
for (let r = 0; r < rounds; r++) {
  parse.push(measure(() => JSON.parse(body), ms))
  decode.push(measure(() => readGmsReply(200, body).ok, ms))
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const p = median(parse)
const d = median(decode)
console.log(`refresh reply: 50 events, ${body.length} bytes; median of ${rounds} rounds of ${ms} ms`)
console.table([
  { case: 'JSON.parse (baseline)', 'ops/s': Math.round(p), ratio: 1 },
  { case: 'readGmsReply (validate + normalise)', 'ops/s': Math.round(d), ratio: Number((d / p).toFixed(3)) },
])
console.log(`ratio decode / JSON.parse = ${(d / p).toFixed(3)} (target >= 0.5)`)
