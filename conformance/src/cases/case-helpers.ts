import type { TransportCapabilities } from '@chatwire/core'
import { resolutionTexts } from '@chatwire/specs'
import { beyondSeedIds } from '../catalog-ids.js'
import { checkRejected, checkResolved } from '../check.js'
import type { CaseContext, ConformanceCase, NotApplicable } from '../conformance-case.js'

type Capability = keyof TransportCapabilities
type Applies = NonNullable<ConformanceCase['applies']>

/** The documented text of a resolution row, from the catalog (never re-typed here). */
export function documentedText(id: string): string {
  const text = (resolutionTexts as Readonly<Record<string, string>>)[id]
  if (text === undefined) throw new Error(`catalog row ${id} has no text value`)
  return text
}

/**
 * Where a resolution row comes from: the catalog row and the seed's table for its command, or for a row
 * beyond the seed the real widget's command table.
 */
export function rowCites(id: string): string[] {
  const command = id.split('.')[0] ?? id
  return [
    `specs/webchat-service.yaml#${id}`,
    beyondSeedIds().includes(id)
      ? 'real-widget.md §3.2 (beyond the seed)'
      : `seed: WebChatService › API Commands › ${command} › Resolutions`,
  ]
}

export function eventCites(name: string): string[] {
  return [
    `specs/webchat-service.yaml#event.${name}`,
    beyondSeedIds().includes(`event.${name}`)
      ? 'real-widget.md §3.3 (beyond the seed)'
      : `seed: WebChatService › API Events › ${name}`,
  ]
}

/** The row needs `capability`; without it, `instead` asserts the documented "doesn't support" behaviour. */
export function needs(capability: Capability, instead?: (ctx: CaseContext) => Promise<void>): Applies {
  return (caps) =>
    caps[capability]
      ? undefined
      : withInstead(`the transport declares capabilities.${capability} = false`, instead)
}

/** The row is the "doesn't support" rejection itself: it cannot occur when the transport has `capability`. */
export function lacks(capability: Capability, instead?: (ctx: CaseContext) => Promise<void>): Applies {
  return (caps) =>
    caps[capability]
      ? withInstead(
          `the transport declares capabilities.${capability} = true, so it never rejects this way`,
          instead,
        )
      : undefined
}

/** The row is documented for one transport (catalog `transports`). */
export function onlyOn(transport: string, instead?: (ctx: CaseContext) => Promise<void>): Applies {
  return (_caps, name) =>
    name === transport
      ? undefined
      : withInstead(`the row is documented for the ${transport} transport only`, instead)
}

function withInstead(reason: string, instead?: (ctx: CaseContext) => Promise<void>): NotApplicable {
  return instead === undefined ? { reason } : { reason, instead }
}

/** n/a branch: the command rejects with the row's documented "doesn't support" text. */
export function rejectsAsUnsupported(notSupportedRow: string, command: string, options?: unknown) {
  return async (ctx: CaseContext): Promise<void> => {
    await ctx.startChat()
    const s = await ctx.command(command, options)
    checkRejected(s, command, documentedText(notSupportedRow))
    ctx.note(`rejected with the documented "${documentedText(notSupportedRow)}"`)
  }
}

/** n/a branch of a "doesn't support" row on a transport that supports it: the command resolves. */
export function resolvesWhenSupported(command: string, options?: unknown, caller?: string) {
  return async (ctx: CaseContext): Promise<void> => {
    await ctx.startChat()
    const s =
      caller === undefined
        ? await ctx.command(command, options)
        : await ctx.commandAs(caller, command, options)
    checkResolved(s, command)
    ctx.note(`${command} resolved, as a transport that supports it must`)
  }
}

export function resolution(
  id: string,
  level: ConformanceCase['level'],
  title: string,
  run: ConformanceCase['run'],
  extra: Partial<Pick<ConformanceCase, 'applies' | 'settings'>> = {},
): ConformanceCase {
  return { id, level, cites: rowCites(id), title, run, ...extra }
}

export function event(
  name: string,
  level: ConformanceCase['level'],
  title: string,
  run: ConformanceCase['run'],
  extra: Partial<Pick<ConformanceCase, 'applies' | 'settings'>> = {},
): ConformanceCase {
  return { id: `event.${name}`, level, cites: eventCites(name), title, run, ...extra }
}

/** A text input as the minimal element interface the service watches (tagName/type/value + listeners). */
export function fakeTextInput(): {
  tagName: string
  type: string
  value: string
  addEventListener(type: string, fn: (e: unknown) => void): void
  removeEventListener(type: string, fn: (e: unknown) => void): void
  dispatch(type: string): void
} {
  const listeners = new Map<string, Set<(e: unknown) => void>>()
  return {
    tagName: 'INPUT',
    type: 'text',
    value: '',
    addEventListener(type, fn) {
      const set = listeners.get(type) ?? new Set()
      set.add(fn)
      listeners.set(type, set)
    },
    removeEventListener(type, fn) {
      listeners.get(type)?.delete(fn)
    },
    dispatch(type) {
      for (const fn of listeners.get(type) ?? []) fn({ type, target: this })
    },
  }
}
