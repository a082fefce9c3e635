import { afterEach, describe, expect, it, vi } from 'vitest'
import { manualScheduler } from '../test/manual-scheduler.js'
import { createBus } from './create-bus.js'
import { registerUnavailableService } from './register-unavailable-service.js'

afterEach(() => vi.restoreAllMocks())

describe('registerUnavailableService', () => {
  it('rejects every catalog command at once and never publishes ready', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const clock = manualScheduler()
    const bus = createBus({ schedule: clock.schedule })
    const issues = [{ option: 'transport.type', message: 'Invalid transport configuration' }]
    registerUnavailableService(bus, issues)
    expect(error).toHaveBeenCalledWith(
      'chatwire: WebChatService is not configured: transport.type: Invalid transport configuration',
    )
    const fail = vi.fn()
    const ready = vi.fn()
    bus.subscribe('WebChatService.ready', ready)
    bus.command('WebChatService.startChat', { nickname: 'Jonny' }).fail(fail)
    bus.command('WebChatService.noSuchCommand').fail(fail)
    clock.flush()
    expect(fail.mock.calls).toEqual([
      [
        'Invalid transport configuration',
        { code: 'invalid-configuration', command: 'WebChatService.startChat', issues },
      ],
      ['Command does not exist', { code: 'unknown-command', command: 'WebChatService.noSuchCommand' }],
    ])
    expect(ready).not.toHaveBeenCalled()
  })
})
