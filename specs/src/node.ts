// @chatwire/specs/node: helpers that read files (Node only; the main entry stays browser-safe).
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { type ParseCatalogResult, parseCatalog } from './parse-catalog.js'

export type LoadCatalogFileResult =
  | ParseCatalogResult
  | { readonly ok: false; readonly issues: readonly [{ readonly path: ''; readonly message: string }] }

/** Reads and validates a catalog YAML file (e.g. a fork of webchat-service.yaml). */
export async function loadCatalogFile(path: string): Promise<LoadCatalogFileResult> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `cannot read ${path}: ${(error as Error).message}` }] }
  }
  let data: unknown
  try {
    data = parse(text)
  } catch (error) {
    return {
      ok: false,
      issues: [{ path: '', message: `invalid YAML in ${path}: ${(error as Error).message}` }],
    }
  }
  return parseCatalog(data)
}

/** Absolute path of the catalog shipped with this package. */
export const catalogFilePath: string = fileURLToPath(new URL('../webchat-service.yaml', import.meta.url))
