/** The Web Storage shape (`localStorage`, `sessionStorage`) the service keeps its session in. */
export interface StorageLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/** An in-memory StorageLike: the default, and what tests share between two service instances ("page loads"). */
export function createMemoryStorage(): StorageLike & { readonly size: number } {
  const items = new Map<string, string>()
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, String(value))
    },
    removeItem: (key) => {
      items.delete(key)
    },
    get size() {
      return items.size
    },
  }
}
