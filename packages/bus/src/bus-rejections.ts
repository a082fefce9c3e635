/**
 * Rejections made by the bus itself (not by a plugin): stable code → the CXBus text.
 * `fail` callbacks get the text first (what CXBus code compares) and `{ code }` second.
 */
export const busRejections = {
  /** real-widget.md §4 "Unknown command": the original has this text but hangs; chatwire rejects with it at once. */
  'unknown-command': 'Command does not exist',
  /** real-widget.md §4 "Dispatch": the original's text when a plugin cannot be found (it tries to load a file). */
  'unknown-plugin': 'Could not load plugin file in given location. Check your plugins path option.',
  /** real-widget.md §4 "Options" and "before hooks": non-object options, or a hook that did not return options. */
  cancelled: "Command was cancelled by a 'before' function.",
} as const

export type BusRejectionCode = keyof typeof busRejections | 'handler-threw'

/** The second argument of a bus-made rejection. */
export interface BusRejectionInfo {
  readonly code: BusRejectionCode
  readonly command: string
}
