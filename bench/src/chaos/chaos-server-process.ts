// The chaos run's mock server in a child process: argv[2] = {seed, faults}; prints {url}; exits when stdin closes.
import { createMockChatServer } from '@chatwire/mock-server'

const { seed, faults } = JSON.parse(process.argv[2] ?? '{}')
const server = createMockChatServer({ scenario: 'silent', seed, faults })
const listener = await server.listen({ port: 0, host: '127.0.0.1' })
process.stdout.write(`${JSON.stringify({ url: listener.url })}\n`)
process.stdin.resume()
process.stdin.on('end', () => {
  void listener.close().then(() => process.exit(0))
})
