import { isObject } from '../is-object.js'
import { checkWebChatConfig } from './check-webchat-config.js'
import { configDefaults } from './config-defaults.js'
import type { WebChatConfig } from './webchat-config-schema.js'

/** One thing wrong with the configuration, naming the option (`ajaxTimeout`, `transport.async.enabled`). */
export interface ConfigIssue {
  readonly option: string
  readonly message: string
}

/** A configuration that does not validate: an expected failure, returned as a value. */
export interface ConfigError {
  readonly ok: false
  readonly issues: readonly ConfigIssue[]
}

type SessionHook = (...args: unknown[]) => unknown
type Numeric = keyof typeof configDefaults

/** The configuration the service runs with, defaults applied. */
export interface ResolvedConfig {
  readonly ajaxTimeout: number
  readonly pollExceptionLimit: number
  readonly restoreTimeout: number
  readonly userData: Readonly<Record<string, unknown>>
  /** `transport.sleepEnabled` (beyond the seed): sleep and pausePoll may slow or pause polling. */
  readonly sleepEnabled: boolean
  readonly async: {
    readonly enabled: boolean
    readonly getSessionData: SessionHook | undefined
    readonly setSessionData: SessionHook | undefined
    readonly deleteSessionData: SessionHook | undefined
  }
  /** The validated object as given. */
  readonly raw: WebChatConfig
}

/** Validates `_genesys.widgets.webchat` (undefined = all defaults). */
export function parseConfig(input: unknown): ResolvedConfig | ConfigError {
  const issues: ConfigIssue[] = []
  const config = checkWebChatConfig(input ?? {}, issues)
  if (issues.length > 0) return { ok: false, issues }
  const asyncOptions = config.transport?.async
  // each numeric option as given, or its default
  const numbers = Object.fromEntries(
    Object.entries(configDefaults).map(([option, fallback]) => [
      option,
      config[option as Numeric] ?? fallback,
    ]),
  ) as Record<Numeric, number>
  return {
    ...numbers,
    userData: { ...config.userData },
    sleepEnabled: config.transport?.sleepEnabled === true,
    async: {
      enabled: asyncOptions?.enabled === true,
      getSessionData: asyncOptions?.getSessionData as SessionHook | undefined,
      setSessionData: asyncOptions?.setSessionData as SessionHook | undefined,
      deleteSessionData: asyncOptions?.deleteSessionData as SessionHook | undefined,
    },
    raw: config,
  }
}

export function isConfigError(value: unknown): value is ConfigError {
  return isObject(value) && value.ok === false
}
