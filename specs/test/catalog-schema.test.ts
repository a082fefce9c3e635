// CatalogSchema / parseCatalog / loadCatalogFile reject malformed catalogs with issues naming the path,
// and the typed lookups return the rows.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import {
  type Catalog,
  catalog,
  catalogSummary,
  command,
  event,
  option,
  parseCatalog,
  type ResolutionId,
  resolution,
  resolutionsOf,
} from '../src/index.js'
import { catalogFilePath, loadCatalogFile } from '../src/node.js'

const clone = (): Catalog => structuredClone(catalog)

describe('parseCatalog', () => {
  it('accepts the shipped catalog', () => {
    expect(parseCatalog(clone())).toEqual({ ok: true, catalog })
  })

  it('names the path of a wrong status', () => {
    const bad = clone() as unknown as { resolutions: { status: string }[] }
    if (bad.resolutions[3]) bad.resolutions[3].status = 'maybe'
    const result = parseCatalog(bad)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain('resolutions.3.status')
  })

  it('names the path of an unknown capability and of an unknown field', () => {
    const bad = clone() as unknown as {
      resolutions: Record<string, unknown>[]
      events: Record<string, unknown>[]
    }
    if (bad.resolutions[0]) bad.resolutions[0].requiresCapability = 'teleport'
    if (bad.events[1]) bad.events[1].payloadShape = {}
    const result = parseCatalog(bad)
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['resolutions.0.requiresCapability', 'events.1.payloadShape']),
    )
  })

  it('rejects a seed row without seedLine, a beyond-seed row without source, duplicates and unknown commands', () => {
    const bad = clone()
    const seedRow = bad.resolutions.findIndex((r) => r.beyondSeed !== true)
    const [first, second] = bad.resolutions.slice(seedRow)
    if (!first || !second) throw new Error('catalog has seed resolutions')
    bad.resolutions[seedRow] = { ...first, seedLine: undefined } as never
    bad.resolutions.push({ ...second }, { ...second, id: 'teleport.resolved', command: 'teleport' })
    const beyond = bad.events.findIndex((e) => e.beyondSeed === true)
    bad.events[beyond] = { ...bad.events[beyond], source: undefined } as never
    const result = parseCatalog(bad)
    const issues = result.ok ? [] : result.issues
    expect(issues.find((i) => i.path === `resolutions.${seedRow}`)?.message).toMatch(/seedLine/)
    expect(issues.find((i) => i.path === `events.${beyond}`)?.message).toMatch(/source/)
    expect(issues.map((i) => i.message)).toContain(`duplicate id ${second.id}`)
    expect(issues).toContainEqual({
      path: `resolutions.${bad.resolutions.length - 1}.command`,
      message: 'unknown command teleport',
    })
  })

  it('rejects a value of an unknown kind', () => {
    const bad = clone() as unknown as { resolutions: { value: unknown }[] }
    if (bad.resolutions[1]) bad.resolutions[1].value = { kind: 'maybe' }
    const result = parseCatalog(bad)
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toContain('resolutions.1.value.kind')
  })
})

describe('lookups', () => {
  it('finds rows by id and name', () => {
    expect(resolution('startChat.rejected.already-active').value).toEqual({
      kind: 'text',
      text: 'There is already an active chat session',
    })
    expect(event('messageReceived').id).toBe('event.messageReceived')
    expect(command('poll').private).toBe('always')
    expect(option('option.v2.ajaxTimeout').default).toBe(3000)
    expect(resolutionsOf('endChat').map((r) => r.id)).toEqual([
      'endChat.resolved',
      'endChat.rejected.no-active-session',
      'endChat.rejected.ajax-exception',
    ])
  })

  it('throws for an id outside the catalog (a bug: the types forbid it)', () => {
    expect(() => resolution('startChat.rejected.nope' as ResolutionId)).toThrow(/unknown resolution id/)
  })
})

describe('loadCatalogFile (@chatwire/specs/node)', () => {
  it('loads the shipped YAML to the same catalog', async () => {
    expect(await loadCatalogFile(catalogFilePath)).toEqual({ ok: true, catalog })
  })

  it('reports a malformed file, an unreadable file and invalid YAML as values', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chatwire-catalog-'))
    const doc = parse(await readFile(catalogFilePath, 'utf8')) as { events: { name: unknown }[] }
    if (doc.events[2]) doc.events[2].name = 42
    await writeFile(join(dir, 'bad.json'), JSON.stringify(doc))
    await writeFile(join(dir, 'broken.yaml'), 'commands: [\n')
    const bad = await loadCatalogFile(join(dir, 'bad.json'))
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toContain('events.2.name')
    const missing = await loadCatalogFile(join(dir, 'missing.yaml'))
    expect(missing.ok ? '' : missing.issues[0]?.message).toMatch(/cannot read/)
    const broken = await loadCatalogFile(join(dir, 'broken.yaml'))
    expect(broken.ok ? '' : broken.issues[0]?.message).toMatch(/invalid YAML/)
  })
})

describe('catalogSummary', () => {
  it('counts the seed rows and the rows beyond it', () => {
    const summary = catalogSummary(catalog)
    expect(summary).toContain('commands:    23')
    expect(summary).toMatch(/resolutions: 63 \(\d+ resolved, \d+ rejected\)/)
    expect(summary).toContain('events:      29')
    expect(summary).toContain('options:     22 (v2 9, v3 13)')
    expect(summary).toMatch(/beyond the seed: [1-9]\d* commands/)
  })
})
