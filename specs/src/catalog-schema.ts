import * as v from 'valibot'
import { CommandRowSchema } from './command-row-schema.js'
import { EventRowSchema } from './event-row-schema.js'
import { CapabilityNameSchema, TransportNameSchema } from './note-schema.js'
import { OptionRowSchema } from './option-row-schema.js'
import { ResolutionRowSchema } from './resolution-row-schema.js'

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const value of values) (seen.has(value) ? repeated : seen).add(value)
  return [...repeated]
}

/** The whole contract catalog (specs/webchat-service.yaml). */
export const CatalogSchema = v.pipe(
  v.strictObject({
    catalog: v.literal('WebChatService'),
    version: v.literal(1),
    seed: v.string(),
    transports: v.array(TransportNameSchema),
    capabilities: v.array(CapabilityNameSchema),
    commands: v.array(CommandRowSchema),
    resolutions: v.array(ResolutionRowSchema),
    events: v.array(EventRowSchema),
    options: v.array(OptionRowSchema),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    const { commands, resolutions, events, options } = dataset.value
    const ids = [
      ...commands.map((c) => `command.${c.name}`),
      ...resolutions.map((r) => r.id),
      ...events.map((e) => e.id),
      ...options.map((o) => o.id),
    ]
    for (const id of duplicates(ids)) addIssue({ message: `duplicate id ${id}` })
    const names = new Set(commands.map((c) => c.name))
    resolutions.forEach((row, index) => {
      if (names.has(row.command)) return
      addIssue({
        message: `unknown command ${row.command}`,
        path: [
          { type: 'object', origin: 'value', input: dataset.value, key: 'resolutions', value: resolutions },
          { type: 'array', origin: 'value', input: resolutions, key: index, value: row },
          { type: 'object', origin: 'value', input: row, key: 'command', value: row.command },
        ],
      })
    })
  }),
)
export type Catalog = v.InferOutput<typeof CatalogSchema>
