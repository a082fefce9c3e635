// Ids are unique and stable: catalog-ids.txt is the committed snapshot. Changing or removing an id
// fails here; adding one means adding it to the file.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { catalog, resolutionTexts } from '../src/index.js'

const allIds = [
  ...catalog.commands.map((c) => `command.${c.name}`),
  ...catalog.resolutions.map((r) => r.id),
  ...catalog.events.map((e) => e.id),
  ...catalog.options.map((o) => o.id),
]
const snapshot = readFileSync(new URL('./catalog-ids.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))

describe('ids', () => {
  it('are unique', () => {
    expect(new Set(allIds).size).toBe(allIds.length)
  })

  it('match the committed snapshot (catalog-ids.txt)', () => {
    expect(allIds).toEqual(snapshot)
  })

  it('name the seed resolution rows <command>.<status>[.<reason>]', () => {
    for (const row of catalog.resolutions)
      expect(row.id.startsWith(`${row.command}.${row.status}`)).toBe(true)
  })

  it('key resolutionTexts by the text rows, with their texts', () => {
    const textRows = catalog.resolutions.flatMap((r) =>
      r.value.kind === 'text' ? [[r.id, r.value.text]] : [],
    )
    expect(Object.entries(resolutionTexts)).toEqual(textRows)
  })
})
