import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const SRC = new URL('../src/', import.meta.url)

/** The modules a browser bundle of `entry` reaches: value imports only (`import type` is erased). */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen
  seen.add(entry)
  const text = readFileSync(new URL(entry, SRC), 'utf8')
  for (const [, clause, from] of text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
    if (clause || from === undefined) continue
    if (from.startsWith('./')) reachable(from.slice(2).replace(/\.js$/, '.ts'), seen)
    else seen.add(from)
  }
  return seen
}

describe('the browser path', () => {
  it('createGmsV2Transport reaches no valibot (the schemas are for the server half and the tests)', () => {
    const modules = reachable('gms-v2-transport.ts')
    expect(modules).toContain('read-gms-reply.ts')
    expect(modules).toContain('@chatwire/core')
    expect(modules).not.toContain('valibot')
    expect(modules).not.toContain('gms-wire-schema.ts')
  })
})
