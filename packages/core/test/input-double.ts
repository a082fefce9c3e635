import type { PreviewInputElement } from '../src/typing/preview-input.js'

/** A minimal element double: listeners by type, a value, and `type(text)` that fires an `input` event (`typeText`). */
export function createInputDouble(tagName: string, type?: string) {
  const listeners = new Map<string, Set<() => void>>()
  const element: PreviewInputElement & {
    value: string
    typeText(text: string): void
    listenerCount(): number
  } = {
    tagName,
    value: '',
    addEventListener(event, fn) {
      const set = listeners.get(event) ?? new Set()
      set.add(fn)
      listeners.set(event, set)
    },
    removeEventListener(event, fn) {
      listeners.get(event)?.delete(fn)
    },
    typeText(text: string) {
      element.value += text
      for (const fn of listeners.get('input') ?? []) fn()
    },
    listenerCount: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
  }
  if (type !== undefined) Object.assign(element, { type })
  return element
}
