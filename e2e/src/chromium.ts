import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium } from 'playwright-core'

/** Where Debian's `chromium` package puts its launcher. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium'

/**
 * The full flag set for a quiet, headless Chromium that makes no network requests of its own.
 * `launchChromium` passes `--headless` through Playwright's `headless: true` and the rest as args.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
] as const

export const CHROMIUM_NOT_FOUND =
  'chromium not found: run `apt-get install chromium` (Debian) or set CHROMIUM_PATH'

export interface LaunchChromiumOptions {
  /** Explicit executable; defaults to $CHROMIUM_PATH, then /usr/bin/chromium. */
  executablePath?: string
  /** Where to look when no explicit path is given (default /usr/bin/chromium, where apt-get puts it). */
  defaultPath?: string
  /** Install Debian's chromium with apt-get when missing and running as root (default true). */
  install?: boolean
  /** Progress lines (the install takes ~40 s); default writes to stderr. */
  log?: (line: string) => void
}

const INSTALL_LOCK = join(tmpdir(), 'chatwire-chromium-install.lock')
const STALE_LOCK_MS = 15 * 60_000

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
}

/** Serialises installs between test files running in parallel workers (apt holds one dpkg lock). */
function withInstallLock<T>(fn: () => T): T {
  for (;;) {
    try {
      mkdirSync(INSTALL_LOCK)
      break
    } catch {
      const age = Date.now() - (statSync(INSTALL_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > STALE_LOCK_MS) rmdirSync(INSTALL_LOCK)
      else sleepSync(500)
    }
  }
  try {
    return fn()
  } finally {
    rmdirSync(INSTALL_LOCK)
  }
}

function installDebianChromium(log: (line: string) => void): void {
  withInstallLock(() => {
    if (existsSync(DEFAULT_CHROMIUM_PATH)) return
    log('chromium not found: installing Debian chromium (apt-get update && apt-get install -y chromium)')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env })
    execFileSync('apt-get', ['install', '-y', 'chromium'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    })
  })
}

/**
 * Finds the chromium executable: the explicit path, $CHROMIUM_PATH, or /usr/bin/chromium.
 * When none exists and we may install (root + apt-get), installs Debian's package; otherwise throws
 * one line telling how to get it. Never returns without a browser.
 */
export function findChromium(options: LaunchChromiumOptions = {}): string {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const explicit = options.executablePath ?? process.env.CHROMIUM_PATH
  if (explicit !== undefined && explicit !== '') {
    if (existsSync(explicit)) return explicit
    throw new Error(`${CHROMIUM_NOT_FOUND} (CHROMIUM_PATH=${explicit} does not exist)`)
  }
  const defaultPath = options.defaultPath ?? DEFAULT_CHROMIUM_PATH
  if (existsSync(defaultPath)) return defaultPath
  if (options.install !== false && defaultPath === DEFAULT_CHROMIUM_PATH && canInstallWithApt()) {
    try {
      installDebianChromium(log)
    } catch (error) {
      throw new Error(`${CHROMIUM_NOT_FOUND} (apt-get install failed: ${String(error).split('\n')[0]})`)
    }
    if (existsSync(DEFAULT_CHROMIUM_PATH)) return DEFAULT_CHROMIUM_PATH
  }
  throw new Error(CHROMIUM_NOT_FOUND)
}

/** Launches real Chromium (Debian's) through playwright-core, with the quiet flag set. */
export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser> {
  const executablePath = findChromium(options)
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS.filter((flag) => flag !== '--headless'),
  })
}
