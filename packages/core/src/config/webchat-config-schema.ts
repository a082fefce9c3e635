import * as v from 'valibot'
import { stringMapSchema } from '../transport/string-map-schema.js'

const fn = v.custom<(...args: never[]) => unknown>(
  (input) => typeof input === 'function',
  'must be a function',
)
/** Any object, own keys copied as they are (the same output and issue as a string→unknown record). */
const anyObject = v.looseObject({}, 'must be an object') as v.GenericSchema<Record<string, unknown>>
const stringMap = stringMapSchema({ object: 'must be an object', value: 'must be a string' })
/**
 * A finite number ≥ 0 (and an integer when asked): the same issues as `v.pipe(v.number(…), v.finite(…),
 * v.minValue(0, …))` (+ `v.integer(…)`), every text that applies, with the one `rawCheck` the bundle
 * already has instead of `finite`, `minValue` and `integer`.
 */
const nonNegative = (integer = false) =>
  v.pipe(
    v.number('must be a number'),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return
      const value = dataset.value as number
      if (!Number.isFinite(value)) addIssue({ message: 'must be finite' })
      if (!(value >= 0)) addIssue({ message: 'must be ≥ 0' })
      if (integer && !Number.isInteger(value)) addIssue({ message: 'must be an integer' })
    }),
  )

/**
 * `_genesys.widgets.webchat`, both option sets of the seed (v2 top-level options; v3 `transport`).
 * Loose: the same object carries WebChat's UI options, which the service ignores. The definition of
 * the configuration's shape: parseConfig runs the hand-written `checkWebChatConfig` (no valibot in the
 * browser path), which check-webchat-config.test.ts proves equal to this schema.
 */
export const WebChatConfigSchema = v.looseObject(
  {
    // v2 (seed: Options, Version 2 API)
    apikey: v.optional(v.string('must be a string')),
    endpoint: v.optional(v.string('must be a string')),
    dataURL: v.optional(v.string('must be a string (URL)')),
    enableCustomHeader: v.optional(v.boolean('must be a boolean')),
    userData: v.optional(anyObject),
    ajaxTimeout: v.optional(nonNegative()),
    xhrFields: v.optional(anyObject),
    pollExceptionLimit: v.optional(nonNegative(true)),
    restoreTimeout: v.optional(nonNegative()),
    // v3 (seed: Options, Version 3 API)
    transport: v.optional(
      v.looseObject(
        {
          type: v.optional(v.string('must be a string')),
          dataURL: v.optional(v.string('must be a string (URL)')),
          endpoint: v.optional(v.string('must be a string')),
          headers: v.optional(stringMap),
          // beyond the seed (catalog option.v3.transport.sleepEnabled): sleep and pausePoll may slow or pause polling
          sleepEnabled: v.optional(v.boolean('must be a boolean')),
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
