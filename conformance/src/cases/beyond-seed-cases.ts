import { check, checkAjaxResponse, checkEqual, checkRejected, checkResolved } from '../check.js'
import type { ConformanceCase } from '../conformance-case.js'
import {
  documentedText,
  lacks,
  needs,
  rejectsAsUnsupported,
  resolution,
  resolvesWhenSupported,
} from './case-helpers.js'

const unsupported = rejectsAsUnsupported('getFileLimits.rejected.not-supported', 'getFileLimits')

/**
 * Commands the original WebChatService has beyond the seed (real-widget.md §3.2): integrations call them,
 * so the suite runs them, at SHOULD level; they are not part of the seed's coverage gate.
 */
export const beyondSeedCases: readonly ConformanceCase[] = [
  resolution(
    'getFileLimits.resolved',
    'SHOULD',
    'getFileLimits resolves with the server limits reply as raw JSON text, as the original does',
    async (ctx) => {
      await ctx.startChat()
      const value = checkResolved(await ctx.command('getFileLimits'), 'getFileLimits')
      check(typeof value === 'string', `getFileLimits resolved with ${typeof value}, not the reply's text`)
      let parsed: unknown
      try {
        parsed = JSON.parse(value as string)
      } catch {
        check(false, `getFileLimits resolved with text that is not JSON: ${String(value).slice(0, 80)}`)
      }
      check(typeof parsed === 'object' && parsed !== null, 'the limits reply is not a JSON object')
    },
    { applies: needs('fileLimits', unsupported) },
  ),
  resolution(
    'getFileLimits.rejected.ajax-exception',
    'SHOULD',
    'getFileLimits with no chat open rejects with the AJAX Response Object of the refused call',
    async (ctx) => {
      const s = await ctx.command('getFileLimits')
      checkAjaxResponse(checkRejected(s, 'getFileLimits with no chat'), 'getFileLimits rejection')
    },
    { applies: needs('fileLimits', unsupported) },
  ),
  resolution(
    'getFileLimits.rejected.not-supported',
    'SHOULD',
    'getFileLimits on a transport without file limits rejects with the documented text',
    async (ctx) => {
      await ctx.startChat()
      const s = await ctx.command('getFileLimits')
      checkRejected(s, 'getFileLimits', documentedText('getFileLimits.rejected.not-supported'))
    },
    { applies: lacks('fileLimits', resolvesWhenSupported('getFileLimits')) },
  ),
  resolution(
    'verifySession.resolved',
    'SHOULD',
    'verifySession resolves {sessionActive} without asking the server: false before a chat, true during one',
    async (ctx) => {
      const before = checkResolved(await ctx.command('verifySession'), 'verifySession before a chat')
      checkEqual(before, { sessionActive: false }, 'verifySession before a chat')
      await ctx.startChat()
      const during = checkResolved(await ctx.command('verifySession'), 'verifySession during a chat')
      checkEqual(during, { sessionActive: true }, 'verifySession during a chat')
    },
  ),
]
