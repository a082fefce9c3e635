import { describe, expect, it } from 'vitest'
import { createEventHub } from './event-hub.js'

describe('createEventHub', () => {
  it('delivers in subscription order, to named and catch-all listeners; unsubscribe stops delivery', () => {
    const errors: unknown[] = []
    const hub = createEventHub((e) => errors.push(e))
    const seen: string[] = []
    const off = hub.subscribe('ended', () => seen.push('a'))
    hub.subscribe('ended', () => {
      throw new Error('bad subscriber')
    })
    hub.subscribe('ended', () => seen.push('c'))
    hub.onAny((event) => seen.push(`any:${event}`))
    hub.publish('ended')
    off()
    hub.publish('ended')
    hub.publish('ready')
    expect(seen).toEqual(['a', 'c', 'any:ended', 'c', 'any:ended', 'any:ready'])
    expect(errors).toHaveLength(2)
  })
})
