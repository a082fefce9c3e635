import { existsSync } from 'node:fs'
import { build } from 'esbuild'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * registerTypingPreviewInput with a real DOM input, in headless Chromium: core and its fake transport
 * are bundled for the browser (which also shows that src runs there: no node: imports).
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
]

let browser: Browser
let page: Page

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error('chromium not found: run `apt-get install chromium` (Debian) or set CHROMIUM_PATH')
  }
  const bundle = await build({
    stdin: {
      contents: [
        "import { createWebChatService } from '../src/index.js'",
        "import { createFakeClock, createFakeTransport } from '../src/testing/index.js'",
        'Object.assign(globalThis, { chatwire: { createWebChatService, createFakeClock, createFakeTransport } })',
      ].join('\n'),
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
  })
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...flags, '--no-first-run', '--disable-sync'],
  })
  page = await browser.newPage()
  await page.setContent(
    '<input id="text" type="text"><textarea id="area"></textarea><input id="box" type="checkbox">',
  )
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' })
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

describe('registerTypingPreviewInput with a real DOM element', () => {
  it('registerTypingPreviewInput.resolved: typing into a real <input type="text"> sends TypingStarted with its value', async () => {
    const registered = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the bundle's globals
      const { createWebChatService, createFakeClock, createFakeTransport } = (globalThis as any).chatwire
      const clock = createFakeClock()
      const transport = createFakeTransport()
      const service = createWebChatService({ transport, clock })
      Object.assign(globalThis, { under: { clock, transport, service } })
      await service.command('startChat')
      const text = await service.command('registerTypingPreviewInput', {
        input: document.getElementById('text'),
      })
      const box = await service.command('registerTypingPreviewInput', {
        input: document.getElementById('box'),
      })
      const area = await service.command('registerTypingPreviewInput', {
        input: document.querySelectorAll('#area'),
      })
      await service.command('registerTypingPreviewInput', { input: document.getElementById('text') })
      return [text.row, box.row, area.row]
    })
    expect(registered).toEqual([
      'registerTypingPreviewInput.resolved',
      'registerTypingPreviewInput.rejected.invalid-input',
      'registerTypingPreviewInput.resolved',
    ])
    await page.type('#text', 'hello')
    const sent = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the bundle's globals
      const { clock, transport } = (globalThis as any).under
      await clock.flush()
      return transport.callsOf('send').map((call: { op: unknown }) => call.op)
    })
    expect(sent).toEqual([{ kind: 'typingStarted', text: 'h' }])
  })
})
