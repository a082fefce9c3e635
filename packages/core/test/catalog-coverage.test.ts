import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { catalog } from '@chatwire/specs'
import { resolutionTexts } from '@chatwire/specs/resolution-texts'
import { describe, expect, it } from 'vitest'
import { commandNames, eventNames } from '../src/names.js'

const root = join(import.meta.dirname, '..')

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : testFiles(path)
    return name.endsWith('.test.ts') ? [path] : []
  })
}

/** Titles of every `it(…)` in the package's tests (template titles are kept with their `${…}` parts). */
const titles = testFiles(root).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/\bit\(\s*(['`])(.*?)\1/g)].map((m) => m[2] ?? ''),
)
const tableRows = testFiles(root).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/\['([a-zA-Z]+\.(?:resolved|rejected)[a-z.-]*)',/g)].map(
    (m) => m[1] ?? '',
  ),
)
const covered = (id: string) =>
  titles.some((t) => t.startsWith(`${id}:`) || t.includes(` ${id}`) || t.startsWith(`${id} `)) ||
  tableRows.includes(id)

describe('catalog coverage', () => {
  const seedRows = catalog.resolutions.filter((row) => 'seedLine' in row && row.seedLine !== undefined)
  const seedEvents = catalog.events.filter((event) => !event.beyondSeed)

  it('the catalog has the 63 seed rows and 29 seed events core implements', () => {
    expect(seedRows).toHaveLength(63)
    expect(seedEvents.map((e) => e.name)).toEqual([...eventNames])
    const seedCommands = catalog.commands.filter((c) => !c.beyondSeed).map((c) => c.name)
    expect(seedCommands).toEqual([...commandNames])
  })

  it('every seed resolution row has a test naming its id', () => {
    expect(seedRows.map((row) => row.id).filter((id) => !covered(id))).toEqual([])
  })

  it('every seed event has a test naming event.<name>', () => {
    expect(seedEvents.map((e) => `event.${e.name}`).filter((id) => !covered(id))).toEqual([])
  })

  it('every text row core rejects with exists in the catalog texts', () => {
    for (const row of seedRows) {
      if (row.value.kind === 'text') expect(resolutionTexts).toHaveProperty([row.id])
    }
  })
})
