import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

export interface BundleFigure {
  readonly name: string
  readonly minBytes: number
  readonly gzipBytes: number
  readonly budgetBytes: number
}

// kB = 1024 bytes, as @chatwire/bus reports its own sizes
const KB = 1024
const require = createRequire(import.meta.url)
const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length

/** What an integrator bundles: bus + core + one codec, ESM, minified for browsers. */
async function esm(codecPackage: string, factory: string): Promise<Uint8Array> {
  const entry = [
    `export { createBus, createWebChatBus, registerWebChatService } from '@chatwire/bus'`,
    `export { createWebChatService } from '@chatwire/core'`,
    `export { ${factory} } from '${codecPackage}'`,
  ].join('\n')
  const out = await build({
    stdin: {
      contents: entry,
      resolveDir: dirname(require.resolve('@chatwire/bus/package.json')),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    write: false,
  })
  const file = out.outputFiles[0]
  if (file === undefined) throw new Error('esbuild wrote nothing')
  return file.contents
}

/** Gzipped sizes (level 9) against the budgets of issue #8: drop-in ≤ 20 kB, bus + core + one codec ≤ 12 kB. */
export async function bundleBench(): Promise<BundleFigure[]> {
  const dropIn = readFileSync(require.resolve('@chatwire/bus/drop-in'))
  const rows: [string, Uint8Array, number][] = [
    ['drop-in script (bus + core + both codecs, IIFE)', dropIn, 20 * KB],
    ['bus + core + codec-gms-v2 (ESM)', await esm('@chatwire/codec-gms-v2', 'createGmsV2Transport'), 12 * KB],
    [
      'bus + core + codec-nexus-v3 (ESM)',
      await esm('@chatwire/codec-nexus-v3', 'createNexusV3Transport'),
      12 * KB,
    ],
  ]
  return rows.map(([name, bytes, budgetBytes]) => ({
    name,
    minBytes: bytes.length,
    gzipBytes: gz(bytes),
    budgetBytes,
  }))
}
