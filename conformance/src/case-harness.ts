import { createBus, registerWebChatService } from '@chatwire/bus'
import { type ChatTransport, createMemoryStorage, createWebChatService } from '@chatwire/core'
import { CheckFailure, checkResolved } from './check.js'
import type { CaseContext, RecordedEvent, Settlement } from './conformance-case.js'
import type { CaseSettings, TargetInstance } from './target.js'
import type { VirtualClock } from './virtual-clock.js'
import { VirtualTimeDriver } from './virtual-time-driver.js'

/** The plugin name the suite's commands come from (any name but WebChatService). */
export const SUITE_PLUGIN = 'ConformanceSuite'
/** The plugin the service registers; private commands (poll, restore) must come from it. */
export const SELF = 'WebChatService'
/** How long a command may stay pending on virtual time before it counts as never settling. */
const COMMAND_WINDOW_MS = 60_000

type Service = Exclude<ReturnType<typeof createWebChatService>, { ok: false }>

interface Page {
  readonly bus: ReturnType<typeof createBus>
  readonly service: Service
  readonly plugins: Map<string, BusPlugin>
  readonly unregister: () => void
}

/** The bus deferred: `done`/`fail` callbacks get the value and `{code}` (the catalog row). */
interface BusDeferredLike {
  done(fn: (value: unknown, info?: { code?: string }) => void): BusDeferredLike
  fail(fn: (value: unknown, info?: { code?: string }) => void): BusDeferredLike
}

interface BusPlugin {
  command(name: string, options?: unknown): BusDeferredLike
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
  readonly log: { readonly name: string; readonly outcome: Settlement; precondition?: boolean }[] = []
  /** Where the differential check starts comparing events: after the first startChat helper. */
  observeFrom = 0
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
   * settle. Calls "as WebChatService" go through the plugin the service registered under that name,
   * so the private commands see their own plugin as the caller.
   */
  async commandAll(
    calls: readonly { readonly caller?: string; readonly name: string; readonly options?: unknown }[],
    within = COMMAND_WINDOW_MS,
  ): Promise<Settlement[]> {
    const page = this.currentPage()
    const settled: Settlement[] = calls.map(() => ({ status: 'pending', value: undefined }))
    calls.forEach((call, i) => {
      const caller = call.caller ?? SUITE_PLUGIN
      let plugin = page.plugins.get(caller)
      if (plugin === undefined) {
        const registered = page.bus.registerPlugin(caller)
        if (registered === false) throw new Error(`the bus refused a plugin named ${caller}`)
        plugin = registered as unknown as BusPlugin
        page.plugins.set(caller, plugin)
      }
      const full = `WebChatService.${call.name}`
      const deferred = call.options === undefined ? plugin.command(full) : plugin.command(full, call.options)
      const settle = (status: 'resolved' | 'rejected') => (value: unknown, info?: { code?: string }) => {
        settled[i] = {
          status,
          value,
          ...(typeof info?.code === 'string' && info.code ? { row: info.code } : {}),
        }
      }
      deferred.done(settle('resolved')).fail(settle('rejected'))
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
    // A precondition: the differential check compares the commands and events that follow it.
    const entry = this.log.at(-1)
    if (entry !== undefined) entry.precondition = true
    if (this.observeFrom === 0) this.observeFrom = this.events.length
    return outcome
  }

  async reload(settings: CaseSettings = {}, opts: ReloadOptions = {}): Promise<void> {
    this.page?.unregister()
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
    this.page?.unregister()
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
    const registration = registerWebChatService(bus, service)
    if (!registration.ok) throw new Error(`registerWebChatService refused: ${registration.reason}`)
    const plugins = new Map<string, BusPlugin>([[SELF, registration.plugin as unknown as BusPlugin]])
    this.page = { bus, service, plugins, unregister: registration.dispose }
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

/** CXBus hands subscribers an event object `{event, data}`; cases look at `data`. */
function unwrapEvent(payload: unknown): unknown {
  if (typeof payload === 'object' && payload !== null && 'data' in payload && 'event' in payload) {
    return (payload as { data: unknown }).data
  }
  return payload
}
