// Loads the two wire specs for the tests and lists their operations.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const specFiles = {
  'gms-chat-v2': fileURLToPath(new URL('../gms-chat-v2.openapi.yaml', import.meta.url)),
  'nexus-v3': fileURLToPath(new URL('../nexus-v3.openapi.yaml', import.meta.url)),
} as const

export type SpecName = keyof typeof specFiles

export const specNames = Object.keys(specFiles) as SpecName[]

/** A parsed spec, as plain JSON-like data. */
export type SpecDocument = Record<string, unknown> & {
  paths: Record<string, Record<string, unknown>>
  components: Record<string, Record<string, unknown>>
}

export function loadSpec(name: SpecName): SpecDocument {
  return parse(readFileSync(specFiles[name], 'utf8')) as SpecDocument
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

export interface SpecOperation {
  readonly method: string
  readonly path: string
  readonly operationId: string | undefined
  readonly operation: Record<string, unknown>
}

export function listOperations(doc: SpecDocument): SpecOperation[] {
  const found: SpecOperation[] = []
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of methods) {
      const operation = item[method] as Record<string, unknown> | undefined
      if (operation === undefined) continue
      const operationId = typeof operation.operationId === 'string' ? operation.operationId : undefined
      found.push({ method, path, operationId, operation })
    }
  }
  return found
}

/** Every `x-chatwire-proposal` value in the document, with the JSON pointer of the object carrying it. */
export function listProposals(value: unknown, pointer = ''): { pointer: string; text: string }[] {
  if (value === null || typeof value !== 'object') return []
  const found: { pointer: string; text: string }[] = []
  for (const [key, child] of Object.entries(value)) {
    if (key === 'x-chatwire-proposal') found.push({ pointer, text: String(child) })
    else found.push(...listProposals(child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`))
  }
  return found
}
