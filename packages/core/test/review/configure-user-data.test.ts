import { describe, expect, it } from 'vitest'
import { setup } from '../harness.js'

const sentUserData = (t: ReturnType<typeof setup>) => t.transport.callsOf('start')[0]?.input?.userData

describe('configure and userData', () => {
  it("replaces the stored userData with the config's (new values win for existing keys)", async () => {
    const t = setup({ config: { userData: { a: 1, gone: true } } })
    expect((await t.service.command('configure', { userData: { a: 2, b: 3 } })).ok).toBe(true)
    await t.start()
    expect(sentUserData(t)).toEqual({ a: 2, b: 3 })
  })

  it('keeps the updateUserData keys set since the last configure on top', async () => {
    const t = setup({ config: { userData: { a: 1 } } })
    await t.service.command('updateUserData', { a: 'updated', u: 1 })
    await t.service.command('configure', { userData: { a: 2, b: 3 } })
    await t.start()
    expect(sentUserData(t)).toEqual({ a: 'updated', u: 1, b: 3 })
  })

  it('drops keys updated before an earlier configure once configure runs again', async () => {
    const t = setup()
    await t.service.command('updateUserData', { u: 1 })
    await t.service.command('configure', { userData: { a: 1 } })
    await t.service.command('configure', { userData: { a: 2 } })
    await t.start()
    expect(sentUserData(t)).toEqual({ a: 2 })
  })
})
