/**
 * The drop-in browser script (bundled to dist/chatwire.iife.min.js): creates `window._genesys.widgets.bus`
 * (= `window.CXBus`), reads `window._genesys.widgets.webchat`, wires the matching transport, registers
 * WebChatService and starts it, which publishes `WebChatService.ready`.
 */
import { createGmsV2Transport, type GmsV2TransportOptions } from '@chatwire/codec-gms-v2'
import { createNexusV3Transport, type NexusV3TransportOptions } from '@chatwire/codec-nexus-v3'
import { createWebChatService } from '@chatwire/core'
import { createCookieJar } from './browser-cookie.js'
import type { Bus } from './bus-types.js'
import { pickTransport } from './pick-transport.js'
import { registerUnavailableService } from './register-unavailable-service.js'
import { registerWebChatService } from './register-web-chat-service.js'
import { createWebChatBus } from './web-chat-service-types.js'

interface GenesysGlobal {
  widgets?: { bus?: unknown; webchat?: unknown; [key: string]: unknown }
  [key: string]: unknown
}

type PageWindow = typeof globalThis & { _genesys?: GenesysGlobal; CXBus?: unknown }

/** Web Storage for restore across pages, when the page may use it (private modes can throw). */
function pageStorage(page: PageWindow): Storage | undefined {
  try {
    const storage = page.localStorage
    storage.getItem('chatwire')
    return storage
  } catch {
    return undefined
  }
}

/** `enableCustomHeader` sends the header of `_genesys.widgets.main.header` (seed: webchat.enableCustomHeader). */
function mainHeader(widgets: NonNullable<GenesysGlobal['widgets']>): { headers?: Record<string, string> } {
  const main = widgets.main as { header?: unknown } | undefined
  const header = main?.header
  if (header === null || typeof header !== 'object') return {}
  const entries = Object.entries(header).filter((e): e is [string, string] => typeof e[1] === 'string')
  return { headers: Object.fromEntries(entries) }
}

function start(page: PageWindow): void {
  page._genesys ??= {}
  page._genesys.widgets ??= {}
  const widgets = page._genesys.widgets
  if (widgets.bus !== undefined) {
    console.warn('chatwire: window._genesys.widgets.bus already exists; the drop-in script did nothing')
    return
  }
  const bus = createWebChatBus()
  widgets.bus = bus
  page.CXBus = bus

  const webchat = widgets.webchat
  const choice = pickTransport(webchat)
  if (!choice.ok) {
    registerUnavailableService(bus as Bus, [{ option: choice.option, message: choice.message }])
    return
  }
  const config = webchat as Record<string, unknown>
  const fetch = page.fetch.bind(page)
  // pickTransport checked the fields each factory needs; the core validates the rest of the options.
  const transport =
    choice.protocol === 'nexus-v3'
      ? createNexusV3Transport({ transport: config.transport as NexusV3TransportOptions['transport'], fetch })
      : createGmsV2Transport({
          ...(config as unknown as GmsV2TransportOptions),
          ...mainHeader(widgets),
          fetch,
        })
  const storage = pageStorage(page)
  const service = createWebChatService({
    transport,
    config,
    cookie: createCookieJar(page.document),
    ...(storage === undefined ? {} : { storage }),
  })
  if (!('command' in service)) {
    registerUnavailableService(bus as Bus, service.issues)
    return
  }
  registerWebChatService(bus as Bus, service)
  service.init().catch((error: unknown) => console.error('chatwire: WebChatService failed to start', error))
}

try {
  start(globalThis as PageWindow)
} catch (error) {
  // A bug, not a configuration problem: say so, and keep commands from hanging if the bus exists.
  console.error('chatwire: the drop-in script failed to start', error)
  const bus = (globalThis as PageWindow)._genesys?.widgets?.bus as Bus | undefined
  if (bus?.registry().includes('WebChatService') === false)
    registerUnavailableService(bus, [{ option: 'webchat', message: String(error) }])
}
