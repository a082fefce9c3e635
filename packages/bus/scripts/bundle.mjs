// Bundles src/drop-in.ts into dist/chatwire.iife.min.js: one minified IIFE for a <script> tag.
import { writeFileSync } from 'node:fs'
import { build } from 'esbuild'

const result = await build({
  entryPoints: [new URL('../src/drop-in.ts', import.meta.url).pathname],
  outfile: new URL('../dist/chatwire.iife.min.js', import.meta.url).pathname,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  legalComments: 'none',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
})
// The metafile feeds the per-package breakdown of `pnpm bench` (scripts/size.mjs).
writeFileSync(new URL('../dist/chatwire.iife.meta.json', import.meta.url), JSON.stringify(result.metafile))
const [file, info] = Object.entries(result.metafile.outputs).find(([name]) => name.endsWith('.js'))
console.log(`bundled ${file.replace(/.*\/dist\//, 'dist/')}: ${info.bytes} bytes`)
