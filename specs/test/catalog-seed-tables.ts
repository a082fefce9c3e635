/**
 * Reads the tables of the vendored seed (specs/seed/WebChatService-reference.txt) without consulting the
 * catalog, so the catalog tests compare two independent sources.
 */

/** One command section of the seed ("API Commands"). */
export interface SeedCommand {
  readonly name: string
  readonly introduced: string | undefined
  readonly description: string
  readonly important: readonly string[]
  /** Raw table rows (header excluded), one per line. */
  readonly optionLines: readonly SeedRow[]
  readonly resolutionLines: readonly SeedRow[]
}

/** A table row: its text (multi-line rows keep their newlines) and its 1-based line number in the seed. */
export interface SeedRow {
  readonly line: number
  readonly text: string
}

export interface SeedTables {
  readonly commands: readonly SeedCommand[]
  /** One block per event row; multi-line rows (with an "Important" note) keep their newlines. */
  readonly eventBlocks: readonly SeedRow[]
  readonly optionBlocks: { readonly v2: readonly SeedRow[]; readonly v3: readonly SeedRow[] }
}

const commandHeading = /^[a-z][A-Za-z]+$/
const eventRowStart = /^[a-z][A-Za-z]+ [A-Z]/
const optionRowStart = /^[A-Za-z][\w.[\]-]* (string|boolean|object|number|function)\b/

function indexOfLine(lines: readonly string[], text: string, from = 0): number {
  const at = lines.indexOf(text, from)
  if (at < 0) throw new Error(`seed: line ${JSON.stringify(text)} not found`)
  return at
}

/** Rows of the table whose title line ("Options", "Resolutions") is at `titleAt`: skips the blank line and header. */
function tableLines(lines: readonly string[], titleAt: number, offset: number): SeedRow[] {
  const rows: SeedRow[] = []
  for (let i = titleAt + 3; i < lines.length && lines[i] !== ''; i++) {
    rows.push({ line: offset + i + 1, text: lines[i] ?? '' })
  }
  return rows
}

function groupBlocks(rows: readonly SeedRow[], rowStart: RegExp): SeedRow[] {
  const blocks: SeedRow[] = []
  for (const row of rows) {
    const last = blocks[blocks.length - 1]
    if (rowStart.test(row.text) || !last) blocks.push(row)
    else blocks[blocks.length - 1] = { line: last.line, text: `${last.text}\n${row.text}` }
  }
  return blocks
}

function parseCommand(section: readonly string[], offset: number): SeedCommand {
  const [name = '', ...body] = section
  const text = body.filter((l) => l !== '')
  const introducedMatch = /^\[Introduced: (.+)\]$/.exec(text[0] ?? '')
  const description = (introducedMatch ? text[1] : text[0]) ?? ''
  const important: string[] = []
  body.forEach((line, i) => {
    if (line === 'Important' && body[i + 1]) important.push(body[i + 1] ?? '')
  })
  const optionsAt = body.indexOf('Options')
  const resolutionsAt = body.indexOf('Resolutions')
  return {
    name,
    introduced: introducedMatch?.[1],
    description,
    important,
    optionLines: optionsAt < 0 ? [] : tableLines(body, optionsAt, offset + 1),
    resolutionLines: resolutionsAt < 0 ? [] : tableLines(body, resolutionsAt, offset + 1),
  }
}

export function readSeedTables(seed: string): SeedTables {
  const lines = seed.split('\n').map((l) => l.replace(/\r$/, ''))
  const commandsAt = indexOfLine(lines, 'API Commands')
  const eventsAt = indexOfLine(lines, 'API Events', commandsAt)
  const headings: number[] = []
  for (let i = commandsAt + 1; i < eventsAt; i++) if (commandHeading.test(lines[i] ?? '')) headings.push(i)
  const commands = headings.map((start, k) =>
    parseCommand(lines.slice(start, headings[k + 1] ?? eventsAt), start),
  )

  const eventsHeader = indexOfLine(lines, 'Name Description Data Introduced/Updated', eventsAt)
  const eventRows = lines
    .map((text, i) => ({ line: i + 1, text }))
    .slice(eventsHeader + 1)
    .filter((row) => row.text !== '')
  const eventBlocks = groupBlocks(eventRows, eventRowStart)

  const optionHeader = 'Name Type Description Default Required Introduced / Updated'
  const v2At = indexOfLine(lines, 'Version 2 API')
  const v3At = indexOfLine(lines, 'Version 3 API', v2At)
  const v2Rows = tableLines(lines, indexOfLine(lines, optionHeader, v2At) - 2, 0)
  const v3Rows = tableLines(lines, indexOfLine(lines, optionHeader, v3At) - 2, 0)
  return {
    commands,
    eventBlocks,
    optionBlocks: { v2: groupBlocks(v2Rows, optionRowStart), v3: groupBlocks(v3Rows, optionRowStart) },
  }
}
