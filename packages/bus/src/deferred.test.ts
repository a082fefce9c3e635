import { describe, expect, it, vi } from 'vitest'
import { createDeferred } from './deferred.js'

describe('createDeferred', () => {
  it('done/fail/always return the same deferred and run on settlement', () => {
    const d = createDeferred<number>()
    const seen: string[] = []
    expect(d.done((v) => seen.push(`done ${v}`))).toBe(d)
    expect(d.fail(() => seen.push('fail'))).toBe(d)
    expect(d.always((v) => seen.push(`always ${v}`))).toBe(d)
    expect(d.progress(() => seen.push('progress'))).toBe(d)
    expect(d.state()).toBe('pending')
    d.resolve(7)
    expect(seen).toEqual(['done 7', 'always 7'])
    expect(d.state()).toBe('resolved')
  })

  it('runs a callback added after settlement at once, synchronously', () => {
    const d = createDeferred<string>()
    d.reject('nope', { code: 'x' })
    const fail = vi.fn()
    d.fail(fail)
    expect(fail).toHaveBeenCalledWith('nope', { code: 'x' })
    expect(d.state()).toBe('rejected')
  })

  it('settles only once', () => {
    const d = createDeferred<number>()
    const done = vi.fn()
    const fail = vi.fn()
    d.done(done).fail(fail)
    d.resolve(1)
    d.resolve(2)
    d.reject('late')
    expect(done).toHaveBeenCalledTimes(1)
    expect(done).toHaveBeenCalledWith(1)
    expect(fail).not.toHaveBeenCalled()
  })

  it('has a real then: chains and await work', async () => {
    const d = createDeferred<number>()
    const chained = d.then((v) => v + 1).then((v) => v * 2)
    d.resolve(4)
    await expect(chained).resolves.toBe(10)
    expect(await d).toBe(4)
    expect(await d.pipe((v) => `${v}!`)).toBe('4!')
  })

  it('rejects through then/catch/await', async () => {
    const d = createDeferred<number>()
    d.reject('There is no active chat session')
    await expect(d).rejects.toBe('There is no active chat session')
    expect(await d.catch((r) => `caught ${String(r)}`)).toBe('caught There is no active chat session')
    let finished = false
    await d.finally(() => (finished = true)).catch(() => undefined)
    expect(finished).toBe(true)
  })

  it('a throwing callback does not stop the others and is reported', () => {
    const onError = vi.fn()
    const d = createDeferred<number>(onError)
    const second = vi.fn()
    d.done(() => {
      throw new Error('boom')
    }).done(second)
    d.resolve(1)
    expect(second).toHaveBeenCalledWith(1)
    expect(onError).toHaveBeenCalledWith(new Error('boom'), 'deferred callback')
  })

  it('ignores non-function callbacks', () => {
    const d = createDeferred<number>()
    d.done(undefined as never)
    d.resolve(1)
    expect(d.state()).toBe('resolved')
  })
})
