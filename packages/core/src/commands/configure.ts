import { isConfigError, parseConfig } from '../config/parse-config.js'
import { isObject } from '../is-object.js'
import { type Outcome, rejected, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'

/**
 * configure (catalog rows configure.*, beyond the seed): validates `_genesys.widgets.webchat` and
 * applies it. No configuration → the catalog's "Invalid configuration" text; a configuration that
 * does not validate → the same row with the ConfigError naming the option as its value.
 */
export function configure(runtime: ServiceRuntime, options: unknown): Outcome<'configure'> {
  if (!isObject(options)) return rejected('invalid-configuration')
  const config = parseConfig(options)
  if (isConfigError(config)) return rejected('invalid-configuration', config)
  runtime.reconfigure(config)
  return resolved()
}
