import type { ChatTransport } from '@chatwire/core'
import type { Clock } from './virtual-clock.js'

/** Who acts on the server side. `Bot` is a v2 participant flagged as a bot, or a v3 `Bot`. */
export type ServerRole = 'Agent' | 'Supervisor' | 'Bot'

/** How the next wire calls of the current session fail (see TargetController.failNext). */
export type FaultKind =
  /** no response at all (status 0). */
  | 'network'
  /** an HTTP 500 with the protocol's error body. */
  | 'http'
  /** a 2xx that reports a retryable server failure (GMS `statusCode` 1; "chat server offline"). */
  | 'server-retryable'
  /** a 2xx (or 4xx) that reports a fatal server failure (GMS `statusCode` 2; v3 error status). */
  | 'server-fatal'

/** The server's view of the current session, for cases that check what reached the server. */
export interface ServerSessionView {
  /** Client messages and notices the server accepted, in order. */
  readonly clientMessages: readonly { readonly type: string; readonly text: string }[]
  /** The session's attached user data as the server holds it, stringified values. */
  readonly userData: Readonly<Record<string, string>>
  readonly ended: boolean
}

/**
 * The server side of a target, as the cases drive it. Every method acts on the current session (the
 * one the client most recently started) and resolves once the server has applied the change; the
 * client sees it on its next poll.
 */
export interface TargetController {
  agentJoin(role?: ServerRole, name?: string): Promise<void>
  agentLeave(role?: ServerRole, name?: string): Promise<void>
  agentSay(text: string, role?: ServerRole): Promise<void>
  agentTyping(typing: boolean, role?: ServerRole): Promise<void>
  /** The server ends the session (agent closes the chat). */
  endSession(): Promise<void>
  /** The chat server goes down: every following request (of every session) fails until goOnline. */
  goOffline(): Promise<void>
  goOnline(): Promise<void>
  /** The next `count` requests of the current session (or the next start when none) fail with `kind`. */
  failNext(count: number, kind: FaultKind): Promise<void>
  /** An agent sends a file into the session; resolves with the file id the client downloads it by. */
  agentSendFile?(name: string, bytes: Uint8Array): Promise<string>
  inspect(): Promise<ServerSessionView>
}

/** What every case gets from a target: a fresh server, a way to build clients for it, and its controller. */
export interface TargetInstance {
  /** A new client transport for this server (called again for each simulated page load). */
  createTransport(settings: CaseSettings): ChatTransport
  /**
   * The `_genesys.widgets.webchat` object for these settings, in the form this transport's
   * configuration takes (v2 flat or v3 `transport`). `async` is only passed when a case needs it.
   */
  webchatConfig(settings: CaseSettings): unknown
  readonly controller: TargetController
  /** Resolves when no request of this target is in flight (needed for real I/O; optional in-process). */
  idle?(): Promise<void>
  close(): Promise<void>
}

/** Neutral settings a case asks for; the target turns them into its configuration form. */
export interface CaseSettings {
  readonly userData?: Readonly<Record<string, unknown>>
  readonly pollExceptionLimit?: number
  readonly restoreTimeout?: number
  readonly ajaxTimeout?: number
  /** `transport.sleepEnabled` (beyond the seed): sleep and pausePoll may slow or pause polling. */
  readonly sleepEnabled?: boolean
  readonly async?: {
    readonly enabled: boolean
    readonly getSessionData?: (...args: unknown[]) => unknown
    readonly setSessionData?: (...args: unknown[]) => unknown
    readonly deleteSessionData?: (...args: unknown[]) => unknown
  }
}

/**
 * A conformance target: what a third party exports (default export, or `target`) from the module
 * given to `chatwire-conformance --target`. `setup` is called once per case with the virtual clock,
 * which the server side must use for every timer and timestamp it has.
 */
export interface ConformanceTarget {
  readonly name: string
  readonly description?: string
  setup(env: TargetEnv): Promise<TargetInstance>
}

export interface TargetEnv {
  readonly clock: Clock
  /** Seed for anything random on the server side (ids, faults), so runs are reproducible. */
  readonly seed: number
}
