// The catalog is complete and exact against the seed: every table row of
// seed/WebChatService-reference.txt, character for character, and nothing else among the seed rows.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { catalog, type EventRow, type OptionRow, type ResolutionRow } from '../src/index.js'
import { readSeedTables } from './catalog-seed-tables.js'

const seedText = readFileSync(new URL('../seed/WebChatService-reference.txt', import.meta.url), 'utf8')
const seedLines = seedText.split('\n')
const seed = readSeedTables(seedText)
const fromSeed = <T extends { beyondSeed?: true | undefined }>(rows: readonly T[]) =>
  rows.filter((row) => row.beyondSeed !== true)
const resolutions = fromSeed(catalog.resolutions)
const events = fromSeed(catalog.events)
const options = fromSeed(catalog.options)

/** The seed's table line for a resolution row, rebuilt from the catalog's cells. */
const resolutionLine = (r: ResolutionRow) =>
  [r.status, r.when, r.returns, r.introduced].filter((cell) => cell !== undefined).join(' ')

/** Multi-line cells ("Important" notes) sit between the description and the remaining cells. */
const withImportant = (
  head: string,
  important: string | undefined,
  tail: readonly (string | undefined)[],
) => {
  const rest = tail.filter((cell) => cell !== undefined).join(' ')
  return important === undefined ? `${head} ${rest}` : `${head}\nImportant\n${important}\n${rest}`
}
const eventBlock = (e: EventRow) =>
  withImportant(`${e.name} ${e.description}`, e.important, [e.data, e.introduced])
const optionBlock = (o: OptionRow) =>
  withImportant(`${o.name} ${o.type} ${o.description}`, o.important, [
    o.defaultText,
    o.required,
    o.introduced,
  ])

describe('commands', () => {
  it('has the seed commands (22 plus configure) in seed order', () => {
    expect(seed.commands).toHaveLength(23)
    expect(fromSeed(catalog.commands).map((c) => c.name)).toEqual(seed.commands.map((c) => c.name))
  })

  it.each(seed.commands.map((c) => [c.name, c] as const))(
    '%s: description, introduced, notes, options',
    (name, s) => {
      const row = catalog.commands.find((c) => c.name === name)
      expect(row).toBeDefined()
      // downloadFile's paragraph runs into its "Example" heading in the seed.
      expect(s.description.replace(/ Example$/, '')).toBe(row?.description)
      expect(row?.introduced).toBe(s.introduced)
      expect(row?.important ?? []).toEqual(s.important)
      const lines = (row?.options ?? []).map((o) =>
        [o.name, o.type, o.description, o.acceptedValues, o.introduced]
          .filter((c) => c !== undefined)
          .join(' '),
      )
      expect(lines).toEqual(s.optionLines.map((l) => l.text))
      expect(row?.options.map((o) => o.seedLine)).toEqual(s.optionLines.map((l) => l.line))
    },
  )

  it('records the private commands and the single configure call', () => {
    const flagged = catalog.commands.filter((c) => c.private !== undefined).map((c) => [c.name, c.private])
    expect(flagged).toEqual([
      ['poll', 'always'],
      ['restore', 'non-async-mode'],
    ])
    const configure = catalog.commands.find((c) => c.name === 'configure')
    expect(configure?.callableOnce).toBe(true)
    expect(configure?.description).toContain('The configure command can only be called once at startup.')
  })
})

describe('resolutions', () => {
  it('has 63 rows from the seed', () => {
    expect(seed.commands.flatMap((c) => c.resolutionLines)).toHaveLength(63)
    expect(resolutions).toHaveLength(63)
  })

  it.each(seed.commands.map((c) => [c.name, c] as const))('%s: rows equal the seed table', (name, s) => {
    const rows = resolutions.filter((r) => r.command === name)
    expect(rows.length).toBe(s.resolutionLines.length)
    expect(rows.map(resolutionLine)).toEqual(s.resolutionLines.map((l) => l.text))
    expect(rows.map((r) => r.seedLine)).toEqual(s.resolutionLines.map((l) => l.line))
  })

  it('keeps the seed rows in seed order', () => {
    const lines = resolutions.map((r) => r.seedLine ?? 0)
    expect(lines).toEqual([...lines].sort((a, b) => a - b))
  })

  it.each(resolutions.map((r) => [r.id, r] as const))('%s: value parsed from returns', (_id, r) => {
    const returns = r.returns ?? ''
    if (returns === '(AJAX Response Object)') expect(r.value).toEqual({ kind: 'ajax-response' })
    else if (returns === 'n/a' || returns === 'undefined') expect(r.value).toEqual({ kind: 'none' })
    else if (r.value.kind === 'text') {
      const quoted = /^'(.*)'$/.exec(returns)
      expect(r.value.text).toBe(quoted ? quoted[1] : returns)
      const markers = [...r.value.text.matchAll(/<([A-Za-z]+)>/g)].map((m) => m[1])
      expect(r.value.placeholders ?? []).toEqual(markers)
    } else if (r.value.kind === 'shape') expect(r.value.shape).toBe(returns)
    else if (r.value.kind === 'description') expect(r.value.description).toBe(returns)
    else expect.unreachable(`${r.id}: ${r.value.kind} does not match ${returns}`)
  })

  it('names a capability on every "This transport doesn\'t support" row and only there', () => {
    const unsupported = catalog.resolutions.filter(
      (r) => r.value.kind === 'text' && r.value.text.startsWith("This transport doesn't support"),
    )
    expect(unsupported.map((r) => [r.id, r.requiresCapability !== undefined])).toEqual(
      unsupported.map((r) => [r.id, true]),
    )
    expect(catalog.resolutions.filter((r) => r.requiresCapability !== undefined)).toEqual(unsupported)
  })

  it('limits the getSessionData rows to their transport', () => {
    const rows = resolutions.filter((r) => r.command === 'getSessionData' && r.status === 'resolved')
    expect(rows.map((r) => r.transports)).toEqual([['gms-v2'], ['nexus-v3']])
  })
})

describe('events', () => {
  it('has the 29 seed events, rows equal to the seed table', () => {
    expect(seed.eventBlocks).toHaveLength(29)
    expect(events.map(eventBlock)).toEqual(seed.eventBlocks.map((b) => b.text))
    expect(events.map((e) => e.seedLine)).toEqual(seed.eventBlocks.map((b) => b.line))
  })

  it('limits the events the seed marks "only when using WebChat with v2 API" to gms-v2', () => {
    const v2Only = events.filter((e) =>
      e.important?.includes('applicable only when using WebChat with v2 API'),
    )
    expect(v2Only.map((e) => e.name)).toEqual([
      'botConnected',
      'botDisconnected',
      'chatServerWentOffline',
      'chatServerBackOnline',
      'connectionPending',
    ])
    // restoredOffline: the seed does not mark it, but the original publishes it on v2 only (real-widget.md §3.3, §3.6)
    const restoredOffline = events.filter((e) => e.name === 'restoredOffline')
    expect(events.filter((e) => e.transports !== undefined)).toEqual([...restoredOffline, ...v2Only])
    for (const e of [...restoredOffline, ...v2Only]) expect(e.transports).toEqual(['gms-v2'])
  })

  it.each(events.map((e) => [e.id, e] as const))('%s: payload parsed from data', (_id, e) => {
    if (e.data === 'n/a') expect(e.payload.kind).toBe('none')
    else if (e.data.startsWith('(AJAX Response')) expect(e.payload.kind).toBe('ajax-response')
    else {
      const fields = Object.fromEntries([...e.data.matchAll(/(\w+): \((.+?)\)/g)].map((m) => [m[1], m[2]]))
      expect(e.payload).toEqual({ kind: 'fields', fields })
    }
  })
})

describe('configuration options', () => {
  it.each(['v2', 'v3'] as const)('%s rows equal the seed table', (api) => {
    const rows = options.filter((o) => o.api === api)
    expect(rows.map(optionBlock)).toEqual(seed.optionBlocks[api].map((b) => b.text))
    expect(rows.map((o) => o.seedLine)).toEqual(seed.optionBlocks[api].map((b) => b.line))
  })

  it('parses the defaults', () => {
    const defaults = Object.fromEntries(options.filter((o) => 'default' in o).map((o) => [o.id, o.default]))
    expect(defaults).toEqual({
      'option.v2.enableCustomHeader': false,
      'option.v2.userData': {},
      'option.v2.ajaxTimeout': 3000,
      'option.v2.xhrFields': { withCredentials: false },
      'option.v2.pollExceptionLimit': 5,
      'option.v2.restoreTimeout': 60000,
      'option.v3.transport.async': {},
      'option.v3.transport.async.enabled': false,
      'option.v3.userData': {},
      'option.v3.ajaxTimeout': 3000,
    })
    for (const o of options) if (!('default' in o)) expect(['n/a', 'none']).toContain(o.defaultText)
  })
})

describe('traceability', () => {
  it('points every seed row at its line of the seed', () => {
    const rows = [...resolutions, ...events, ...options]
    for (const row of rows) {
      const line = seedLines[(row.seedLine ?? 0) - 1] ?? ''
      const first = (
        row.seedLine === undefined
          ? ''
          : 'id' in row && row.id.startsWith('event.')
            ? eventBlock(row as EventRow)
            : 'api' in row
              ? optionBlock(row)
              : resolutionLine(row as ResolutionRow)
      ).split('\n')[0]
      expect(line, row.id).toBe(first)
    }
  })

  it('cites a real-widget section on every note and row beyond the seed', () => {
    const notes = [
      ...catalog.commands,
      ...catalog.resolutions,
      ...catalog.events,
      ...catalog.options,
    ].flatMap((row) => row.notes ?? [])
    for (const note of notes) expect(note.source).toMatch(/^real-widget\.md §\d+(\.\d+)?$/)
    const beyond = [
      ...catalog.commands,
      ...catalog.resolutions,
      ...catalog.events,
      ...catalog.options,
    ].filter((row) => row.beyondSeed === true)
    for (const row of beyond) expect(row.source).toMatch(/^real-widget\.md §\d+(\.\d+)?$/)
  })
})
