// A listening mock server in its own process (scenario 'silent'); prints {url}; exits when stdin closes.
import { createMockChatServer } from '@chatwire/mock-server'

const server = createMockChatServer({ scenario: 'silent' })
const listener = await server.listen({ port: 0, host: '127.0.0.1' })
process.stdout.write(`${JSON.stringify({ url: listener.url.replace(/\/$/, '') })}\n`)
process.stdin.resume()
process.stdin.on('end', () => {
  void listener.close().then(() => process.exit(0))
})
