import {
  check,
  checkAjaxResponse,
  checkEqual,
  checkPublished,
  checkRejected,
  checkResolved,
  isFailureStatus,
  isSuccessStatus,
} from '../check.js'
import type { ConformanceCase } from '../conformance-case.js'
import {
  documentedText,
  lacks,
  needs,
  rejectsAsUnsupported,
  resolution,
  resolvesWhenSupported,
} from './case-helpers.js'

/** sendMessage, sendCustomNotice, sendTyping, sendFilteredMessage and addPrefilter rows. */
export const messageCases: readonly ConformanceCase[] = [
  resolution('sendMessage.resolved', 'MUST', 'sendMessage delivers the text and resolves', async (ctx) => {
    await ctx.startChat()
    checkAjaxResponse(
      checkResolved(await ctx.command('sendMessage', { message: 'hi' }), 'sendMessage'),
      'sendMessage',
      isSuccessStatus,
    )
    const view = await ctx.controller.inspect()
    check(
      view.clientMessages.some((m) => m.text === 'hi'),
      `the server did not receive "hi": ${JSON.stringify(view.clientMessages)}`,
    )
    // Beyond the row: the client transcript equals the server's, own messages included (real-widget.md §2.2).
    await ctx.advance(6_000)
    const t = checkResolved(await ctx.command('getTranscript'), 'getTranscript') as { messages?: unknown[] }
    if (!JSON.stringify(t?.messages ?? []).includes('"hi"')) {
      ctx.warn('the sent message "hi" never came back into the client transcript (getTranscript), 6 s later')
    }
  }),
  resolution(
    'sendMessage.rejected.no-message-text',
    'MUST',
    'sendMessage without text rejects',
    async (ctx) => {
      await ctx.startChat()
      const text = documentedText('sendMessage.rejected.no-message-text')
      checkRejected(await ctx.command('sendMessage', {}), 'sendMessage {}', text)
      checkRejected(await ctx.command('sendMessage', { message: '' }), "sendMessage {message: ''}", text)
    },
  ),
  resolution(
    'sendMessage.rejected.no-active-session',
    'MUST',
    'sendMessage with no chat open rejects',
    async (ctx) => {
      const s = await ctx.command('sendMessage', { message: 'hi' })
      checkRejected(s, 'sendMessage', documentedText('sendMessage.rejected.no-active-session'))
    },
  ),
  resolution(
    'sendMessage.rejected.ajax-exception',
    'MUST',
    'sendMessage rejects with the AJAX Response Object when the request fails',
    async (ctx) => {
      await ctx.startChat()
      await ctx.controller.failNext(1, 'http')
      checkAjaxResponse(
        checkRejected(await ctx.command('sendMessage', { message: 'hi' }), 'sendMessage'),
        'rejection',
        isFailureStatus,
      )
    },
  ),
  resolution(
    'sendCustomNotice.resolved',
    'MUST',
    'sendCustomNotice delivers the notice and resolves',
    async (ctx) => {
      await ctx.startChat()
      const s = await ctx.command('sendCustomNotice', { message: 'bye' })
      checkAjaxResponse(checkResolved(s, 'sendCustomNotice'), 'sendCustomNotice', isSuccessStatus)
    },
    {
      applies: needs(
        'customNotice',
        rejectsAsUnsupported('sendCustomNotice.rejected.not-supported', 'sendCustomNotice', {
          message: 'bye',
        }),
      ),
    },
  ),
  resolution(
    'sendCustomNotice.rejected.ajax-exception',
    'MUST',
    'sendCustomNotice rejects with the AJAX Response Object when the request fails',
    async (ctx) => {
      await ctx.startChat()
      await ctx.controller.failNext(1, 'http')
      const s = await ctx.command('sendCustomNotice', { message: 'bye' })
      checkAjaxResponse(checkRejected(s, 'sendCustomNotice'), 'rejection', isFailureStatus)
    },
    {
      applies: needs(
        'customNotice',
        rejectsAsUnsupported('sendCustomNotice.rejected.not-supported', 'sendCustomNotice', {
          message: 'bye',
        }),
      ),
    },
  ),
  resolution(
    'sendCustomNotice.rejected.not-supported',
    'MUST',
    'a transport without custom notices rejects sendCustomNotice with the documented text',
    rejectsAsUnsupported('sendCustomNotice.rejected.not-supported', 'sendCustomNotice', { message: 'bye' }),
    { applies: lacks('customNotice', resolvesWhenSupported('sendCustomNotice', { message: 'bye' })) },
  ),
  resolution('sendTyping.resolved', 'MUST', 'sendTyping notifies the server and resolves', async (ctx) => {
    await ctx.startChat()
    const mark = ctx.mark()
    // seed: "(AJAX Response Object)" of the successful request
    checkAjaxResponse(
      checkResolved(await ctx.command('sendTyping', { message: 'hel' }), 'sendTyping'),
      'sendTyping',
      isSuccessStatus,
    )
    checkPublished(ctx, 'clientTypingStarted', mark)
  }),
  resolution(
    'sendTyping.rejected.ajax-exception',
    'MUST',
    'sendTyping rejects with the AJAX Response Object when the request fails',
    async (ctx) => {
      await ctx.startChat()
      await ctx.controller.failNext(1, 'http')
      checkAjaxResponse(
        checkRejected(await ctx.command('sendTyping', { message: 'h' }), 'sendTyping'),
        'rejection',
        isFailureStatus,
      )
    },
  ),
  resolution(
    'sendTyping.rejected.no-active-session',
    'MUST',
    'sendTyping with no chat open rejects',
    async (ctx) => {
      checkRejected(
        await ctx.command('sendTyping'),
        'sendTyping',
        documentedText('sendTyping.rejected.no-active-session'),
      )
    },
  ),
  resolution(
    'sendFilteredMessage.resolved',
    'MUST',
    'sendFilteredMessage sends the message and hides it from the client transcript',
    async (ctx) => {
      await ctx.startChat()
      const s = await ctx.command('sendFilteredMessage', { message: 'token 12345', regex: /token \d+/ })
      checkEqual(checkResolved(s, 'sendFilteredMessage'), undefined, 'sendFilteredMessage value (n/a)')
      await ctx.advance(5_000)
      const view = await ctx.controller.inspect()
      check(
        view.clientMessages.some((m) => m.text === 'token 12345'),
        'the server did not receive the filtered message',
      )
      const transcript = checkResolved(await ctx.command('getTranscript'), 'getTranscript') as {
        messages?: unknown[]
      }
      const shown = JSON.stringify(transcript?.messages ?? [])
      check(!shown.includes('token 12345'), 'the filtered message appears in the client transcript')
    },
  ),
  resolution(
    'sendFilteredMessage.rejected.no-active-session',
    'MUST',
    'sendFilteredMessage with no chat open rejects',
    async (ctx) => {
      const s = await ctx.command('sendFilteredMessage', { message: 'x', regex: /x/ })
      checkRejected(
        s,
        'sendFilteredMessage',
        documentedText('sendFilteredMessage.rejected.no-active-session'),
      )
    },
  ),
  resolution(
    'addPrefilter.resolved',
    'MUST',
    'addPrefilter resolves with every registered prefilter',
    async (ctx) => {
      const first = checkResolved(await ctx.command('addPrefilter', { filters: /secret/ }), 'addPrefilter')
      check(Array.isArray(first), `addPrefilter value is not an array: ${typeof first}`)
      const all = checkResolved(
        await ctx.command('addPrefilter', { filters: [/a1/, /b2/] }),
        'addPrefilter (array)',
      )
      check(Array.isArray(all), 'addPrefilter value is not an array')
      const sources = (all as RegExp[]).map((r) => String(r))
      for (const f of ['/secret/', '/a1/', '/b2/'])
        check(sources.includes(f), `${f} missing from ${sources.join(', ')}`)
    },
  ),
  resolution(
    'addPrefilter.rejected.invalid-filters',
    'MUST',
    'addPrefilter with no regular expression rejects',
    async (ctx) => {
      const text = documentedText('addPrefilter.rejected.invalid-filters')
      checkRejected(await ctx.command('addPrefilter', { filters: 'secret' }), 'addPrefilter string', text)
      checkRejected(await ctx.command('addPrefilter', {}), 'addPrefilter missing', text)
    },
  ),
]
