// Bundles src/drop-in.ts into dist/chatwire.iife.min.js: one minified IIFE for a <script> tag.
// esbuild bundles and minifies; terser then compresses the result further (about 5 % fewer gzip bytes: it
// inlines and folds across the whole script), carrying esbuild's source map through.
import { writeFileSync } from 'node:fs'
import { build } from 'esbuild'
import { minify } from 'terser'

const dist = (name) => new URL(`../dist/${name}`, import.meta.url).pathname
const name = 'chatwire.iife.min.js'

const result = await build({
  entryPoints: [new URL('../src/drop-in.ts', import.meta.url).pathname],
  outfile: dist(name),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  legalComments: 'none',
  sourcemap: 'external',
  metafile: true,
  write: false,
  logLevel: 'warning',
})
const output = (suffix) => result.outputFiles.find((file) => file.path.endsWith(suffix)).text
const compressed = await minify(output('.js'), {
  ecma: 2022,
  compress: { ecma: 2022, passes: 2 },
  mangle: true,
  toplevel: true,
  sourceMap: { content: output('.js.map'), url: `${name}.map` },
})
writeFileSync(dist(name), compressed.code)
writeFileSync(dist(`${name}.map`), compressed.map)
// The metafile feeds the per-package breakdown of `pnpm bench` (scripts/size.mjs): esbuild's minified bytes.
writeFileSync(dist('chatwire.iife.meta.json'), JSON.stringify(result.metafile))
console.log(`bundled dist/${name}: ${compressed.code.length} bytes`)
