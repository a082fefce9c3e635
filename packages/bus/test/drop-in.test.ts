import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Bus, BusEvent } from '../src/bus-types.js'

// The drop-in script's start-up, run in Node against globalThis (the browser run is e2e/test/drop-in.test.ts).
type Page = { _genesys?: { widgets?: Record<string, unknown> }; CXBus?: unknown }
const page = globalThis as unknown as Page

beforeEach(() => {
  vi.useFakeTimers()
  vi.resetModules()
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  delete page._genesys
  delete page.CXBus
})

async function loadDropIn(widgets: Record<string, unknown>) {
  page._genesys = { widgets }
  await import('../src/drop-in.js')
  return page._genesys.widgets?.bus as Bus
}

function readyOf(bus: Bus) {
  const seen: BusEvent[] = []
  bus.registerPlugin('MyPlugin')
  bus.subscribe('WebChatService.ready', (e) => seen.push(e))
  return seen
}

describe('drop-in start-up', () => {
  it.each([
    ['v2', { dataURL: 'http://127.0.0.1:9/genesys/2/chat/customer-support' }],
    [
      'v3',
      { transport: { type: 'pureengage-v3-rest', dataURL: 'http://127.0.0.1:9/nexus/v3/chat/sessions' } },
    ],
  ])(
    'creates _genesys.widgets.bus = CXBus and publishes WebChatService.ready (%s form)',
    async (_, webchat) => {
      const fetch = vi.spyOn(globalThis, 'fetch')
      const bus = await loadDropIn({ webchat })
      expect(page.CXBus).toBe(bus)
      expect(bus.registry()).toEqual(['CXBus', 'WebChatService'])
      const ready = readyOf(bus)
      await vi.advanceTimersByTimeAsync(100)
      expect(ready).toEqual([
        { time: expect.any(Number), publisher: 'WebChatService', event: 'WebChatService.ready', data: {} },
      ])
      expect(fetch).not.toHaveBeenCalled()
    },
  )

  it('leaves an existing bus alone and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const existing = { registerPlugin: () => false }
    const bus = await loadDropIn({ bus: existing, webchat: { dataURL: 'http://h/x' } })
    expect(bus).toBe(existing)
    expect(page.CXBus).toBeUndefined()
    expect(warn).toHaveBeenCalledWith(
      'chatwire: window._genesys.widgets.bus already exists; the drop-in script did nothing',
    )
  })

  it('with no usable configuration: commands reject at once, ready never comes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const bus = await loadDropIn({ webchat: { transport: { type: 'cometd' } } })
    const ready = readyOf(bus)
    const fail = vi.fn()
    bus.command('WebChatService.startChat', {}).fail(fail)
    await vi.advanceTimersByTimeAsync(100)
    expect(fail).toHaveBeenCalledWith('Invalid transport configuration', {
      code: 'invalid-configuration',
      command: 'WebChatService.startChat',
      issues: [{ option: 'transport.type', message: 'Invalid transport configuration' }],
    })
    expect(ready).toEqual([])
  })

  it('v2 enableCustomHeader sends the Authorization of _genesys.widgets.main.header', async () => {
    const reply = '{"statusCode":0,"chatId":"c","secureKey":"k","alias":"1","userId":"u","chatEnded":false}'
    const seen: Request[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      seen.push(new Request(input, init))
      return new Response(reply, { headers: { 'content-type': 'application/json' } })
    })
    const bus = await loadDropIn({
      main: { header: { Authorization: 'Bearer main', 'X-Other': 'dropped' } },
      webchat: { dataURL: 'http://127.0.0.1:9/genesys/2/chat/customer-support', enableCustomHeader: true },
    })
    bus.registerPlugin('MyPlugin')
    await vi.advanceTimersByTimeAsync(100)
    bus.command('WebChatService.startChat', { form: { firstname: 'A' } })
    await vi.advanceTimersByTimeAsync(100)
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer main')
    expect(seen[0]?.headers.get('x-other')).toBeNull()
  })

  it('a configuration the core rejects names the option', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await loadDropIn({ webchat: { dataURL: 'http://h/x', ajaxTimeout: 'soon' } })
    expect(error.mock.calls[0]?.[0]).toMatch(/^chatwire: WebChatService is not configured: ajaxTimeout: /)
  })
})
