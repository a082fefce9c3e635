import { measureBundles } from '@chatwire/bus/measure-bundles'

export interface BundleFigure {
  readonly name: string
  readonly minBytes: number
  readonly gzipBytes: number
  readonly budgetBytes: number
}

/** Gzipped sizes (level 9) of the bundles @chatwire/bus defines, against their targets: drop-in ≤ 20 kB, bus + core + one codec ≤ 12 kB. */
export async function bundleBench(): Promise<BundleFigure[]> {
  return (await measureBundles()).map((b) => ({
    name: b.name,
    minBytes: b.bytes.length,
    gzipBytes: b.gzipBytes,
    budgetBytes: b.target,
  }))
}
