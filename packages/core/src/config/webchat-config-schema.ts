import * as v from 'valibot'

const fn = v.custom<(...args: never[]) => unknown>(
  (input) => typeof input === 'function',
  'must be a function',
)
const nonNegative = v.pipe(
  v.number('must be a number'),
  v.finite('must be finite'),
  v.minValue(0, 'must be ≥ 0'),
)

/**
 * `_genesys.widgets.webchat`, both option sets of the seed (v2 top-level options; v3 `transport`).
 * Loose: the same object carries WebChat's UI options, which the service ignores.
 */
export const WebChatConfigSchema = v.looseObject(
  {
    // v2 (seed: Options, Version 2 API)
    apikey: v.optional(v.string('must be a string')),
    endpoint: v.optional(v.string('must be a string')),
    dataURL: v.optional(v.string('must be a string (URL)')),
    enableCustomHeader: v.optional(v.boolean('must be a boolean')),
    userData: v.optional(v.record(v.string(), v.unknown(), 'must be an object')),
    ajaxTimeout: v.optional(nonNegative),
    xhrFields: v.optional(v.record(v.string(), v.unknown(), 'must be an object')),
    pollExceptionLimit: v.optional(v.pipe(nonNegative, v.integer('must be an integer'))),
    restoreTimeout: v.optional(nonNegative),
    // v3 (seed: Options, Version 3 API)
    transport: v.optional(
      v.looseObject(
        {
          type: v.optional(v.string('must be a string')),
          dataURL: v.optional(v.string('must be a string (URL)')),
          endpoint: v.optional(v.string('must be a string')),
          headers: v.optional(v.record(v.string(), v.string('must be a string'), 'must be an object')),
          async: v.optional(
            v.looseObject(
              {
                enabled: v.optional(v.boolean('must be a boolean')),
                getSessionData: v.optional(fn),
                setSessionData: v.optional(fn),
                deleteSessionData: v.optional(fn),
              },
              'must be an object',
            ),
          ),
        },
        'must be an object',
      ),
    ),
  },
  'must be an object',
)

export type WebChatConfig = v.InferOutput<typeof WebChatConfigSchema>
