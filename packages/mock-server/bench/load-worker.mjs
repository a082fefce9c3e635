// Load generator (a child process, so the server's CPU time can be read apart): keep-alive POSTs over
// loopback for a fixed time, counting replies. Receives its settings over IPC, answers with the result.
import { Agent, request } from 'node:http'

const { url, bodies, concurrency, durationMs, warmupMs } = await new Promise((resolve) =>
  process.once('message', resolve),
)
const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
const target = new URL(url)
let counting = false
let done = false
let count = 0
let errors = 0
let bytes = 0

function one(i) {
  if (done) return
  const body = bodies[i % bodies.length]
  const req = request(
    {
      agent,
      host: target.hostname,
      port: target.port,
      path: target.pathname.replace('%7BchatId%7D', body.chatId),
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': Buffer.byteLength(body.form),
      },
    },
    (res) => {
      let n = 0
      res.on('data', (c) => {
        n += c.length
      })
      res.on('end', () => {
        if (counting) {
          if (res.statusCode === 200) count++
          else errors++
          bytes = n
        }
        one(i + concurrency)
      })
    },
  )
  req.on('error', () => {
    errors++
    one(i + concurrency)
  })
  req.end(body.form)
}

for (let c = 0; c < concurrency; c++) one(c)
setTimeout(() => {
  counting = true
  const started = performance.now()
  setTimeout(() => {
    done = true
    const seconds = (performance.now() - started) / 1000
    agent.destroy()
    process.send({ rps: count / seconds, errors, replyBytes: bytes }, () => process.exit(0))
  }, durationMs)
}, warmupMs)
