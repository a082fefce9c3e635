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
  const candidate = isElementLike(value) ? value : unwrap(value)
  if (!candidate) return undefined
  const tag = candidate.tagName.toUpperCase()
  if (tag === 'TEXTAREA') return candidate
  if (tag === 'INPUT' && (candidate.type ?? 'text').toLowerCase() === 'text') return candidate
  return undefined
}

function unwrap(value: unknown): PreviewInputElement | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const first = (value as { 0?: unknown })[0]
  return isElementLike(first) ? first : undefined
}

function isElementLike(value: unknown): value is PreviewInputElement {
  if (typeof value !== 'object' || value === null) return false
  const element = value as Record<string, unknown>
  return (
    typeof element.tagName === 'string' &&
    typeof element.addEventListener === 'function' &&
    typeof element.removeEventListener === 'function' &&
    'value' in element
  )
}

/** Watches one registered input at a time: each `input` event runs `onInput` with the current value. */
export class PreviewInputWatcher {
  #element: PreviewInputElement | undefined
  readonly #listener: () => void

  constructor(onInput: (value: string) => void) {
    this.#listener = () => {
      if (this.#element) onInput(this.#element.value)
    }
  }

  watch(element: PreviewInputElement): void {
    this.release()
    this.#element = element
    element.addEventListener('input', this.#listener)
  }

  release(): void {
    this.#element?.removeEventListener('input', this.#listener)
    this.#element = undefined
  }
}
