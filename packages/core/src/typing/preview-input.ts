import { isObject } from '../is-object.js'

/** The part of an HTML text input / textarea the service needs (a real DOM element fits; so does a test double). */
export interface PreviewInputElement {
  readonly tagName: string
  readonly type?: string
  readonly value: string
  addEventListener(type: string, listener: () => void): void
  removeEventListener(type: string, listener: () => void): void
}

/** An element (or a jQuery-style `{0: element, length}` wrapper) that is a text input or a textarea. */
export function asPreviewInput(value: unknown): PreviewInputElement | undefined {
  const candidate = isObject(value) && !isElementLike(value) ? value[0] : value
  if (!isElementLike(candidate)) return undefined
  const tag = candidate.tagName.toUpperCase()
  if (tag === 'TEXTAREA') return candidate
  if (tag === 'INPUT' && (candidate.type ?? 'text').toLowerCase() === 'text') return candidate
  return undefined
}

function isElementLike(value: unknown): value is PreviewInputElement {
  return (
    isObject(value) &&
    typeof value.tagName === 'string' &&
    typeof value.addEventListener === 'function' &&
    typeof value.removeEventListener === 'function' &&
    'value' in value
  )
}

/** Watches one registered input at a time: each `input` event runs `onInput` with the current value. */
export interface PreviewInputWatcher {
  watch(element: PreviewInputElement): void
  release(): void
}

export function createPreviewInputWatcher(onInput: (value: string) => void): PreviewInputWatcher {
  let watched: PreviewInputElement | undefined
  const listener = () => {
    if (watched) onInput(watched.value)
  }
  const release = () => {
    watched?.removeEventListener('input', listener)
    watched = undefined
  }
  return {
    watch(element) {
      release()
      watched = element
      element.addEventListener('input', listener)
    },
    release,
  }
}
