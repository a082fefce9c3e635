import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createMockChatServer } from '@chatwire/mock-server'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../src/chromium.js'

// The page loads only the drop-in script and runs the seed's own example snippets
// (WebChatService-reference.txt, "API Commands" / "API Events"), with `.done/.fail` recording the outcome.

const dropInPath = createRequire(import.meta.url).resolve('@chatwire/bus/drop-in')
const dropIn = readFileSync(dropInPath, 'utf8')

let browser: Browser
let server: { url: string; close(): Promise<void> }

beforeAll(async () => {
  browser = await launchChromium()
  server = await createMockChatServer({ scenario: 'echo' }).listen({ port: 0, host: '127.0.0.1' })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** What a snippet's done/fail reported; `pending` when neither ran within 10 s (a hang). */
type Outcome = { done: unknown } | { fail: unknown } | { pending: string }

function testPage(webchat: string): string {
  return `<!doctype html><html><head><title>chatwire drop-in</title></head><body>
<input id="message" type="text">
<script>window._genesys = { widgets: { webchat: ${webchat} } }</script>
<script src="/chatwire.iife.min.js"></script>
<script>
  var events = window.events = []
  var oMyPlugin = window._genesys.widgets.bus.registerPlugin('MyPlugin')
  ;['started', 'ended', 'restored', 'messageReceived', 'clientTypingStarted', 'agentConnected', 'pollingStarted', 'error']
    .forEach(function (name) {
      oMyPlugin.subscribe('WebChatService.' + name, function (e) { events.push({ event: e.event, data: e.data }) })
    })
  window.seen = function (name) { return events.some(function (e) { return e.event === 'WebChatService.' + name }) }
  window.agentAnswered = function () {
    return events.some(function (e) {
      return e.event === 'WebChatService.messageReceived' &&
        e.data.messages.some(function (m) { return m.type === 'Message' && m.from && m.from.type === 'Agent' })
    })
  }
  window.lateReady = function () {
    return new Promise(function (resolve) {
      window._genesys.widgets.bus.registerPlugin('LatePlugin').subscribe('WebChatService.ready', resolve)
    })
  }
  /** Runs one seed snippet: the snippet calls done/fail, this turns them into a value for the test. */
  window.run = function (snippet) {
    return new Promise(function (resolve) {
      setTimeout(function () { resolve({ pending: String(snippet) }) }, 10000)
      snippet(function (e) { resolve({ done: e }) }, function (e) { resolve({ fail: e }) })
    })
  }
</script></body></html>`
}

async function openPage(webchat: string): Promise<{ page: Page; errors: string[]; outside: string[] }> {
  const page = await browser.newPage()
  const errors: string[] = []
  const outside: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin !== server.url) {
      outside.push(url.href)
      return route.abort()
    }
    if (url.pathname === '/drop-in-test.html')
      return route.fulfill({ contentType: 'text/html', body: testPage(webchat) })
    if (url.pathname === '/chatwire.iife.min.js')
      return route.fulfill({ contentType: 'text/javascript', body: dropIn })
    return route.continue()
  })
  await page.goto(`${server.url}/drop-in-test.html`)
  return { page, errors, outside }
}

/** Each step is a seed example snippet, verbatim apart from what the comments said happens. */
async function seedWalkthrough(page: Page, protocol: 'v2' | 'v3') {
  // API Events: a subscriber that arrives after start-up still gets the republished ready.
  const ready = await page.evaluate('lateReady()')
  expect(ready).toMatchObject({ publisher: 'WebChatService', event: 'WebChatService.ready', data: {} })
  expect(await page.evaluate('window.CXBus === window._genesys.widgets.bus')).toBe(true)

  const run = (snippet: string): Promise<Outcome> =>
    page.evaluate(`run(function (done, fail) { ${snippet}.done(done).fail(fail) })`) as Promise<Outcome>

  expect(await run(`oMyPlugin.command('WebChatService.sendMessage', {message: 'hi'})`)).toEqual({
    fail: 'There is no active chat session',
  })
  expect(await run(`oMyPlugin.command('WebChatService.endChat')`)).toEqual({
    fail: 'There is no active chat session',
  })

  const started = await run(`oMyPlugin.command('WebChatService.startChat', {
    nickname: 'Jonny',
    firstname: 'Johnathan',
    lastname: 'Smith',
    email: 'jon.smith@mail.com',
    subject: 'product questions',
    userData: {}
  })`)
  expect(started).toMatchObject({ done: { status: 200 } })
  expect(await run(`oMyPlugin.command('WebChatService.startChat', {nickname: 'Jonny'})`)).toEqual({
    fail: 'There is already an active chat session',
  })

  expect(await run(`oMyPlugin.command('WebChatService.sendMessage', {message: 'hi'})`)).toMatchObject({
    done: { status: 200 },
  })
  expect(await run(`oMyPlugin.command('WebChatService.sendMessage', {message: ''})`)).toEqual({
    fail: 'No message text provided',
  })
  expect(await run(`oMyPlugin.command('WebChatService.sendTyping')`)).toHaveProperty('done')
  expect(
    await run(
      `oMyPlugin.command('WebChatService.registerTypingPreviewInput', {input: document.querySelector('input')})`,
    ),
  ).toStrictEqual({ done: undefined })
  const prefilters = await run(`oMyPlugin.command('WebChatService.addPrefilter', {filters: /[a-zA-Z]/})`)
  expect(prefilters).toHaveProperty('done')
  expect(await run(`oMyPlugin.command('WebChatService.addPrefilter', {filters: 'no'})`)).toEqual({
    fail: 'Missing or invalid filters provided. Please provide a regular expression or an array of regular expressions.',
  })

  // The private command, called by another plugin: the documented rejection, nothing else.
  expect(await run(`oMyPlugin.command('WebChatService.poll')`)).toEqual({
    fail: 'Access Denied to private command. Only WebChatService is allowed to invoke this command.',
  })
  // chatwire improves on the original here: an unknown command rejects instead of hanging.
  expect(await run(`oMyPlugin.command('WebChatService.pushUrl', {url: 'x'})`)).toEqual({
    fail: 'Command does not exist',
  })

  // The agent (echo scenario) answers; the transcript holds both sides. Collected, not thrown, so the
  // rest of the walkthrough still runs and the test names every part that went wrong.
  const problems: string[] = []
  const answered = await page.waitForFunction('agentAnswered()', undefined, { timeout: 10_000 }).then(
    () => true,
    () => false,
  )
  if (!answered) problems.push('no agent message reached WebChatService.messageReceived')
  const transcript = (await run(`oMyPlugin.command('WebChatService.getTranscript')`)) as {
    done: { messages: { type: string; text?: string; from?: { type?: string } }[] }
  }
  const texts = transcript.done.messages
    .filter((m) => m.type === 'Message')
    .map((m) => [m.from?.type, m.text])
  if (!texts.some(([from, text]) => from === 'Client' && text === 'hi'))
    problems.push("the client's 'hi' is missing from getTranscript")
  if (!texts.some(([from]) => from === 'Agent')) problems.push('no agent message in getTranscript')
  // A real then: chains, as CXBus' own `then` could not.
  const chained = await page.evaluate(
    `oMyPlugin.command('WebChatService.getTranscript').then(function (t) { return t.messages }).then(function (m) { return m.length })`,
  )
  expect(chained).toBe(transcript.done.messages.length)
  expect(await run(`oMyPlugin.command('WebChatService.getAgents')`)).toHaveProperty('done')
  expect(await run(`oMyPlugin.command('WebChatService.getStats')`)).toMatchObject({
    done: { startTime: expect.any(Number) },
  })
  // Beyond the seed, as the original has them: verifySession from local state; getFileLimits with the
  // limits reply as raw JSON text on v2, the "doesn't support" text on v3.
  expect(await run(`oMyPlugin.command('WebChatService.verifySession')`)).toEqual({
    done: { sessionActive: true },
  })
  expect(await run(`oMyPlugin.command('WebChatService.sleep')`)).toStrictEqual({ done: undefined })
  expect(await run(`oMyPlugin.command('WebChatService.wake')`)).toStrictEqual({ done: undefined })
  const limits = await run(`oMyPlugin.command('WebChatService.getFileLimits')`)
  if (protocol === 'v2') {
    expect(limits).toEqual({ done: expect.any(String) })
    expect(JSON.parse((limits as { done: string }).done)).toMatchObject({ statusCode: 0 })
  } else expect(limits).toEqual({ fail: "This transport doesn't support getFileLimits command." })

  expect(await run(`oMyPlugin.command('WebChatService.endChat')`)).toHaveProperty('done')
  expect(await run(`oMyPlugin.command('WebChatService.endChat')`)).toEqual({
    fail: 'There is no active chat session',
  })
  await page.waitForFunction(`seen('ended')`)
  const seen = (await page.evaluate('events.map(function (e) { return e.event })')) as string[]
  expect(seen).toEqual(
    expect.arrayContaining(['WebChatService.started', 'WebChatService.clientTypingStarted']),
  )
  expect(seen.indexOf('WebChatService.started')).toBeLessThan(seen.indexOf('WebChatService.ended'))
  return problems
}

describe('drop-in script in Chromium', () => {
  it('runs the seed snippets over GMS Chat API v2 (dataURL form)', async () => {
    const { page, errors, outside } = await openPage(
      `{ dataURL: location.origin + '/genesys/2/chat/customer-support' }`,
    )
    expect(await seedWalkthrough(page, 'v2')).toEqual([])
    expect(errors).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  }, 90_000)

  it('runs the seed snippets over PureEngage v3 (transport.type form)', async () => {
    const { page, errors, outside } = await openPage(
      `{ userData: {}, transport: { type: 'pureengage-v3-rest', dataURL: location.origin + '/nexus/v3/chat/sessions', endpoint: 'customer-support' } }`,
    )
    expect(await seedWalkthrough(page, 'v3')).toEqual([])
    expect(errors).toEqual([])
    expect(outside).toEqual([])
    await page.close()
  }, 90_000)

  for (const [protocol, webchat] of [
    ['GMS v2', `{ dataURL: location.origin + '/genesys/2/chat/customer-support' }`],
    [
      'PureEngage v3',
      `{ transport: { type: 'pureengage-v3-rest', dataURL: location.origin + '/nexus/v3/chat/sessions', endpoint: 'customer-support' } }`,
    ],
  ] as const) {
    it(`restores the chat after a page reload (${protocol})`, async () => {
      const { page, errors, outside } = await openPage(webchat)
      await page.evaluate('lateReady()')
      const run = (snippet: string): Promise<Outcome> =>
        page.evaluate(`run(function (done, fail) { ${snippet}.done(done).fail(fail) })`) as Promise<Outcome>
      expect(await run(`oMyPlugin.command('WebChatService.startChat', {nickname: 'Jonny'})`)).toHaveProperty(
        'done',
      )
      const before = (await run(`oMyPlugin.command('WebChatService.getSessionData')`)) as { done: unknown }
      await page.reload()
      await page.waitForFunction(`seen('restored')`, undefined, { timeout: 10_000 })
      const after = (await run(`oMyPlugin.command('WebChatService.getSessionData')`)) as { done: unknown }
      expect(after.done).toEqual(before.done)
      expect(await run(`oMyPlugin.command('WebChatService.startChat', {nickname: 'Jonny'})`)).toEqual({
        fail: 'There is already an active chat session',
      })
      expect(await run(`oMyPlugin.command('WebChatService.endChat')`)).toHaveProperty('done')
      expect(errors).toEqual([])
      expect(outside).toEqual([])
      await page.close()
    }, 60_000)
  }

  it('rejects every command at once when the configuration names an unknown transport', async () => {
    const { page, outside } = await openPage(`{ transport: { type: 'cometd' } }`)
    const outcome = await page.evaluate(
      `run(function (done, fail) { oMyPlugin.command('WebChatService.startChat', {}).done(done).fail(fail) })`,
    )
    expect(outcome).toEqual({ fail: 'Invalid transport configuration' })
    expect(outside).toEqual([])
    await page.close()
  }, 30_000)
})
