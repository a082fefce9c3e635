import * as v from 'valibot'
import { type Catalog, CatalogSchema } from './catalog-schema.js'
import type { CommandRow } from './command-row-schema.js'
import type { EventRow } from './event-row-schema.js'
import { catalogData } from './generated/catalog.js'
import type { OptionRow } from './option-row-schema.js'
import type { ResolutionRow } from './resolution-row-schema.js'

type Data = typeof catalogData

/** Every resolution row id (the seed's 63 and the rows beyond the seed). */
export type ResolutionId = Data['resolutions'][number]['id']
/** The ids of the seed's 63 resolution rows. */
export type SeedResolutionId = Extract<Data['resolutions'][number], { seedLine: number }>['id']
/** Every event name (published as WebChatService.<name>). */
export type EventName = Data['events'][number]['name']
/** Every command name (called as WebChatService.<name>). */
export type CommandName = Data['commands'][number]['name']
/** Every configuration option id (option.v2.* / option.v3.*). */
export type OptionId = Data['options'][number]['id']

/** The contract catalog, validated against CatalogSchema when this module loads. */
export const catalog: Catalog = v.parse(CatalogSchema, catalogData)

function indexBy<Row, Key extends string>(rows: readonly Row[], key: (row: Row) => string) {
  return new Map(rows.map((row) => [key(row) as Key, row]))
}
const resolutionsById = indexBy<ResolutionRow, ResolutionId>(catalog.resolutions, (r) => r.id)
const eventsByName = indexBy<EventRow, EventName>(catalog.events, (e) => e.name)
const commandsByName = indexBy<CommandRow, CommandName>(catalog.commands, (c) => c.name)
const optionsById = indexBy<OptionRow, OptionId>(catalog.options, (o) => o.id)

function lookup<Key extends string, Row>(map: ReadonlyMap<Key, Row>, kind: string, key: Key): Row {
  const row = map.get(key)
  // Only reachable by bypassing the types: an unknown id is a bug, not an expected failure.
  if (row === undefined) throw new Error(`@chatwire/specs: unknown ${kind} ${JSON.stringify(key)}`)
  return row
}

/** The resolution row with this id. */
export function resolution<Id extends ResolutionId>(id: Id): ResolutionRow & { readonly id: Id } {
  return lookup(resolutionsById, 'resolution id', id) as ResolutionRow & { readonly id: Id }
}

/** The event row with this name (e.g. `event('messageReceived')`, id `event.messageReceived`). */
export function event(name: EventName): EventRow {
  return lookup(eventsByName, 'event', name)
}

/** The command row with this name. */
export function command(name: CommandName): CommandRow {
  return lookup(commandsByName, 'command', name)
}

/** The configuration option row with this id. */
export function option(id: OptionId): OptionRow {
  return lookup(optionsById, 'option id', id)
}

/** The resolution rows of one command, in seed order (rows beyond the seed last). */
export function resolutionsOf(name: CommandName): ResolutionRow[] {
  return catalog.resolutions.filter((row) => row.command === name)
}
