import * as v from 'valibot'
import { type ConfigResult, formatIssue } from '../faults/fault-config.js'
import type { FileLimitsConfig } from '../model/file-limits.js'

/** One scripted party: data, not code ("join after 2 s as Ava, greet, echo, type before replying, leave after 10"). */
export interface AgentScript {
  readonly name: string
  /** Default 'Agent'. */
  readonly type?: 'Agent' | 'Supervisor' | 'Bot'
  /** Joins this long after the session starts; omitted = joins only when driven by hand. */
  readonly joinAfterMs?: number
  /** Said, in order, right after joining. */
  readonly greeting?: readonly string[]
  /** Answer every client message with its text (`true`) or with this prefix + its text. */
  readonly echo?: boolean | string
  /** Canned answers: the first whose `match` (a case-insensitive regular expression) matches wins over echo. */
  readonly replies?: readonly { readonly match: string; readonly reply: string }[]
  /** Think time before starting to type an answer. */
  readonly replyDelayMs?: number
  /** Typing time shown before each answer (0 = answers without typing). */
  readonly typingMs?: number
  /** Leaves after answering this many client messages. */
  readonly leaveAfterMessages?: number
  /** Leaves this long after joining. */
  readonly leaveAfterMs?: number
  /** Said just before leaving. */
  readonly farewell?: string
  /** Ends the whole session when this party leaves. */
  readonly endChatOnLeave?: boolean
}

/** A contact-centre scenario: who answers, how, and the session policies. */
export interface Scenario {
  readonly name: string
  readonly description?: string
  readonly agents: readonly AgentScript[]
  /** Typing bursts without a stop end on their own after this long (default 10000 ms; 0 = never). */
  readonly typingTimeoutMs?: number
  /** Idle policy: IdleAlert after `alertAfterMs` without client activity, IdleClose and end `closeAfterMs` later. */
  readonly idle?: { readonly alertAfterMs: number; readonly closeAfterMs: number }
  readonly fileLimits?: Partial<FileLimitsConfig>
  /** Long-poll hold for v3 message reads with nothing new (0 = answer at once; default 0). */
  readonly longPollMs?: number
}

const ms = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(86_400_000))
const name = v.pipe(v.string(), v.minLength(1), v.maxLength(100))
const regex = v.pipe(
  v.string(),
  v.maxLength(500),
  v.check((s) => {
    try {
      new RegExp(s, 'i')
      return true
    } catch {
      return false
    }
  }, 'not a valid regular expression'),
)

const AgentScriptSchema = v.strictObject({
  name,
  type: v.optional(v.picklist(['Agent', 'Supervisor', 'Bot'])),
  joinAfterMs: v.optional(ms),
  greeting: v.optional(v.array(v.pipe(v.string(), v.maxLength(10_000)))),
  echo: v.optional(v.union([v.boolean(), v.pipe(v.string(), v.maxLength(1000))])),
  replies: v.optional(
    v.array(v.strictObject({ match: regex, reply: v.pipe(v.string(), v.maxLength(10_000)) })),
  ),
  replyDelayMs: v.optional(ms),
  typingMs: v.optional(ms),
  leaveAfterMessages: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  leaveAfterMs: v.optional(ms),
  farewell: v.optional(v.pipe(v.string(), v.maxLength(10_000))),
  endChatOnLeave: v.optional(v.boolean()),
})

export const ScenarioSchema = v.strictObject({
  name,
  description: v.optional(v.string()),
  agents: v.array(AgentScriptSchema),
  typingTimeoutMs: v.optional(ms),
  idle: v.optional(v.strictObject({ alertAfterMs: ms, closeAfterMs: ms })),
  fileLimits: v.optional(
    v.strictObject({
      downloadAttempts: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      maxFiles: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      maxFileSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      maxTotalSize: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
      needAgent: v.optional(v.boolean()),
      fileTypes: v.optional(v.array(v.pipe(v.string(), v.toLowerCase()))),
    }),
  ),
  longPollMs: v.optional(v.pipe(ms, v.maxValue(60_000))),
})

/** Validates a scenario (e.g. parsed from a JSON file); issues name the offending path. */
export function parseScenario(input: unknown): ConfigResult<Scenario> {
  const r = v.safeParse(ScenarioSchema, input)
  if (r.success) return { ok: true, value: r.output as Scenario }
  return { ok: false, issues: r.issues.map(formatIssue) }
}
