import { describe, expect, it } from 'vitest'
import { firstFailedGuard } from '../command-table.js'
import { allCapabilities } from '../testing/fake-transport.js'
import type { TransportCapabilities } from '../transport/transport-capabilities.js'
import type { GuardState } from './command-guards.js'

const method = async () => ({ ok: false }) as never
const idle: GuardState = {
  phase: 'idle',
  active: false,
  transport: { capabilities: allCapabilities, uploadFile: method, downloadFile: method, history: method },
  config: { async: { enabled: false } },
  poller: { inFlight: false },
  historyExhausted: false,
}
const active: GuardState = { ...idle, phase: 'active', active: true }
const withCapabilities = (state: GuardState, capabilities: Partial<TransportCapabilities>): GuardState => ({
  ...state,
  transport: { ...state.transport, capabilities: { ...allCapabilities, ...capabilities } },
})

describe('command guards (pure)', () => {
  it('orders checks as the catalog rows do', () => {
    expect(firstFailedGuard('sendMessage', idle, undefined, { message: '' })).toBe(
      'sendMessage.rejected.no-message-text',
    )
    expect(firstFailedGuard('sendMessage', idle, undefined, { message: 'hi' })).toBe(
      'sendMessage.rejected.no-active-session',
    )
    expect(firstFailedGuard('sendMessage', active, undefined, { message: 'hi' })).toBeUndefined()
    expect(firstFailedGuard('poll', withCapabilities(active, { polling: false }), 'X', undefined)).toBe(
      'poll.rejected.access-denied',
    )
    expect(
      firstFailedGuard('poll', { ...active, poller: { inFlight: true } }, 'WebChatService', undefined),
    ).toBe('poll.rejected.previous-poll-pending')
  })

  it('startChat is single-flight: starting, active, ending and restoring all reject', () => {
    for (const phase of ['starting', 'active', 'ending', 'restoring'] as const) {
      expect(firstFailedGuard('startChat', { ...idle, phase }, undefined, undefined)).toBe(
        'startChat.rejected.already-active',
      )
    }
    expect(firstFailedGuard('startChat', idle, undefined, undefined)).toBeUndefined()
  })

  it('restore: access is checked first, then a restore in progress, then an open chat', () => {
    const restoring: GuardState = { ...idle, phase: 'restoring' }
    expect(firstFailedGuard('restore', restoring, 'X', undefined)).toBe('restore.rejected.access-denied')
    expect(
      firstFailedGuard('restore', { ...restoring, config: { async: { enabled: true } } }, 'X', undefined),
    ).toBe('restore.rejected.in-progress')
    expect(firstFailedGuard('restore', active, 'WebChatService', undefined)).toBe(
      'restore.rejected.already-active',
    )
  })

  it('updateUserData is refused only during a session on a transport that cannot update it', () => {
    const capabilities = { updateUserDataInSession: false }
    expect(
      firstFailedGuard('updateUserData', withCapabilities(idle, capabilities), undefined, {}),
    ).toBeUndefined()
    expect(firstFailedGuard('updateUserData', withCapabilities(active, capabilities), undefined, {})).toBe(
      'updateUserData.rejected.not-supported',
    )
  })

  it('a command needing a transport method is refused when the transport lacks it, whatever its capabilities', () => {
    const { uploadFile: _, ...noUpload } = idle.transport
    expect(firstFailedGuard('sendFile', { ...active, transport: noUpload }, undefined, {})).toBe(
      'sendFile.rejected.not-supported',
    )
    expect(firstFailedGuard('sendFile', active, undefined, {})).toBeUndefined()
  })

  it('fetchHistory: async mode, then an open chat, then more messages to fetch', () => {
    const asyncActive: GuardState = { ...active, config: { async: { enabled: true } } }
    expect(firstFailedGuard('fetchHistory', active, undefined, undefined)).toBe(
      'fetchHistory.rejected.not-async',
    )
    expect(
      firstFailedGuard(
        'fetchHistory',
        { ...asyncActive, active: false, phase: 'idle' },
        undefined,
        undefined,
      ),
    ).toBe('fetchHistory.rejected.no-active-session')
    expect(
      firstFailedGuard('fetchHistory', { ...asyncActive, historyExhausted: true }, undefined, undefined),
    ).toBe('fetchHistory.rejected.no-more-messages')
    expect(firstFailedGuard('fetchHistory', asyncActive, undefined, undefined)).toBeUndefined()
  })
})
