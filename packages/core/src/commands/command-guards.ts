import type { TextRowId } from '../rows/row-text.js'
import type { Phase } from '../service-runtime.js'
import type { ChatTransport } from '../transport/transport.js'
import type { TransportCapabilities } from '../transport/transport-capabilities.js'

/** What the guards look at: the service's state when a command arrives (the runtime is one). */
export interface GuardState {
  readonly phase: Phase
  /** A session is open (phase `active`). */
  readonly active: boolean
  /** The transport's capabilities and optional methods. */
  readonly transport: Pick<
    ChatTransport,
    'capabilities' | 'uploadFile' | 'downloadFile' | 'history' | 'fileLimits'
  >
  readonly config: { readonly async: { readonly enabled: boolean } }
  readonly poller: { readonly inFlight: boolean }
  readonly historyExhausted?: boolean | undefined
}

type Check = (state: GuardState, options: unknown, caller: string | undefined) => boolean

/** The `<suffix>` of the `<command>.rejected.<suffix>` text rows of a command. */
type RowSuffix<K extends string> = TextRowId extends infer R
  ? R extends `${K}.rejected.${infer S}`
    ? S
    : never
  : never

/**
 * One of the states a command is not legal in, as the catalog's rejection rows state them: [row id
 * after `<command>.rejected.`, when it holds] (pure: state in, row out). The command table lists each
 * command's guards, checked in order before it runs. Rows whose value is not a text (AJAX failures,
 * n/a) and argument checks that need parsing stay with the command.
 */
export type Guard<K extends string> = readonly [RowSuffix<K>, Check]

/** The caller name allowed to run private commands (seed: poll, restore Access Denied rows). */
export const privateCaller = 'WebChatService'

/** `<command>.rejected.already-active`: a session is open, or one is starting, ending or being restored. */
export const alreadyActive = ['already-active', (s: GuardState) => s.phase !== 'idle'] as const
/** `<command>.rejected.no-active-session`: no session is open. */
export const noSession = ['no-active-session', (s: GuardState) => !s.active] as const
/** The transport lacks a capability (or the method that goes with it). */
export const lacks =
  (
    capability: keyof TransportCapabilities,
    method?: 'uploadFile' | 'downloadFile' | 'history' | 'fileLimits',
  ) =>
  (s: GuardState) =>
    !s.transport.capabilities[capability] ||
    (method !== undefined && typeof s.transport[method] !== 'function')
/** `<command>.rejected.not-supported`: the transport lacks a capability (or its method). */
export const notSupported = (...args: Parameters<typeof lacks>) => ['not-supported', lacks(...args)] as const
export const noPolling = notSupported('polling')
export const blankMessage = (_: GuardState, o: unknown) => {
  const message = (o as { message?: unknown } | undefined)?.message
  return typeof message !== 'string' || message.trim() === ''
}

/** What a command's guard ensured (the session, a transport method): missing here is a bug, so it throws. */
export function guarded<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('chatwire: a command ran past its guard')
  return value
}
