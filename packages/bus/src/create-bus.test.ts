import { describe, expect, it, vi } from 'vitest'
import { manualScheduler } from '../test/manual-scheduler.js'
import type { BusEvent, BusPlugin } from './bus-types.js'
import { createBus } from './create-bus.js'

function setup() {
  const clock = manualScheduler()
  const onError = vi.fn()
  const bus = createBus({ schedule: clock.schedule, now: () => 1000, onError })
  const reg = (name: string) => {
    const plugin = bus.registerPlugin(name)
    if (plugin === false) throw new Error(`could not register ${name}`)
    return plugin
  }
  return { bus, clock, onError, reg }
}

function echoPlugin(reg: (name: string) => BusPlugin) {
  const svc = reg('Svc')
  svc.registerCommand('echo', (e) => e.deferred.resolve(e.data as never))
  svc.ready()
  return svc
}

describe('registerPlugin', () => {
  it('refuses a second registration of a name, and non-strings; names are case-sensitive', () => {
    const { bus } = setup()
    expect(bus.registerPlugin('MyPlugin')).not.toBe(false)
    expect(bus.registerPlugin('MyPlugin')).toBe(false)
    expect(bus.registerPlugin('myplugin')).not.toBe(false)
    expect(bus.registerPlugin(42 as never)).toBe(false)
    expect(bus.registry()).toEqual(['CXBus', 'MyPlugin', 'myplugin'])
  })
})

describe('command', () => {
  it('dispatches asynchronously and resolves with what the handler resolves', () => {
    const { clock, reg } = setup()
    const svc = reg('Svc')
    const handler = vi.fn((e) => e.deferred.resolve({ got: e.data }))
    svc.registerCommand('doIt', handler)
    svc.ready()
    const done = vi.fn()
    reg('Caller').command('Svc.doIt', { a: 1 }).done(done)
    expect(handler).not.toHaveBeenCalled()
    clock.flush()
    expect(handler).toHaveBeenCalledWith({
      time: 1000,
      commander: 'Caller',
      command: 'Svc.doIt',
      deferred: expect.anything(),
      data: { a: 1 },
    })
    expect(done).toHaveBeenCalledWith({ got: { a: 1 } })
  })

  it('a name without a dot goes to the caller’s own namespace', () => {
    const { clock, reg } = setup()
    const svc = echoPlugin(reg)
    const done = vi.fn()
    svc.command('echo', { x: 1 }).done(done)
    clock.flush()
    expect(done).toHaveBeenCalledWith({ x: 1 })
  })

  it('turns falsy options into {} and rejects non-object options with the CXBus text', () => {
    const { clock, reg } = setup()
    echoPlugin(reg)
    const me = reg('Me')
    const empty = vi.fn()
    const cancelled = vi.fn()
    me.command('Svc.echo', null).done(empty)
    me.command('Svc.echo', 'text').fail(cancelled)
    clock.flush()
    expect(empty).toHaveBeenCalledWith({})
    expect(cancelled).toHaveBeenCalledWith("Command was cancelled by a 'before' function.", {
      code: 'cancelled',
      command: 'Svc.echo',
    })
  })

  it('runs before hooks in order; a hook that returns no object cancels', () => {
    const { clock, reg } = setup()
    const svc = echoPlugin(reg)
    svc.before('Svc.echo', (o) => ({ ...o, first: true }))
    svc.before('Svc.echo', (o) => (o.cancel ? false : { ...o, second: true }))
    const done = vi.fn()
    const fail = vi.fn()
    svc.command('Svc.echo', { v: 1 }).done(done)
    svc.command('Svc.echo', { cancel: 1 }).fail(fail)
    clock.flush()
    expect(done).toHaveBeenCalledWith({ v: 1, first: true, second: true })
    expect(fail.mock.calls[0]?.[1]).toMatchObject({ code: 'cancelled' })
  })

  it('rejects an unknown command at once instead of hanging', async () => {
    const { clock, reg } = setup()
    echoPlugin(reg)
    const d = reg('Me').command('Svc.nope')
    clock.flush()
    expect(d.state()).toBe('rejected')
    await expect(d).rejects.toBe('Command does not exist')
  })

  it('rejects a command to an unknown plugin', () => {
    const { clock, reg } = setup()
    const fail = vi.fn()
    reg('Me').command('Nobody.startChat').fail(fail)
    clock.flush()
    expect(fail).toHaveBeenCalledWith(
      'Could not load plugin file in given location. Check your plugins path option.',
      { code: 'unknown-plugin', command: 'Nobody.startChat' },
    )
  })

  it('holds commands to a registered plugin until it is ready, in order', () => {
    const { clock, reg } = setup()
    const svc = reg('Svc')
    const order: unknown[] = []
    svc.registerCommand('echo', (e) => e.deferred.resolve(e.data as never))
    const me = reg('Me')
    me.command('Svc.echo', { n: 1 }).done((v) => order.push(v))
    me.command('Svc.echo', { n: 2 }).done((v) => order.push(v))
    clock.flush()
    expect(order).toEqual([])
    svc.ready()
    expect(order).toEqual([{ n: 1 }, { n: 2 }])
  })

  it('a handler that throws rejects its command and is reported', () => {
    const { clock, reg, onError } = setup()
    const svc = reg('Svc')
    svc.registerCommand('bad', () => {
      throw new TypeError('bug')
    })
    svc.ready()
    const fail = vi.fn()
    svc.command('bad').fail(fail)
    clock.flush()
    expect(fail).toHaveBeenCalledWith(new TypeError('bug'), { code: 'handler-threw', command: 'Svc.bad' })
    expect(onError).toHaveBeenCalledWith(new TypeError('bug'), 'command Svc.bad')
  })

  it.each([true, false])(
    'a before hook that throws rejects the command and is reported (async: %s)',
    (async) => {
      const { bus, clock, reg, onError } = setup()
      bus.configure({ async })
      const svc = echoPlugin(reg)
      svc.before('Svc.echo', () => {
        throw new RangeError('hook bug')
      })
      const done = vi.fn()
      const fail = vi.fn()
      expect(() => svc.command('echo', { a: 1 }).done(done).fail(fail)).not.toThrow()
      clock.flush()
      expect(done).not.toHaveBeenCalled()
      expect(fail).toHaveBeenCalledWith(new RangeError('hook bug'), {
        code: 'handler-threw',
        command: 'Svc.echo',
      })
      expect(onError).toHaveBeenCalledWith(new RangeError('hook bug'), 'before hook of Svc.echo')
    },
  )

  it('registerCommand replaces silently; the global bus commands as CXBus', () => {
    const { bus, clock, reg } = setup()
    const svc = reg('Svc')
    svc.registerCommand('who', (e) => e.deferred.resolve('old' as never))
    svc.registerCommand('who', (e) => e.deferred.resolve(e.commander as never))
    svc.ready()
    const done = vi.fn()
    bus.command('Svc.who').done(done)
    clock.flush()
    expect(done).toHaveBeenCalledWith('CXBus')
  })

  it('runs synchronously with async: false', () => {
    const { bus, reg } = setup()
    bus.configure({ async: false })
    echoPlugin(reg)
    const done = vi.fn()
    bus.command('Svc.echo', { s: 1 }).done(done)
    expect(done).toHaveBeenCalledWith({ s: 1 })
  })

  it('resolves done before subscribers see what the handler published', () => {
    const { clock, reg } = setup()
    const svc = reg('Svc')
    svc.registerCommand('start', (e) => {
      svc.publish('started', { id: 1 })
      e.deferred.resolve('ok' as never)
    })
    svc.ready()
    const order: string[] = []
    const me = reg('Me')
    me.subscribe('Svc.started', () => order.push('subscriber'))
    me.command('Svc.start').done(() => order.push('done'))
    clock.flush()
    expect(order).toEqual(['done', 'subscriber'])
  })
})

describe('events', () => {
  it('delivers the CXBus envelope, data {} when absent; subscribe returns the name or false', () => {
    const { clock, reg } = setup()
    const pub = reg('Pub')
    const me = reg('Me')
    const seen: BusEvent[] = []
    expect(me.subscribe('Pub.ping', (e) => seen.push(e))).toBe('Pub.ping')
    expect(me.subscribe('Pub.ping', undefined as never)).toBe(false)
    pub.publish('ping')
    pub.publish('Pub.ping', { n: 2 })
    expect(seen).toEqual([])
    clock.flush()
    expect(seen).toEqual([
      { time: 1000, publisher: 'Pub', event: 'Pub.ping', data: {} },
      { time: 1000, publisher: 'Pub', event: 'Pub.ping', data: { n: 2 } },
    ])
  })

  it('keeps subscription order within an event and publish order across events', () => {
    const { clock, reg } = setup()
    const pub = reg('Pub')
    const order: string[] = []
    reg('A').subscribe('Pub.x', (e) => order.push(`A${(e.data as { n: number }).n}`))
    reg('B').subscribe('Pub.x', (e) => order.push(`B${(e.data as { n: number }).n}`))
    pub.publish('x', { n: 1 })
    pub.publish('x', { n: 2 })
    clock.flush()
    expect(order).toEqual(['A1', 'B1', 'A2', 'B2'])
  })

  it('subscribers added before the publisher exists get its later events', () => {
    const { clock, reg } = setup()
    const got = vi.fn()
    reg('Early').subscribe('Late.hello', got)
    clock.flush()
    reg('Late').publish('hello', { hi: true })
    clock.flush()
    expect(got).toHaveBeenCalledWith(expect.objectContaining({ data: { hi: true } }))
  })

  it('republished events reach late subscribers once; plain publish does not', () => {
    const { clock, reg } = setup()
    const svc = reg('WebChatService')
    svc.republish('ready')
    svc.publish('started', { s: 1 })
    clock.flush()
    const ready = vi.fn()
    const started = vi.fn()
    const late = reg('Late')
    late.subscribe('WebChatService.ready', ready)
    late.subscribe('WebChatService.started', started)
    clock.flush()
    expect(ready).toHaveBeenCalledTimes(1)
    expect(started).not.toHaveBeenCalled()
    svc.republish('ready', { again: 1 })
    clock.flush()
    expect(ready).toHaveBeenCalledTimes(2)
  })

  it('unsubscribe removes one callback, or all of the plugin’s for the event; others keep theirs', () => {
    const { clock, reg } = setup()
    const pub = reg('Pub')
    const me = reg('Me')
    const other = reg('Other')
    const a = vi.fn()
    const b = vi.fn()
    const c = vi.fn()
    me.subscribe('Pub.e', a)
    me.subscribe('Pub.e', b)
    other.subscribe('Pub.e', c)
    expect(me.unsubscribe('Pub.e', a)).toBe(true)
    pub.publish('e')
    clock.flush()
    expect(a).not.toHaveBeenCalled()
    expect(b).toHaveBeenCalledTimes(1)
    expect(me.unsubscribe('Pub.e')).toBe(true)
    expect(me.unsubscribe('Pub.e')).toBe(false)
    pub.publish('e')
    clock.flush()
    expect(b).toHaveBeenCalledTimes(1)
    expect(c).toHaveBeenCalledTimes(2)
  })

  it('does not deliver to a callback unsubscribed between publish and delivery', () => {
    const { clock, reg } = setup()
    const pub = reg('Pub')
    const me = reg('Me')
    const a = vi.fn()
    me.subscribe('Pub.e', a)
    pub.publish('e')
    me.unsubscribe('Pub.e', a)
    clock.flush()
    expect(a).not.toHaveBeenCalled()
  })

  it('a subscriber that throws does not stop the others', () => {
    const { clock, reg, onError } = setup()
    const pub = reg('Pub')
    const after = vi.fn()
    reg('Bad').subscribe('Pub.e', () => {
      throw new Error('subscriber bug')
    })
    reg('Good').subscribe('Pub.e', after)
    pub.publish('e', { k: 1 })
    pub.publish('e', { k: 2 })
    clock.flush()
    expect(after).toHaveBeenCalledTimes(2)
    expect(onError).toHaveBeenCalledTimes(2)
    expect(onError).toHaveBeenCalledWith(new Error('subscriber bug'), 'subscriber of Pub.e')
  })

  it('hands each subscriber its own snapshot of the payload', () => {
    const { clock, reg } = setup()
    const pub = reg('Pub')
    const seen: unknown[] = []
    reg('A').subscribe('Pub.e', (e) => {
      ;(e.data as { list: number[] }).list.push(99)
    })
    reg('B').subscribe('Pub.e', (e) => seen.push(e.data))
    const payload = { list: [1] }
    pub.publish('e', payload)
    clock.flush()
    expect(seen).toEqual([{ list: [1] }])
    expect(payload).toEqual({ list: [1] })
  })

  it('passes payloads that cannot be cloned as they are', () => {
    const { clock, reg, onError } = setup()
    const pub = reg('Pub')
    const seen: unknown[] = []
    reg('A').subscribe('Pub.e', (e) => seen.push(e.data))
    const preprocessor = (m: unknown) => m
    pub.publish('e', { preprocessor })
    clock.flush()
    expect(seen).toEqual([{ preprocessor }])
    expect(onError).not.toHaveBeenCalled()
  })

  it('registerEvents is informational: unregistered events still publish', () => {
    const { clock, reg } = setup()
    const pub = reg('Pub')
    pub.registerEvents(['a', 'b', 'a'])
    expect(pub.events).toEqual(['a', 'b'])
    const got = vi.fn()
    reg('Me').subscribe('Pub.other', got)
    pub.publish('other')
    clock.flush()
    expect(got).toHaveBeenCalledTimes(1)
  })
})
