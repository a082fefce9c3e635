import type { TransportCapabilities } from '@chatwire/core'
import type { CaseSettings, TargetController } from './target.js'

/** RFC 2119 level: a MUST failure fails the run; a SHOULD failure is reported but does not. */
export type CaseLevel = 'MUST' | 'SHOULD'

/** How a command settled, as a bus caller sees it (`.done` → resolved, `.fail` → rejected). */
export interface Settlement {
  readonly status: 'resolved' | 'rejected' | 'pending'
  readonly value: unknown
  /** The catalog row that applied, when the bus reports it (the stable code for programs). */
  readonly row?: string
}

/** One published event, as a bus subscriber saw it. */
export interface RecordedEvent {
  readonly name: string
  readonly payload: unknown
  /** Virtual time of publication. */
  readonly at: number
}

/** What a case can do: only the public bus API, the controller, and virtual time. */
export interface CaseContext {
  readonly capabilities: TransportCapabilities
  readonly transportName: string
  readonly controller: TargetController
  /** Every event published so far on `WebChatService.*`, in order. */
  readonly events: readonly RecordedEvent[]
  /** `WebChatService.<name>` through the bus, settled on virtual time (pending after `within` ms). */
  command(name: string, options?: unknown, opts?: { readonly within?: number }): Promise<Settlement>
  /** Same, from a plugin with another name (for the private-command rows). */
  commandAs(caller: string, name: string, options?: unknown): Promise<Settlement>
  /** Issues several commands in the same turn (overlapping calls), settled together. */
  commandAll(
    calls: readonly { readonly caller?: string; readonly name: string; readonly options?: unknown }[],
  ): Promise<Settlement[]>
  /** Moves virtual time forward, letting every timer and request due in that window run. */
  advance(ms: number): Promise<void>
  /** Runs time until `name` is published after `since` (default: now) or `within` ms pass; returns it or throws. */
  waitForEvent(
    name: string,
    opts?: { readonly within?: number; readonly since?: number },
  ): Promise<RecordedEvent>
  /** Index into `events` to use as `since` for later waits and slices. */
  mark(): number
  /** Names of the events published since `mark`. */
  eventsSince(mark: number): readonly RecordedEvent[]
  /** Starts a chat (startChat resolved) and waits for the first poll, failing the case if it cannot. */
  startChat(options?: unknown): Promise<Settlement>
  /**
   * Simulates a page load: disposes the service and builds a new one on the same storage and server,
   * with these settings; the new service is initialised (restore paths run) before this resolves.
   */
  reload(
    settings?: CaseSettings,
    opts?: { readonly awayMs?: number; readonly waitForInit?: boolean },
  ): Promise<void>
  /** Notes a fact the report shows under the case (e.g. which rejection the n/a branch saw). */
  note(text: string): void
  /**
   * Records a SHOULD-level finding inside a case (something beyond the row's MUST, e.g. "the sent
   * message comes back in the transcript"): reported with the case, never failing it.
   */
  warn(text: string): void
}

/** Why a case does not apply to a transport, and what is asserted instead. */
export interface NotApplicable {
  readonly reason: string
  /** The documented "doesn't support" behaviour asserted instead; undefined = nothing to assert. */
  readonly instead?: (ctx: CaseContext) => Promise<void>
}

/** A conformance case: data naming the catalog row it checks, with the check itself. */
export interface ConformanceCase {
  /** The catalog row id (`startChat.resolved`) or event id (`event.ready`). */
  readonly id: string
  readonly level: CaseLevel
  /** Where the expectation comes from: catalog row, seed section, reference note. */
  readonly cites: readonly string[]
  /** One line: what is checked. */
  readonly title: string
  /** Settings the service is created with for this case. */
  readonly settings?: CaseSettings
  /** Undefined when the case applies; otherwise why not (decided from the declared capabilities). */
  readonly applies?: (capabilities: TransportCapabilities, transportName: string) => NotApplicable | undefined
  run(ctx: CaseContext): Promise<void>
}
