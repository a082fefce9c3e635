export type DeferredState = 'pending' | 'resolved' | 'rejected'

/**
 * What `plugin.command()` returns: the CXBus deferred shape (`done`, `fail`, `always`, `progress`,
 * `state`, `pipe`) plus a real Promises/A+ `then` (and `catch`/`finally`), so `await` and chains work.
 * `done`/`fail`/`always` return the same deferred; a callback added after settlement runs at once.
 * `fail` callbacks also receive a second argument `{ code }` for rejections made by the bus itself.
 */
export interface BusDeferred<T = unknown> extends PromiseLike<T> {
  done(fn: (value: T, ...rest: unknown[]) => void): BusDeferred<T>
  fail(fn: (reason: unknown, ...rest: unknown[]) => void): BusDeferred<T>
  always(fn: (valueOrReason: unknown, ...rest: unknown[]) => void): BusDeferred<T>
  /** Kept for CXBus compatibility; commands report no progress. */
  progress(fn: (...values: unknown[]) => void): BusDeferred<T>
  state(): DeferredState
  /** CXBus' `pipe`: the same as `then`. */
  pipe<R1 = T, R2 = never>(
    onResolved?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2>
  then<R1 = T, R2 = never>(
    onResolved?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2>
  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R>
  finally(onFinally?: (() => void) | null): Promise<T>
}

/** The settling side, handed to command handlers as `e.deferred`. */
export interface Deferred<T = unknown> extends BusDeferred<T> {
  resolve(...values: [T, ...unknown[]]): void
  reject(...reasons: unknown[]): void
}

type Callback = (...values: unknown[]) => void

/** Reports an exception thrown by a callback without stopping the others. */
export type ErrorReporter = (error: unknown, where: string) => void

export const defaultErrorReporter: ErrorReporter = (error) => {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError
  if (typeof report === 'function') report(error)
  else console.error(error)
}

/** A CXBus-style deferred. The native promise behind `then` is made lazily, so an unobserved rejection is not "unhandled". */
export function createDeferred<T = unknown>(onError: ErrorReporter = defaultErrorReporter): Deferred<T> {
  let state: DeferredState = 'pending'
  let args: unknown[] = []
  const waiting: { on: 'resolved' | 'rejected' | 'always'; fn: Callback }[] = []
  let native: Promise<T> | undefined

  const call = (fn: Callback) => {
    try {
      fn(...args)
    } catch (error) {
      onError(error, 'deferred callback')
    }
  }
  const add = (on: 'resolved' | 'rejected' | 'always', fn: unknown) => {
    if (typeof fn !== 'function') return
    if (state === 'pending') waiting.push({ on, fn: fn as Callback })
    else if (on === 'always' || on === state) call(fn as Callback)
  }
  const settle = (to: 'resolved' | 'rejected', values: unknown[]) => {
    if (state !== 'pending') return
    state = to
    args = values
    for (const { on, fn } of waiting.splice(0)) if (on === 'always' || on === to) call(fn)
  }
  const promise = (): Promise<T> => {
    native ??= new Promise<T>((resolve, reject) => {
      add('resolved', (value: unknown) => resolve(value as T))
      add('rejected', (reason: unknown) => reject(reason))
    })
    return native
  }

  const deferred: Deferred<T> = {
    done: (fn) => {
      add('resolved', fn)
      return deferred
    },
    fail: (fn) => {
      add('rejected', fn)
      return deferred
    },
    always: (fn) => {
      add('always', fn)
      return deferred
    },
    progress: () => deferred,
    state: () => state,
    pipe: (onResolved, onRejected) => promise().then(onResolved, onRejected),
    // biome-ignore lint/suspicious/noThenProperty: the deferred is a thenable on purpose (await, chains)
    then: (onResolved, onRejected) => promise().then(onResolved, onRejected),
    catch: (onRejected) => promise().catch(onRejected),
    finally: (onFinally) => promise().finally(onFinally),
    resolve: (...values) => settle('resolved', values),
    reject: (...reasons) => settle('rejected', reasons),
  }
  return deferred
}
