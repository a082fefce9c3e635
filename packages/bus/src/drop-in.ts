/**
 * The drop-in browser script (bundled to dist/chatwire.iife.min.js): creates `window._genesys.widgets.bus`
 * (= `window.CXBus`), reads `window._genesys.widgets.webchat`, wires the matching transport, registers
 * WebChatService and starts it, which publishes `WebChatService.ready`.
 */
import { createGmsV2Transport } from '@chatwire/codec-gms-v2'
import { createNexusV3Transport } from '@chatwire/codec-nexus-v3'
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
    registerUnavailableService(bus as Bus, [choice])
    return
  }
  const config = webchat as Record<string, unknown>
  const fetch = page.fetch.bind(page)
  const transport =
    choice.protocol === 'nexus-v3'
      ? createNexusV3Transport({ ...(config.transport as object), fetch } as never)
      : createGmsV2Transport({ ...config, fetch } as never)
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

start(globalThis as PageWindow)
