import { resolutionTexts as texts } from '@chatwire/specs/resolution-texts'
import { describe, expect, it } from 'vitest'
import { createFakeTransport } from '../../src/testing/index.js'
import type { ChatMessage } from '../../src/types/chat-message.js'
import type { MessageReceivedPayload } from '../../src/types/event-payloads.js'
import { createWebChatService } from '../../src/web-chat-service.js'
import { setup } from '../harness.js'

describe('rows beyond the seed and configuration', () => {
  it('createWebChatService with a bad configuration returns the ConfigError naming the option', () => {
    const result = createWebChatService({
      transport: createFakeTransport(),
      config: { restoreTimeout: 'long' },
    })
    expect(result).toEqual({
      ok: false,
      issues: [{ option: 'restoreTimeout', message: 'restoreTimeout must be a number' }],
    })
  })

  it('configure.resolved: a valid configuration applies (pollExceptionLimit takes effect)', async () => {
    const h = setup()
    expect(await h.service.command('configure', { pollExceptionLimit: 0 })).toEqual({
      ok: true,
      row: 'configure.resolved',
      value: undefined,
    })
    await h.start()
    await h.service.command('stopPoll')
    h.transport.fault('poll', 'server-retryable')
    await h.internal('poll')
    expect(h.names()).toContain('chatServerWentOffline')
  })

  it('configure.rejected.invalid-configuration: no configuration → the text; a bad one → the ConfigError', async () => {
    const h = setup()
    expect(await h.service.command('configure', undefined)).toEqual({
      ok: false,
      row: 'configure.rejected.invalid-configuration',
      value: texts['configure.rejected.invalid-configuration'],
    })
    const bad = await h.service.command('configure', { transport: { async: { enabled: 1 } } })
    expect(bad).toMatchObject({
      ok: false,
      value: { ok: false, issues: [{ option: 'transport.async.enabled' }] },
    })
  })

  it('command.rejected.unknown: a command WebChatService does not have rejects at once', async () => {
    const h = setup()
    const outcome = await h.service.command('updateNickname' as never)
    expect(outcome).toEqual({ ok: false, row: 'command.rejected.unknown', value: 'Command does not exist' })
  })

  it('downloadFile.rejected.no-active-session / downloadFile.rejected.failed', async () => {
    const h = setup({ service: { saveFile: () => {} } })
    expect(await h.service.command('downloadFile', { fileId: '1' })).toEqual({
      ok: false,
      row: 'downloadFile.rejected.no-active-session',
      value: texts['endChat.rejected.no-active-session'],
    })
    await h.start()
    h.transport.fault('downloadFile', 'http')
    expect(await h.service.command('downloadFile', { field: '1' })).toMatchObject({
      ok: false,
      row: 'downloadFile.rejected.failed',
      value: { status: 500 },
    })
  })

  it('fetchHistory.rejected.no-active-session: async mode without a chat', async () => {
    const h = setup({ config: { transport: { async: { enabled: true } } } })
    expect((await h.service.command('fetchHistory')).row).toBe('fetchHistory.rejected.no-active-session')
  })

  it('subscribers get snapshots: changing a published message does not change the transcript', async () => {
    const h = setup()
    h.service.subscribe('messageReceived', (payload: MessageReceivedPayload) => {
      for (const m of payload.messages as ChatMessage[]) m.text = 'changed'
    })
    await h.start()
    h.server.agentSays('original')
    await h.clock.advance(300)
    expect((await h.transcript()).messages.map((m) => m.text)).toContain('original')
  })
})
