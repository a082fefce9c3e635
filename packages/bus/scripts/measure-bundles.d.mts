export interface MeasuredBundle {
  readonly name: string
  /** Minified bytes. */
  readonly bytes: Uint8Array
  /** gzip -9 bytes. */
  readonly gzipBytes: number
  /** The size target in gzipped bytes. */
  readonly target: number
  /** Gzipped bytes of the Genesys scripts the bundle replaces, and which API version they serve. */
  readonly ref: number
  readonly refName: string
  readonly metafile: unknown
}

export function measureBundles(): Promise<MeasuredBundle[]>

/** Gzipped bytes of each ESM path minified by terser instead of esbuild (for comparison; not judged). */
export function measureEsmWithTerser(): Promise<{ readonly gms: number; readonly nexus: number }>
