import type { Clock } from '../clock.js'
import type { FaultConfig } from '../faults/fault-config.js'
import { FaultInjector } from '../faults/fault-injector.js'
import { AgentRunner } from '../scenario/agent-runner.js'
import type { Scenario } from '../scenario/scenario.js'
import { ChatSession, type SessionProtocol } from './chat-session.js'
import { defaultFileLimits, type FileLimitsConfig } from './file-limits.js'
import { SessionStore } from './session-store.js'
import type { UserDataMap } from './user-data.js'

export interface ContactCentreOptions {
  readonly scenario: Scenario
  readonly clock: Clock
  readonly seed: number
  readonly faults: FaultConfig
  readonly maxSessions?: number | undefined
  readonly endedRetentionMs?: number | undefined
  readonly abandonedAfterMs?: number | undefined
}

/** The whole model: sessions, the scenario's agents, idle policy, faults and the offline switch. */
export class ContactCentre {
  readonly store: SessionStore
  readonly faults: FaultInjector
  readonly clock: Clock
  scenario: Scenario
  private readonly agents: AgentRunner
  private aliasCounter = 100

  constructor(options: ContactCentreOptions) {
    this.clock = options.clock
    this.scenario = options.scenario
    this.store = new SessionStore(options.clock, {
      maxSessions: options.maxSessions,
      endedRetentionMs: options.endedRetentionMs,
      abandonedAfterMs: options.abandonedAfterMs,
      onForget: (id) => this.faults.forget(id),
    })
    this.faults = new FaultInjector(options.seed, options.faults, options.clock)
    this.agents = new AgentRunner(options.scenario)
  }

  setScenario(scenario: Scenario): void {
    this.scenario = scenario
    this.agents.setScenario(scenario)
  }

  get fileLimits(): FileLimitsConfig {
    return { ...defaultFileLimits, ...this.scenario.fileLimits }
  }

  get typingTimeoutMs(): number {
    return this.scenario.typingTimeoutMs ?? 10_000
  }

  get longPollMs(): number {
    return this.scenario.longPollMs ?? 0
  }

  /** Creates a session (the client's ParticipantJoined is event 1) and starts the scenario's agents. */
  createSession(input: {
    protocol: SessionProtocol
    serviceName: string
    clientName: string
    clientFields: Readonly<Record<string, string>>
    userData: UserDataMap
  }): ChatSession {
    this.aliasCounter = this.aliasCounter >= 999 ? 100 : this.aliasCounter + 1
    const session = new ChatSession({
      ...input,
      clock: this.clock,
      fileLimits: this.fileLimits,
      alias: String(this.aliasCounter),
      onEvent: (s, e) => this.agents.onEvent(s, e),
    })
    this.store.add(session)
    this.agents.start(session)
    this.clientActivity(session)
    return session
  }

  /** Ends every session and disarms every timer it armed (agents, typing, idle, long polls). */
  close(): void {
    this.store.close()
  }

  /** The client did something: re-arms the idle alert/close timers of the scenario's idle policy. */
  clientActivity(session: ChatSession): void {
    session.lastClientActivity = this.clock.now()
    const idle = this.scenario.idle
    if (idle === undefined || session.ended) return
    session.disarm('idle:close')
    session.arm('idle:alert', idle.alertAfterMs, () => {
      session.append('IdleAlert', session.system(), {
        text: 'Are you still there? This chat will close soon.',
      })
      session.arm('idle:close', idle.closeAfterMs, () => {
        session.append('IdleClose', session.system(), { text: 'This chat was closed for inactivity.' })
        session.end()
      })
    })
  }
}
