import { createBus, registerWebChatService } from '@chatwire/bus'
import { type ChatTransport, createWebChatService } from '@chatwire/core'
import { CheckFailure, checkResolved } from './check.js'
import type { CaseContext, RecordedEvent, Settlement } from './conformance-case.js'
import { createMemoryStorage } from './memory-storage.js'
import type { CaseSettings, TargetInstance } from './target.js'
import type { VirtualClock } from './virtual-clock.js'
import { VirtualTimeDriver } from './virtual-time-driver.js'

/** The plugin name the suite's commands come from (any name but WebChatService). */
export const SUITE_PLUGIN = 'ConformanceSuite'
/** How long a command may stay pending on virtual time before it counts as never settling. */
const COMMAND_WINDOW_MS = 60_000

type Service = Exclude<ReturnType<typeof createWebChatService>, { ok: false }>

interface Page {
  readonly bus: ReturnType<typeof createBus>
  readonly service: Service
  readonly plugins: Map<string, BusPlugin>
}

/** The plugin name WebChatService calls its own private commands as. */
const SELF = 'WebChatService'

interface BusPlugin {
  command(name: string, options?: unknown): PromiseLike<unknown>
}

/**
 * One case's world: a target instance, a bus + WebChatService built on virtual time like a page
 * would build them, and the `CaseContext` the case drives them through.
 */
export class CaseHarness implements CaseContext {
  readonly events: RecordedEvent[] = []
  readonly notes: string[] = []
  readonly warnings: string[] = []
  /** Every command the case issued and how it settled, in order (for the differential check). */
  readonly log: { readonly name: string; readonly outcome: Settlement }[] = []
  /** Where the differential check starts comparing: after the last precondition helper (startChat). */
  observeFrom = 0
  /** Index into `log` where the differential check starts comparing commands. */
  observeLogFrom = 0
  readonly capabilities: ChatTransport['capabilities']
  readonly transportName: string
  private readonly storage = createMemoryStorage()
  private readonly driver: VirtualTimeDriver
  private page: Page | undefined

  private constructor(
    private readonly instance: TargetInstance,
    private readonly clock: VirtualClock,
    private readonly eventNames: readonly string[],
    probe: ChatTransport,
  ) {
    this.capabilities = probe.capabilities
    this.transportName = probe.name
    this.driver = new VirtualTimeDriver(clock, instance.idle?.bind(instance))
  }

  static async open(
    instance: TargetInstance,
    clock: VirtualClock,
    eventNames: readonly string[],
    settings: CaseSettings,
  ): Promise<CaseHarness> {
    const harness = new CaseHarness(instance, clock, eventNames, instance.createTransport(settings))
    await harness.load(settings)
    return harness
  }

  get controller() {
    return this.instance.controller
  }

  async command(name: string, options?: unknown, opts?: { within?: number }): Promise<Settlement> {
    return this.commandAs(SUITE_PLUGIN, name, options, opts?.within)
  }

  async commandAs(
    caller: string,
    name: string,
    options?: unknown,
    within = COMMAND_WINDOW_MS,
  ): Promise<Settlement> {
    const [settled] = await this.commandAll([{ caller, name, options }], within)
    return settled ?? { status: 'pending', value: undefined }
  }

  /**
   * Issues several commands in the same turn (e.g. two overlapping polls), then runs time until all
   * settle. A command "as WebChatService" cannot come through the bus (that plugin name is the
   * service's own), so it goes to the service's public `command` with that caller, as the plugin does.
   */
  async commandAll(
    calls: readonly { readonly caller?: string; readonly name: string; readonly options?: unknown }[],
    within = COMMAND_WINDOW_MS,
  ): Promise<Settlement[]> {
    const page = this.currentPage()
    const settled: Settlement[] = calls.map(() => ({ status: 'pending', value: undefined }))
    calls.forEach((call, i) => {
      const caller = call.caller ?? SUITE_PLUGIN
      let pending: PromiseLike<unknown>
      if (caller === SELF) {
        pending = page.service.command(call.name as never, call.options as never, { caller }).then((o) => {
          if (!o.ok) throw new RejectedOutcome(o.value)
          return o.value
        })
      } else {
        let plugin = page.plugins.get(caller)
        if (plugin === undefined) {
          plugin = page.bus.registerPlugin(caller) as unknown as BusPlugin
          page.plugins.set(caller, plugin)
        }
        const full = `WebChatService.${call.name}`
        pending = call.options === undefined ? plugin.command(full) : plugin.command(full, call.options)
      }
      Promise.resolve(pending).then(
        (value) => {
          settled[i] = { status: 'resolved', value }
        },
        (error: unknown) => {
          settled[i] = { status: 'rejected', value: error instanceof RejectedOutcome ? error.value : error }
        },
      )
    })
    await this.driver.runUntil(() => settled.every((x) => x.status !== 'pending'), this.clock.now() + within)
    calls.forEach((call, i) => {
      const caller = call.caller ?? SUITE_PLUGIN
      const outcome = settled[i] ?? { status: 'pending', value: undefined }
      this.log.push({ name: caller === SUITE_PLUGIN ? call.name : `${call.name} (as ${caller})`, outcome })
    })
    return settled
  }

  advance(ms: number): Promise<void> {
    return this.driver.advance(ms)
  }

  async waitForEvent(name: string, opts?: { within?: number; since?: number }): Promise<RecordedEvent> {
    const since = opts?.since ?? this.events.length
    const find = () => this.events.slice(since).find((e) => e.name === name)
    await this.driver.runUntil(() => find() !== undefined, this.clock.now() + (opts?.within ?? 30_000))
    const found = find()
    if (found === undefined) {
      const seen = this.events.slice(since).map((e) => e.name)
      throw new CheckFailure(
        `${name} was not published within ${opts?.within ?? 30_000} ms; saw [${seen.join(', ')}]`,
      )
    }
    return found
  }

  mark(): number {
    return this.events.length
  }

  eventsSince(mark: number): readonly RecordedEvent[] {
    return this.events.slice(mark)
  }

  async startChat(options?: unknown): Promise<Settlement> {
    const outcome = await this.command(
      'startChat',
      options ?? { nickname: 'Casey', firstname: 'Casey', lastname: 'Client', subject: 'conformance' },
    )
    checkResolved(outcome, 'precondition startChat')
    await this.advance(1_000)
    this.observeFrom = this.events.length
    this.observeLogFrom = this.log.length
    return outcome
  }

  async reload(settings: CaseSettings = {}, opts: ReloadOptions = {}): Promise<void> {
    this.page?.service.dispose()
    this.page = undefined
    await this.driver.settle()
    if (opts.awayMs !== undefined) await this.driver.advance(opts.awayMs)
    await this.load(settings, opts.waitForInit ?? true)
  }

  warn(text: string): void {
    this.warnings.push(text)
  }

  note(text: string): void {
    this.notes.push(text)
  }

  async close(): Promise<void> {
    this.page?.service.dispose()
    this.page = undefined
    await this.driver.settle()
  }

  private currentPage(): Page {
    if (this.page === undefined) throw new Error('no page loaded')
    return this.page
  }

  private async load(settings: CaseSettings, waitForInit = true): Promise<void> {
    const created = createWebChatService({
      transport: this.instance.createTransport(settings),
      config: this.instance.webchatConfig(settings),
      clock: this.clock,
      storage: this.storage,
    })
    if ('ok' in created && created.ok === false) {
      throw new Error(`the target's configuration was refused: ${JSON.stringify(created.issues)}`)
    }
    const service = created as Service
    const bus = createBus({ schedule: queueMicrotask })
    const listener = bus.registerPlugin(`${SUITE_PLUGIN}Listener`) as unknown as {
      subscribe(event: string, fn: (payload: unknown) => void): unknown
    }
    for (const name of this.eventNames) {
      listener.subscribe(`WebChatService.${name}`, (payload) => {
        this.events.push({ name, payload: unwrapEvent(payload), at: this.clock.now() })
      })
    }
    registerWebChatService(bus, service)
    this.page = { bus, service, plugins: new Map() }
    await this.driver.runUntil(() => false, this.clock.now())
    const ready = service.init()
    let done = false
    void ready.finally(() => {
      done = true
    })
    if (waitForInit) await this.driver.runUntil(() => done, this.clock.now() + COMMAND_WINDOW_MS)
  }
}

export interface ReloadOptions {
  /** Virtual ms the page stays closed before the new one loads (restoreTimeout cases). */
  readonly awayMs?: number
  /** false: return as soon as init() is called, while the restore is still in flight. */
  readonly waitForInit?: boolean
}

/** Carries a service rejection value through a promise chain without losing it. */
class RejectedOutcome {
  constructor(readonly value: unknown) {}
}

/** CXBus hands subscribers an event object `{event, data}`; cases look at `data`. */
function unwrapEvent(payload: unknown): unknown {
  if (typeof payload === 'object' && payload !== null && 'data' in payload && 'event' in payload) {
    return (payload as { data: unknown }).data
  }
  return payload
}
