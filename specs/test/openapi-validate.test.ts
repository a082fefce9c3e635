// Both wire specs validate with a real OpenAPI 3.1 validator, and the validator rejects broken copies.
import { validate } from '@readme/openapi-parser'
import { describe, expect, it } from 'vitest'
import { loadSpec, type SpecDocument, specFiles, specNames } from './openapi-spec-files.js'

async function validity(doc: SpecDocument): Promise<{ valid: boolean; text: string }> {
  // The validator dereferences in place: give it a copy.
  const result = await validate(structuredClone(doc) as never)
  return { valid: result.valid, text: result.valid ? '' : result.errors.map((e) => e.message).join('\n') }
}

describe.each(specNames)('%s.openapi.yaml', { timeout: 60_000 }, (name) => {
  it('is a valid OpenAPI 3.1 document with no warnings', async () => {
    const result = await validate(specFiles[name])
    expect(result.valid ? [] : result.errors).toEqual([])
    expect(result.warnings).toEqual([])
    expect(result.specification).toBe('OpenAPI')
    expect(loadSpec(name).openapi).toBe('3.1.0')
  })

  it('is rejected when an operationId is duplicated', async () => {
    const doc = loadSpec(name)
    const [first, second] = Object.values(doc.paths).flatMap((item) =>
      Object.values(item).filter(
        (op): op is { operationId: string } => typeof op === 'object' && op !== null && 'operationId' in op,
      ),
    )
    if (first === undefined || second === undefined) throw new Error('spec has fewer than two operations')
    second.operationId = first.operationId
    const result = await validity(doc)
    expect(result.valid).toBe(false)
    expect(result.text).toContain(`operationId \`${first.operationId}\` is duplicated`)
  })

  it('is rejected when a response loses its required description', async () => {
    const doc = loadSpec(name)
    const responses = doc.components.responses as Record<string, { description?: string }>
    const [firstName, first] = Object.entries(responses)[0] ?? []
    if (first === undefined) throw new Error(`no components.responses in ${String(firstName)}`)
    delete first.description
    const result = await validity(doc)
    expect(result.valid).toBe(false)
    expect(result.text).toContain("must have required property 'description'")
  })

  it('is rejected when a path parameter is not declared', async () => {
    const doc = loadSpec(name)
    const templated = Object.entries(doc.paths).find(([path]) => path.includes('{'))
    if (templated === undefined) throw new Error('spec has no templated path')
    delete templated[1].parameters
    const result = await validity(doc)
    expect(result.valid).toBe(false)
    expect(result.text).toContain('is missing path parameter')
  })

  it('is rejected when a $ref points nowhere', async () => {
    const doc = loadSpec(name)
    const schemas = doc.components.schemas as Record<string, unknown>
    schemas.Dangling = { $ref: '#/components/schemas/DoesNotExist' }
    const result = await validity(doc)
    expect(result.valid).toBe(false)
    expect(result.text).toContain('Missing $ref pointer "#/components/schemas/DoesNotExist"')
  })
})
