// Bundle size of the drop-in script and of the ESM path (bus + core + one codec), minified and gzipped.
// Run after `pnpm --filter @chatwire/bus build` (it is the package's `bench` script).
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const here = (path) => new URL(path, import.meta.url).pathname
const KB = 1024
// Gzipped size of the Genesys Widgets 9.0.018.07 scripts needed to run WebChatService (issue #5).
const genesys = { 'gms-v2': 144 * KB, 'nexus-v3': 134 * KB }

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length

async function esmBundle(codec, factory) {
  const entry = [
    `export { createBus, createWebChatBus, registerWebChatService } from './dist/index.js'`,
    `export { createWebChatService } from '@chatwire/core'`,
    `export { ${factory} } from '${codec}'`,
  ].join('\n')
  const out = await build({
    stdin: { contents: entry, resolveDir: here('..'), loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    write: false,
    metafile: true,
  })
  return { bytes: out.outputFiles[0].contents, metafile: out.metafile }
}

const dropIn = readFileSync(here('../dist/chatwire.iife.min.js'))
const gms = await esmBundle('@chatwire/codec-gms-v2', 'createGmsV2Transport')
const nexus = await esmBundle('@chatwire/codec-nexus-v3', 'createNexusV3Transport')

const rows = [
  {
    name: 'drop-in (bus + core + both codecs), IIFE',
    bytes: dropIn,
    target: 20 * KB,
    ref: genesys['gms-v2'],
    refName: 'v2',
  },
  {
    name: 'ESM bus + core + codec-gms-v2',
    bytes: gms.bytes,
    target: 12 * KB,
    ref: genesys['gms-v2'],
    refName: 'v2',
  },
  {
    name: 'ESM bus + core + codec-nexus-v3',
    bytes: nexus.bytes,
    target: 12 * KB,
    ref: genesys['nexus-v3'],
    refName: 'v3',
  },
]

const kb = (n) => `${(n / KB).toFixed(1)} kB`
console.log(
  'bundle'.padEnd(44),
  'min'.padStart(9),
  'gzip'.padStart(9),
  'gzip B'.padStart(7),
  'target'.padStart(9),
  ' ok ',
  'Genesys gz'.padStart(13),
  'ratio'.padStart(7),
)
let over = 0
for (const row of rows) {
  const size = gz(row.bytes)
  const ok = size <= row.target
  if (!ok) over++
  console.log(
    row.name.padEnd(44),
    kb(row.bytes.length).padStart(9),
    kb(size).padStart(9),
    String(size).padStart(7),
    `≤${kb(row.target)}`.padStart(9),
    ok ? ' yes' : ' NO ',
    `${kb(row.ref)} ${row.refName}`.padStart(13),
    `${((size / row.ref) * 100).toFixed(1)}%`.padStart(7),
  )
}

// Where the bytes go (minified, before gzip), by package, for each bundle. The drop-in's breakdown comes
// from the metafile bundle.mjs writes next to it.
function byPackage(metafile) {
  const sizes = new Map()
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, info] of Object.entries(output.inputs)) {
      const dep = input.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/)
      const local = input.match(/^(?:\.\.\/)+(?:packages\/)?([^/]+)\//)
      const key = dep ? dep[1] : local ? local[1] : /^(dist|src)\//.test(input) ? 'bus' : input
      sizes.set(key, (sizes.get(key) ?? 0) + info.bytesInOutput)
    }
  }
  return sizes
}
const breakdowns = [
  ['drop-in', byPackage(JSON.parse(readFileSync(here('../dist/chatwire.iife.meta.json'), 'utf8')))],
  ['ESM gms-v2', byPackage(gms.metafile)],
  ['ESM nexus-v3', byPackage(nexus.metafile)],
]
const packages = [...new Set(breakdowns.flatMap(([, sizes]) => [...sizes.keys()]))]
  .filter((name) => breakdowns.some(([, sizes]) => (sizes.get(name) ?? 0) > 0))
  .sort((a, b) => (breakdowns[0][1].get(b) ?? 0) - (breakdowns[0][1].get(a) ?? 0))
console.log('\nminified bytes by package'.padEnd(28), ...breakdowns.map(([name]) => name.padStart(13)))
for (const name of packages)
  console.log(`  ${name.padEnd(25)}`, ...breakdowns.map(([, sizes]) => kb(sizes.get(name) ?? 0).padStart(13)))
if (over > 0) console.log(`\n${over} bundle(s) over target`)
