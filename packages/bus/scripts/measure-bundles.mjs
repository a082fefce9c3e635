// The one definition of the bundles chatwire's size targets are judged on (issue #5): the drop-in script as
// built, and an ESM bundle of bus + core + one codec, minified for browsers. `size.mjs` prints them with a
// per-package breakdown; the root `pnpm bench` puts them in its table. Run after the bus is built.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const here = (path) => new URL(path, import.meta.url).pathname
const KB = 1024
// Gzipped size of the Genesys Widgets 9.0.018.07 scripts needed to run WebChatService (issue #5).
const genesys = { v2: 144 * KB, v3: 134 * KB }

async function esmBundle(codec, factory, minify = true) {
  const entry = [
    `export { createBus, createWebChatBus, registerWebChatService } from './dist/index.js'`,
    `export { createWebChatService } from '@chatwire/core'`,
    `export { ${factory} } from '${codec}'`,
  ].join('\n')
  const out = await build({
    stdin: { contents: entry, resolveDir: here('..'), loader: 'js' },
    absWorkingDir: here('..'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify,
    legalComments: 'none',
    write: false,
    metafile: true,
  })
  return { bytes: out.outputFiles[0].contents, metafile: out.metafile }
}

/**
 * For comparison only (the targets are judged on esbuild's minifier, the stricter of the two): the gzip bytes
 * of each ESM path when terser minifies it instead, with the options the drop-in's build uses, as a
 * webpack or rollup + terser consumer would get it.
 */
export async function measureEsmWithTerser() {
  const { minify } = await import('terser')
  const sized = async (codec, factory) => {
    const { bytes } = await esmBundle(codec, factory, false)
    const out = await minify(Buffer.from(bytes).toString('utf8'), {
      ecma: 2022,
      module: true,
      compress: { ecma: 2022, passes: 2 },
      mangle: true,
    })
    return gzipSync(out.code, { level: 9 }).length
  }
  return {
    gms: await sized('@chatwire/codec-gms-v2', 'createGmsV2Transport'),
    nexus: await sized('@chatwire/codec-nexus-v3', 'createNexusV3Transport'),
  }
}

/** The three measured bundles: bytes (minified), gzip -9 bytes, target, the Genesys reference and the esbuild metafile. */
export async function measureBundles() {
  const dropIn = {
    bytes: readFileSync(here('../dist/chatwire.iife.min.js')),
    metafile: JSON.parse(readFileSync(here('../dist/chatwire.iife.meta.json'), 'utf8')),
  }
  const gms = await esmBundle('@chatwire/codec-gms-v2', 'createGmsV2Transport')
  const nexus = await esmBundle('@chatwire/codec-nexus-v3', 'createNexusV3Transport')
  const rows = [
    {
      name: 'drop-in (bus + core + both codecs), IIFE',
      ...dropIn,
      target: 20 * KB,
      ref: genesys.v2,
      refName: 'v2',
    },
    { name: 'ESM bus + core + codec-gms-v2', ...gms, target: 12 * KB, ref: genesys.v2, refName: 'v2' },
    { name: 'ESM bus + core + codec-nexus-v3', ...nexus, target: 12 * KB, ref: genesys.v3, refName: 'v3' },
  ]
  return rows.map((row) => ({ ...row, gzipBytes: gzipSync(row.bytes, { level: 9 }).length }))
}
