// The baseline: a bare node:http server answering every request with the same bytes (argv[2], base64)
// after reading the request body, as the mock server must. Prints {url}; exits when stdin closes.
import { createServer } from 'node:http'

const reply = Buffer.from(process.argv[2] ?? '', 'base64')
const server = createServer((req, res) => {
  req.resume()
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': reply.length })
    res.end(reply)
  })
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`)
})
process.stdin.resume()
process.stdin.on('end', () => server.close(() => process.exit(0)))
