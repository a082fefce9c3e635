// Decode throughput of an E3 messages reply with 50 events (shape-checked and normalised)
// versus plain JSON.parse of the same bytes, measured in the same run. Run: pnpm --filter @chatwire/codec-nexus-v3 bench
import { readMessagesReply } from '../dist/index.js'

const types = ['Text', 'TypingStarted', 'TypingStopped', 'ParticipantJoined', 'Notice', 'PushUrl']
const messages = Array.from({ length: 50 }, (_, i) => ({
  index: `${1700000000000 + i * 1000}-${i}`,
  type: types[i % types.length],
  utcTime: 1700000000000 + i * 1000,
  text: `message number ${i}: the quick brown fox jumps over the lazy dog`,
  ...(i % 6 === 5 ? { url: 'https://example.com/page' } : {}),
  from: {
    nickname: i % 2 ? 'Anna' : 'Ann',
    type: i % 2 ? 'Agent' : 'Customer',
    participantId: i % 2 ? '9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a' : '7c1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
  },
}))
const text = JSON.stringify({ status: { code: 'SUCCESS' }, data: { messages, chatEnded: false } })

const check = readMessagesReply(200, text)
if (!check.ok || check.value.events.length !== 50) throw new Error('bench fixture does not decode')

function measure(name, fn, ms = 1500) {
  for (let i = 0; i < 2000; i++) fn() // warm-up
  let ops = 0
  let sink = 0
  const start = performance.now()
  let now = start
  while (now - start < ms) {
    for (let i = 0; i < 200; i++) sink += fn() ? 1 : 0
    ops += 200
    now = performance.now()
  }
  if (sink < 0) console.log(sink)
  return { name, opsPerSec: (ops * 1000) / (now - start) }
}

const rounds = []
for (let r = 0; r < 3; r++) {
  const parse = measure('JSON.parse', () => JSON.parse(text))
  const decode = measure('readMessagesReply', () => readMessagesReply(200, text).ok)
  rounds.push({ parse, decode, ratio: decode.opsPerSec / parse.opsPerSec })
}
rounds.sort((a, b) => a.ratio - b.ratio)
const median = rounds[1]
console.log(`messages reply: ${text.length} bytes, 50 events`)
console.table([
  { case: 'JSON.parse (baseline)', 'ops/s': Math.round(median.parse.opsPerSec), ratio: 1 },
  {
    case: 'readMessagesReply',
    'ops/s': Math.round(median.decode.opsPerSec),
    ratio: Number(median.ratio.toFixed(3)),
  },
])
console.log(`ratio decode/JSON.parse (median of 3 rounds): ${median.ratio.toFixed(3)} (target >= 0.5)`)
