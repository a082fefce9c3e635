import { createMockChatServer } from '@chatwire/mock-server'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../src/chromium.js'

// issue #6: a customer chats on /demo (through the drop-in bus script), an agent answers from the
// console at /, and both pages show the same transcript. Real Chromium, real loopback HTTP.

let browser: Browser
let server: { url: string; close(): Promise<void> }

beforeAll(async () => {
  browser = await launchChromium()
  server = await createMockChatServer({ scenario: 'silent' }).listen({ port: 0, host: '127.0.0.1' })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** [name, text] of every chat message a page shows. */
/** [who, text] of every message row under `selector` (the demo page's log or the console's transcript). */
async function messages(page: Page, selector: string): Promise<string[][]> {
  return page.$$eval(selector, (rows) =>
    rows.map((r) => [
      (r.querySelector('.who')?.textContent ?? '').replace(/: $/, ''),
      r.querySelector('.text')?.textContent ?? '',
    ]),
  )
}

describe.each([
  ['GMS Chat v2', ''],
  ['PureEngage v3', '?transport=v3'],
])('demo page and agent console (%s)', (_label, query) => {
  it('a customer chats, an agent answers from the console, both see the same transcript', async () => {
    const customer = await browser.newPage()
    const agent = await browser.newPage()
    try {
      await customer.goto(`${server.url}/demo${query}`)
      const nickname = `Carla${query === '' ? 2 : 3}`
      await customer.fill('#nickname', nickname)
      await customer.click('#start button')
      await customer.waitForFunction(
        () => document.querySelector('#state')?.textContent === 'chatting',
        undefined,
        { timeout: 15_000 },
      )
      await customer.fill('#message', `Hello from ${nickname}`)
      await customer.press('#message', 'Enter')

      await agent.goto(`${server.url}/`)
      const row = agent.locator('#sessions .s', { hasText: nickname })
      await row.first().click({ timeout: 15_000 })
      await agent.locator('#transcript', { hasText: `Hello from ${nickname}` }).waitFor({ timeout: 15_000 })
      await agent.fill('#agentName', 'Alex')
      await agent.click('#join')
      await agent.fill('#say', `Hi ${nickname}, Alex here`)
      await agent.press('#say', 'Enter')

      await customer.locator('#log', { hasText: `Hi ${nickname}, Alex here` }).waitFor({ timeout: 15_000 })
      await agent
        .locator('#transcript', { hasText: `Hi ${nickname}, Alex here` })
        .waitFor({ timeout: 15_000 })
      const expected = [
        [nickname, `Hello from ${nickname}`],
        ['Alex', `Hi ${nickname}, Alex here`],
      ]
      expect(await messages(customer, '#log .msg')).toEqual(expected)
      expect(await messages(agent, '#transcript .ev.msg')).toEqual(expected)
    } finally {
      await customer.close()
      await agent.close()
    }
  }, 60_000)
})
