import type { ChatTransport } from '@chatwire/core'

/** A transport that remembers when the newest successful poll started (real ms, performance.now()). */
export interface ObservedTransport {
  readonly transport: ChatTransport
  /** Start time of the newest poll that succeeded; -Infinity before the first. */
  lastOkPollStart(): number
}

/** Delegates every member of `inner`; only `poll` is observed. */
export function observeTransport(inner: ChatTransport): ObservedTransport {
  let lastOk = Number.NEGATIVE_INFINITY
  const bind = <K extends keyof ChatTransport>(key: K): Partial<Pick<ChatTransport, K>> => {
    const fn = inner[key]
    return typeof fn === 'function' ? ({ [key]: fn.bind(inner) } as Partial<Pick<ChatTransport, K>>) : {}
  }
  const transport: ChatTransport = {
    name: inner.name,
    capabilities: inner.capabilities,
    start: inner.start.bind(inner),
    send: inner.send.bind(inner),
    restore: inner.restore.bind(inner),
    ...bind('history'),
    ...bind('uploadFile'),
    ...bind('downloadFile'),
    ...bind('fileLimits'),
    async poll(session, cursor, o) {
      const started = performance.now()
      const result = await inner.poll(session, cursor, o)
      if (result.ok) lastOk = Math.max(lastOk, started)
      return result
    },
  }
  return { transport, lastOkPollStart: () => lastOk }
}
