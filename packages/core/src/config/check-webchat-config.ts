import type { ConfigIssue } from './parse-config.js'
import type { WebChatConfig } from './webchat-config-schema.js'

/**
 * Checks one option value at `option` (a dot path; '' = the whole configuration), pushing what is wrong
 * to `issues`, and returns the value as the configuration keeps it.
 */
type OptionCheck = (value: unknown, option: string, issues: ConfigIssue[]) => unknown

/** Reports that the option at `option` must be `what` (message: `transport.async.enabled must be a boolean`). */
function mustBe(issues: ConfigIssue[], option: string, what: string): void {
  issues.push({ option: option || '(webchat)', message: `${option || 'webchat'} must be ${what}` })
}

/** A value of one `typeof` type. */
const ofType =
  (type: 'string' | 'boolean' | 'function', what = `a ${type}`): OptionCheck =>
  (value, option, issues) => {
    if (typeof value !== type) mustBe(issues, option, what)
    return value
  }

const text = ofType('string')
const url = ofType('string', 'a string (URL)')
const flag = ofType('boolean')
const hook = ofType('function')

/** A finite number ≥ 0 (and an integer when asked); every problem that applies is reported, in this order. */
const nonNegative =
  (integer = false): OptionCheck =>
  (value, option, issues) => {
    if (typeof value !== 'number' || Number.isNaN(value)) {
      mustBe(issues, option, 'a number')
      return value
    }
    if (!Number.isFinite(value)) mustBe(issues, option, 'finite')
    if (!(value >= 0)) mustBe(issues, option, '≥ 0')
    if (integer && !Number.isInteger(value)) mustBe(issues, option, 'an integer')
    return value
  }

const unsafeKeys = ['__proto__', 'prototype', 'constructor']

/**
 * An object with known options (checked when present, `undefined` allowed) and any other keys: the
 * output holds the known options first, then the other own keys (`other` checks each one when given;
 * `__proto__`, `prototype` and `constructor` are left out, as the valibot schema does).
 */
const looseObject =
  (known: Readonly<Record<string, OptionCheck>>, other?: OptionCheck): OptionCheck =>
  (input, option, issues) => {
    if (!input || typeof input !== 'object') {
      mustBe(issues, option, 'an object')
      return input
    }
    const value = input as Record<string, unknown>
    const output: Record<string, unknown> = {}
    const at = (key: string) => (option ? `${option}.${key}` : key)
    for (const key in known) {
      if (key in value)
        output[key] = value[key] === undefined ? undefined : known[key]?.(value[key], at(key), issues)
    }
    // the own enumerable keys, in for-in order (valibot's loop over `for in` kept to own keys)
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(known, key) || unsafeKeys.includes(key)) continue
      output[key] = other ? other(value[key], at(key), issues) : value[key]
    }
    return output
  }

const anyObject = looseObject({})

/**
 * `_genesys.widgets.webchat`, both option sets of the seed (v2 top-level options; v3 `transport`), checked
 * by hand so that the browser path carries no schema library. `WebChatConfigSchema` (valibot) stays the
 * definition: check-webchat-config.test.ts proves both accept the same inputs, with the same output and issues.
 * Loose: the same object carries WebChat's UI options, which the service ignores.
 */
const webChatConfig = looseObject({
  // v2 (seed: Options, Version 2 API)
  apikey: text,
  endpoint: text,
  dataURL: url,
  enableCustomHeader: flag,
  userData: anyObject,
  ajaxTimeout: nonNegative(),
  xhrFields: anyObject,
  pollExceptionLimit: nonNegative(true),
  restoreTimeout: nonNegative(),
  // v3 (seed: Options, Version 3 API)
  transport: looseObject({
    type: text,
    dataURL: url,
    endpoint: text,
    headers: looseObject({}, text),
    // beyond the seed (catalog option.v3.transport.sleepEnabled)
    sleepEnabled: flag,
    async: looseObject({
      enabled: flag,
      getSessionData: hook,
      setSessionData: hook,
      deleteSessionData: hook,
    }),
  }),
})

/**
 * Checks the configuration, pushing every issue found to `issues` (in the order the schema reports
 * them); the returned configuration is the validated one when no issue was pushed.
 */
export function checkWebChatConfig(input: unknown, issues: ConfigIssue[]): WebChatConfig {
  return webChatConfig(input, '', issues) as WebChatConfig
}
