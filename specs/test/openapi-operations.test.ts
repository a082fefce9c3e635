// Every endpoint of the reference notes is in the specs, each with a unique camelCase operationId,
// every [PROP]/[INF] choice is recorded, and the endpoint and proposal documents match the specs.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type EndpointRow, gmsChatV2Endpoints, nexusV3Endpoints } from './openapi-endpoint-table.js'
import { listOperations, listProposals, loadSpec, type SpecName, specNames } from './openapi-spec-files.js'

const tables: Record<SpecName, readonly EndpointRow[]> = {
  'gms-chat-v2': gmsChatV2Endpoints,
  'nexus-v3': nexusV3Endpoints,
}
const proposalPrefix: Record<SpecName, string> = { 'gms-chat-v2': 'GMS', 'nexus-v3': 'NX' }

const readDoc = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')
const rowKey = (row: { method: string; path: string; operationId: string | undefined }) =>
  `${row.method.toUpperCase()} ${row.path} ${row.operationId ?? '(none)'}`

describe.each(specNames)('%s operations', (name) => {
  const doc = loadSpec(name)
  const operations = listOperations(doc)

  it('holds exactly the endpoints the reference notes list', () => {
    expect(operations.map(rowKey).sort()).toEqual(tables[name].map(rowKey).sort())
  })

  it('gives every operation a unique camelCase operationId', () => {
    const ids = operations.map((op) => op.operationId)
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives every operation a success response and a summary citing the reference', () => {
    for (const { operationId, operation } of operations) {
      const codes = Object.keys(operation.responses as Record<string, unknown>)
      expect(
        codes.some((code) => /^2\d\d$/.test(code)),
        `${operationId} has no 2xx response`,
      ).toBe(true)
      expect(operation.summary, `${operationId} summary`).toMatch(/§/)
    }
  })

  it('lists every operation in the endpoint tables of README.md', () => {
    const text = readDoc('README.md')
    for (const op of operations) {
      expect(text, rowKey(op)).toContain(
        `| ${op.method.toUpperCase()} | \`${op.path}\` | \`${op.operationId}\` |`,
      )
    }
  })

  it('marks every proposal with a unique id recorded in openapi-proposals.md', () => {
    const proposals = listProposals(doc)
    expect(proposals.length).toBeGreaterThan(0)
    const ids = proposals.map(({ pointer, text }) => {
      const id = /^([A-Z]+-P\d{2}): \S/.exec(text)?.[1]
      expect(id, `proposal at ${pointer} has no id`).toMatch(new RegExp(`^${proposalPrefix[name]}-P`))
      return id
    })
    expect(new Set(ids).size).toBe(ids.length)
    const recorded = [
      ...readDoc('openapi-proposals.md').matchAll(
        new RegExp(`^\\| (${proposalPrefix[name]}-P\\d{2}) \\|`, 'gm'),
      ),
    ].map((m) => m[1])
    expect([...recorded].sort()).toEqual([...ids].sort())
  })
})
