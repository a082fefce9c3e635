// Bundles src/drop-in.ts into dist/chatwire.iife.min.js: one minified IIFE for a <script> tag.
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
const [file, info] = Object.entries(result.metafile.outputs).find(([name]) => name.endsWith('.js'))
console.log(`bundled ${file.replace(/.*\/dist\//, 'dist/')}: ${info.bytes} bytes`)
