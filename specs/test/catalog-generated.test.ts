// The committed src/generated/*.ts files are what scripts/generate-catalog.mjs makes of webchat-service.yaml.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

process.env.CHATWIRE_CATALOG_NO_WRITE = '1'
const { catalogPath, renderCatalogFiles } = await import('../scripts/generate-catalog.mjs')

describe('generated catalog modules', () => {
  const files = renderCatalogFiles(readFileSync(catalogPath, 'utf8'))

  it('renders the two modules', () => {
    expect(Object.keys(files).sort()).toEqual([
      'src/generated/catalog.ts',
      'src/generated/resolution-texts.ts',
    ])
  })

  it.each(Object.entries(files))(
    '%s is up to date (run `pnpm --filter @chatwire/specs generate`)',
    (path, content) => {
      expect(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')).toBe(content)
    },
  )

  it('renders a changed catalog differently (the comparison can fail)', () => {
    const yaml = readFileSync(catalogPath, 'utf8')
    const changed = yaml.replace(
      'text: There is already an active chat session }',
      'text: There is already an active chat session! }',
    )
    expect(changed).not.toBe(yaml)
    const rendered = renderCatalogFiles(changed)
    for (const path of Object.keys(files)) expect(rendered[path]).not.toBe(files[path])
  })
})
