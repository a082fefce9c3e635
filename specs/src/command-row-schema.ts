import * as v from 'valibot'
import { NoteSchema, ReleaseSchema, SeedLineSchema, SourceSchema } from './note-schema.js'

/** One row of a command's "Options" table. */
export const CommandOptionSchema = v.strictObject({
  /** Verbatim (updateUserData's is "n/a": the options object itself is the userData). */
  name: v.string(),
  type: v.string(),
  description: v.string(),
  acceptedValues: v.optional(v.string()),
  introduced: v.optional(ReleaseSchema),
  notes: v.optional(v.array(NoteSchema)),
  seedLine: v.optional(SeedLineSchema),
})
export type CommandOption = v.InferOutput<typeof CommandOptionSchema>

/** A WebChatService command (called as WebChatService.<name>). */
export const CommandRowSchema = v.strictObject({
  name: v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z]+$/)),
  /** The seed's first paragraph, verbatim. */
  description: v.string(),
  introduced: v.optional(ReleaseSchema),
  /** The seed's "Important" notes of the command, verbatim. */
  important: v.optional(v.array(v.string())),
  /** The seed says "Internal use only." */
  internal: v.optional(v.boolean()),
  /** Private command: only WebChatService may call it (always, or only outside async mode). */
  private: v.optional(v.picklist(['always', 'non-async-mode'])),
  /** "The configure command can only be called once at startup." */
  callableOnce: v.optional(v.boolean()),
  notes: v.optional(v.array(NoteSchema)),
  options: v.array(CommandOptionSchema),
  beyondSeed: v.optional(v.literal(true)),
  source: v.optional(SourceSchema),
})
export type CommandRow = v.InferOutput<typeof CommandRowSchema>
