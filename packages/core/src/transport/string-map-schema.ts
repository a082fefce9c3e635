import * as v from 'valibot'

/** Issue texts of a string map: a non-object, and a value that is not a string (valibot's defaults when unset). */
export interface StringMapMessages {
  readonly object?: string
  readonly value?: string
}

/**
 * An object of strings (`transport.headers`, a wire `userData`): the same output and issues as
 * `v.record(v.string(), v.string(message))`, without pulling valibot's `record` into the bundle. The
 * output is a plain copy of the own keys (`__proto__` and the like left out, as valibot does); each
 * value that is not a string is an issue at its own key.
 */
export function stringMapSchema(messages: StringMapMessages = {}): v.GenericSchema<Record<string, string>> {
  const valueSchema = v.string(messages.value)
  return v.pipe(
    v.looseObject({}, messages.object),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return
      const input = dataset.value as Record<string, unknown>
      for (const key of Object.keys(input)) {
        const value = input[key]
        const checked = v.safeParse(valueSchema, value)
        if (!checked.success) {
          addIssue({
            message: checked.issues[0].message,
            path: [{ type: 'object', origin: 'value', input, key, value }],
          })
        }
      }
    }),
  ) as v.GenericSchema<Record<string, string>>
}
