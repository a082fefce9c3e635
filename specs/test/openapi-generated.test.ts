// The committed generated types equal what openapi-typescript produces now, and the spec's golden
// examples conform to the generated types (checked by `tsc` through the typed constants below).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import type { GmsChatV2Schemas, NexusV3Schemas } from '../src/openapi-types.js'
import { loadSpec } from './openapi-spec-files.js'

const specsDir = fileURLToPath(new URL('..', import.meta.url))
const generatedDir = join(specsDir, 'src', 'generated')
const runCheck = (...extra: string[]) =>
  spawnSync(process.execPath, ['scripts/generate-openapi.mjs', '--check', ...extra], {
    cwd: specsDir,
    encoding: 'utf8',
  })

// Each case spawns the generator (openapi-typescript renders both specs): allow for a loaded machine.
describe('generated OpenAPI types', { timeout: 60_000 }, () => {
  const scratch: string[] = []
  afterEach(() => {
    for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  const copyOfGenerated = () => {
    const dir = mkdtempSync(join(tmpdir(), 'chatwire-openapi-'))
    scratch.push(dir)
    for (const file of ['gms-chat-v2.ts', 'nexus-v3.ts']) {
      writeFileSync(join(dir, file), readFileSync(join(generatedDir, file), 'utf8'))
    }
    return dir
  }

  it('are not stale', () => {
    const result = runCheck()
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('the stale check fails when a committed file differs', () => {
    const dir = copyOfGenerated()
    const file = join(dir, 'nexus-v3.ts')
    writeFileSync(file, readFileSync(file, 'utf8').replace('clientToken: string;', 'clientToken?: string;'))
    const result = runCheck('--out-dir', dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('nexus-v3.ts')
    expect(result.stderr).not.toContain('gms-chat-v2.ts')
  })

  it('the stale check fails when a generated file is missing', () => {
    const dir = copyOfGenerated()
    rmSync(join(dir, 'gms-chat-v2.ts'))
    const result = runCheck('--out-dir', dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('gms-chat-v2.ts')
  })
})

// Golden examples, typed with the generated schemas: `pnpm typecheck` fails if a schema stops
// accepting them; the tests below fail if the spec's embedded examples drift from them.

/** The official Request Chat reply (gms-chat-v2.md §2.1, [DOC-CHATV2]). */
const officialRequestChatReply: GmsChatV2Schemas['ChatV2Response'] = {
  statusCode: 0,
  alias: '117',
  userId: '007555677B20000A',
  secureKey: '4ee15d7e1c343c8e',
  chatId: '00048aAPEQJ8000U',
  messages: [
    {
      from: { nickname: 'First Last', participantId: 1, type: 'Client' },
      index: 1,
      type: 'ParticipantJoined',
      utcTime: 1432845088000,
    },
  ],
}

/** The captured file limits (gms-chat-v2.md §5, [CODE-BALK]). */
const capturedFileLimits: GmsChatV2Schemas['FileLimits'] = {
  'download-attempts': '2',
  'used-download-attempts': '0',
  'upload-max-files': '5',
  'used-upload-max-files': '0',
  'upload-max-file-size': '10485760',
  'upload-max-total-size': '99614720',
  'used-upload-max-total-size': '0',
  'upload-need-agent': 'false',
  'upload-file-types': 'jpeg:jpg:pdf:png:zip',
  'delete-file': 'odd',
}

/** The illustrative v3 event (pureengage-v3.md §6; [PROP] values). */
const illustrativeV3Event: NexusV3Schemas['V3Event'] = {
  index: '1700000000123-0',
  type: 'Text',
  utcTime: 1700000000123,
  text: 'Hello, how can I help?',
  from: { nickname: 'Anna', type: 'Agent', participantId: '7c1e2a40-5d3b-4e51-9f6a-0b1c2d3e4f50' },
}

const invalidSession: NexusV3Schemas['V3ErrorResponse'] = {
  status: { code: 'INVALID_SESSION', message: 'Session not found' },
}

describe('golden examples embedded in the specs', () => {
  const gms = loadSpec('gms-chat-v2')
  const nexus = loadSpec('nexus-v3')
  const schema = (doc: typeof gms, name: string) =>
    (doc.components.schemas as Record<string, { examples?: unknown[] }>)[name]?.examples

  it('ChatV2Response carries the official Request Chat reply', () => {
    expect(schema(gms, 'ChatV2Response')).toEqual([officialRequestChatReply])
    const post = gms.paths['/genesys/2/chat/{serviceName}']?.post as {
      responses: Record<string, { content: Record<string, { examples: Record<string, { value: unknown }> }> }>
    }
    expect(post.responses['200']?.content['application/json']?.examples.official?.value).toEqual(
      officialRequestChatReply,
    )
  })

  it('FileLimits and the limits Notice carry the captured sample', () => {
    expect(schema(gms, 'FileLimits')).toEqual([capturedFileLimits])
    const post = gms.paths['/genesys/2/chat/{serviceName}/{chatId}/file/limits']?.post as {
      responses: Record<string, { content: Record<string, { examples: Record<string, { value: unknown }> }> }>
    }
    const reply = post.responses['200']?.content['application/json']?.examples.captured?.value as
      | GmsChatV2Schemas['ChatV2Response']
      | undefined
    expect(reply?.messages?.[0]?.userData).toEqual(capturedFileLimits)
    expect(reply?.messages?.[0]?.text).toBe('file-client-cfg-get')
  })

  it('V3Event and V3ErrorResponse carry their examples', () => {
    expect(schema(nexus, 'V3Event')).toEqual([illustrativeV3Event])
    expect(schema(nexus, 'V3ErrorResponse')).toEqual([invalidSession])
  })
})
