import { describe, expect, it } from 'vitest'
import { allCapabilities } from '../testing/fake-transport.js'
import { firstFailedGuard, type GuardState } from './command-guards.js'

const idle: GuardState = {
  phase: 'idle',
  active: false,
  caller: undefined,
  capabilities: allCapabilities,
  asyncMode: false,
  pollInFlight: false,
  historyExhausted: false,
  hasUploadFile: true,
  hasDownloadFile: true,
  hasHistory: true,
}
const active: GuardState = { ...idle, phase: 'active', active: true }

describe('command guards (pure)', () => {
  it('orders checks as the catalog rows do', () => {
    expect(firstFailedGuard('sendMessage', idle, { message: '' })?.row).toBe(
      'sendMessage.rejected.no-message-text',
    )
    expect(firstFailedGuard('sendMessage', idle, { message: 'hi' })?.row).toBe(
      'sendMessage.rejected.no-active-session',
    )
    expect(firstFailedGuard('sendMessage', active, { message: 'hi' })).toBeUndefined()
    expect(
      firstFailedGuard(
        'poll',
        { ...active, caller: 'X', capabilities: { ...allCapabilities, polling: false } },
        undefined,
      )?.row,
    ).toBe('poll.rejected.access-denied')
    expect(
      firstFailedGuard('poll', { ...active, caller: 'WebChatService', pollInFlight: true }, undefined)?.row,
    ).toBe('poll.rejected.previous-poll-pending')
  })

  it('startChat is single-flight: starting, active, ending and restoring all reject', () => {
    for (const phase of ['starting', 'active', 'ending', 'restoring'] as const) {
      expect(firstFailedGuard('startChat', { ...idle, phase }, undefined)?.row).toBe(
        'startChat.rejected.already-active',
      )
    }
    expect(firstFailedGuard('startChat', idle, undefined)).toBeUndefined()
  })

  it('restore: access is checked first, then a restore in progress, then an open chat', () => {
    expect(firstFailedGuard('restore', { ...idle, phase: 'restoring', caller: 'X' }, undefined)?.row).toBe(
      'restore.rejected.access-denied',
    )
    expect(
      firstFailedGuard('restore', { ...idle, phase: 'restoring', caller: 'X', asyncMode: true }, undefined)
        ?.row,
    ).toBe('restore.rejected.in-progress')
    expect(firstFailedGuard('restore', { ...active, caller: 'WebChatService' }, undefined)?.row).toBe(
      'restore.rejected.already-active',
    )
  })

  it('updateUserData is refused only during a session on a transport that cannot update it', () => {
    const capabilities = { ...allCapabilities, updateUserDataInSession: false }
    expect(firstFailedGuard('updateUserData', { ...idle, capabilities }, {})).toBeUndefined()
    expect(firstFailedGuard('updateUserData', { ...active, capabilities }, {})?.row).toBe(
      'updateUserData.rejected.not-supported',
    )
  })
})
