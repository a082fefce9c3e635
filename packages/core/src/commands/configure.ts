import { isConfigError, parseConfig } from '../config/parse-config.js'
import { type Outcome, rejected, resolved } from '../rows/outcome.js'
import type { ServiceRuntime } from '../service-runtime.js'

/** configure: validates `_genesys.widgets.webchat` and applies it; a bad one is rejected with the ConfigError. */
export function configure(runtime: ServiceRuntime, options: unknown): Outcome<'configure'> {
  const config = parseConfig(options)
  if (isConfigError(config)) return rejected('configure.rejected.invalid', config)
  runtime.reconfigure(config)
  return resolved('configure.resolved', undefined)
}
