import { describe, expect, it } from 'vitest'
import { createManualClock, createMockChatServer } from '../src/index.js'

describe('pages', () => {
  it('serves the console, the demo page (GMS by default, v3 on request) and the drop-in script', async () => {
    const server = createMockChatServer({
      scenario: 'silent',
      clock: createManualClock(0),
      dropInScript: async () => 'window.dropIn = 1',
    })
    const console = await server.fetch(new Request('http://mock.test/'))
    expect(console.headers.get('content-type')).toContain('text/html')
    expect(await console.text()).toContain('/admin/')
    const demo = await (await server.fetch(new Request('http://mock.test/demo'))).text()
    expect(demo).toContain('/genesys/2/chat/customer-support')
    expect(demo).toContain("'pureengage-v3-rest'")
    expect(demo).toContain('<script src="/chatwire.js"></script>')
    const script = await server.fetch(new Request('http://mock.test/chatwire.js'))
    expect(await script.text()).toBe('window.dropIn = 1')
  })

  it('says plainly when the drop-in script is not built', async () => {
    const server = createMockChatServer({ scenario: 'silent', dropInScript: async () => undefined })
    const script = await server.fetch(new Request('http://mock.test/chatwire.js'))
    expect(script.status).toBe(404)
    expect(await script.text()).toContain('not built')
  })
})
