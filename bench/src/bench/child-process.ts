import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

export interface Child<T> {
  /** The first JSON line the child printed. */
  readonly hello: T
  readonly process: ChildProcess
  /** Closes the child's stdin (our children exit on that) and waits for it to exit. */
  close(): Promise<void>
}

/**
 * Runs `command args` and waits for its first stdout line that parses as JSON (`ready` decides which;
 * default: any). A child that exits first is an error carrying its last output.
 */
export async function spawnChild<T>(
  command: string,
  args: readonly string[],
  options: {
    cwd?: string
    ready?: (line: string) => T | undefined
    /** Asked every 200 ms instead of reading lines (for a child that prints nothing when ready). */
    probe?: () => Promise<T | undefined>
    timeoutMs?: number
  } = {},
): Promise<Child<T>> {
  const child = spawn(command, [...args], { stdio: ['pipe', 'pipe', 'pipe'], cwd: options.cwd })
  const tail: string[] = []
  const ready =
    options.ready ?? ((line: string) => (line.startsWith('{') ? (JSON.parse(line) as T) : undefined))
  const probe = options.probe
  const hello = await new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${command}: not ready after ${options.timeoutMs ?? 60_000} ms`)),
      options.timeoutMs ?? 60_000,
    )
    const onLine = (line: string) => {
      tail.push(line)
      if (tail.length > 20) tail.shift()
      const value = probe === undefined ? ready(line) : undefined
      if (value !== undefined) {
        clearTimeout(timer)
        resolve(value)
      }
    }
    createInterface({ input: child.stdout }).on('line', onLine)
    createInterface({ input: child.stderr }).on('line', (line) => {
      tail.push(line)
      if (tail.length > 20) tail.shift()
    })
    if (probe !== undefined) {
      const ask = () =>
        void probe().then(
          (value) => {
            if (value === undefined) setTimeout(ask, 200)
            else {
              clearTimeout(timer)
              resolve(value)
            }
          },
          () => setTimeout(ask, 200),
        )
      setTimeout(ask, 200)
    }
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${command} exited with ${code}: ${tail.join('\n')}`))
    })
  })
  child.stdout.resume()
  child.stderr.resume()
  return {
    hello,
    process: child,
    close: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit')
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.stdin.end()
        setTimeout(() => child.kill('SIGTERM'), 3000).unref()
      }),
  }
}

/** The path of a sibling compiled script, for `node <path>`. */
export function scriptPath(name: string): string {
  return new URL(name, import.meta.url).pathname
}
