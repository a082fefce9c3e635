// Bundle size of the drop-in script and of the ESM path (bus + core + one codec), minified and gzipped.
// Run after `pnpm --filter @chatwire/bus build` (it is the package's `bench` script).
// `node scripts/size.mjs --files` adds the minified bytes of every input file.
import { measureBundles, measureEsmWithTerser } from './measure-bundles.mjs'

const KB = 1024
const rows = await measureBundles()

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
  const size = row.gzipBytes
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
const terser = await measureEsmWithTerser()
console.log(
  `(for comparison, minified by terser instead of esbuild: ESM gms-v2 ${kb(terser.gms)}, nexus-v3 ${kb(terser.nexus)} gz)`,
)

// Where the bytes go (minified, before gzip), by package, for each bundle.
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
const breakdowns = ['drop-in', 'ESM gms-v2', 'ESM nexus-v3'].map((name, i) => [
  name,
  byPackage(rows[i].metafile),
])
const packages = [...new Set(breakdowns.flatMap(([, sizes]) => [...sizes.keys()]))]
  .filter((name) => breakdowns.some(([, sizes]) => (sizes.get(name) ?? 0) > 0))
  .sort((a, b) => (breakdowns[0][1].get(b) ?? 0) - (breakdowns[0][1].get(a) ?? 0))
console.log('\nminified bytes by package'.padEnd(28), ...breakdowns.map(([name]) => name.padStart(13)))
for (const name of packages)
  console.log(`  ${name.padEnd(25)}`, ...breakdowns.map(([, sizes]) => kb(sizes.get(name) ?? 0).padStart(13)))
if (over > 0) console.log(`\n${over} bundle(s) over target`)

// `--files`: every input file of each bundle with its minified bytes, largest first.
if (process.argv.includes('--files')) {
  const tidy = (input) => input.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')
  for (const row of rows) {
    console.log(`\n${row.name}`)
    const inputs = Object.values(row.metafile.outputs).flatMap((output) => Object.entries(output.inputs))
    for (const [input, info] of inputs.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput))
      if (info.bytesInOutput > 0) console.log(`  ${String(info.bytesInOutput).padStart(7)}  ${tidy(input)}`)
  }
}
