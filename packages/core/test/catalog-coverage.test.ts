import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { catalog } from '@chatwire/specs'
import { resolutionTexts } from '@chatwire/specs/resolution-texts'
import { describe, expect, it } from 'vitest'
import { commandNames, eventNames } from '../src/names.js'

const root = join(import.meta.dirname, '..')

/** Commands beyond the seed (real-widget.md §3.2) that core implements, in catalog order. */
const implementedBeyondSeed = ['getFileLimits', 'verifySession', 'sleep', 'wake', 'pausePoll'] as const
/** Events beyond the seed that core publishes (sleep and wake). */
const publishedBeyondSeed = ['sleeping', 'waking'] as const

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
    expect([...eventNames]).toEqual([...seedEvents.map((e) => e.name), ...publishedBeyondSeed])
    const seedCommands = catalog.commands.filter((c) => !c.beyondSeed).map((c) => c.name)
    expect([...commandNames]).toEqual([...seedCommands, ...implementedBeyondSeed])
  })

  it('the beyond-seed commands core implements are catalogued, and their rows have tests', () => {
    const beyond = catalog.commands.filter((c) => c.beyondSeed).map((c) => c.name)
    expect(beyond).toEqual(expect.arrayContaining([...implementedBeyondSeed]))
    const rows = catalog.resolutions.filter((row) =>
      (implementedBeyondSeed as readonly string[]).includes(row.command),
    )
    // verifySession.rejected.not-supported belongs to transports that cannot verify; both of ours can
    const untested = rows.map((row) => row.id).filter((id) => !covered(id))
    expect(untested).toEqual(['verifySession.rejected.not-supported'])
    const events = catalog.events.filter((e) => e.beyondSeed).map((e) => e.name)
    expect(events).toEqual(expect.arrayContaining([...publishedBeyondSeed]))
    expect(publishedBeyondSeed.filter((name) => !covered(`event.${name}`))).toEqual([])
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
