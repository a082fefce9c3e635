import { fillTemplate } from '@chatwire/specs'
import { check, checkEqual, checkRejected, checkResolved } from '../check.js'
import type { ConformanceCase } from '../conformance-case.js'
import { documentedText, fakeTextInput, resolution } from './case-helpers.js'

/** registerTypingPreviewInput and registerPreProcessor rows. */
export const registrationCases: readonly ConformanceCase[] = [
  resolution(
    'registerTypingPreviewInput.resolved',
    'MUST',
    'registerTypingPreviewInput accepts a text input',
    async (ctx) => {
      const s = await ctx.command('registerTypingPreviewInput', { input: fakeTextInput() })
      checkEqual(checkResolved(s, 'registerTypingPreviewInput'), undefined, 'value (n/a)')
    },
  ),
  resolution(
    'registerTypingPreviewInput.rejected.invalid-input',
    'MUST',
    'registerTypingPreviewInput without a text input rejects',
    async (ctx) => {
      const text = documentedText('registerTypingPreviewInput.rejected.invalid-input')
      checkRejected(await ctx.command('registerTypingPreviewInput', { input: 42 }), 'input: 42', text)
      const button = { ...fakeTextInput(), tagName: 'BUTTON', type: 'submit' }
      checkRejected(
        await ctx.command('registerTypingPreviewInput', { input: button }),
        'input: a button',
        text,
      )
    },
  ),
  resolution(
    'registerPreProcessor.resolved',
    'MUST',
    'registerPreProcessor resolves with the function, which then sees every message first',
    async (ctx) => {
      const preprocessor = (message: { text?: string }) => {
        if (typeof message.text === 'string') message.text = `${message.text} [pre]`
        return message
      }
      const s = await ctx.command('registerPreProcessor', { preprocessor })
      check(
        checkResolved(s, 'registerPreProcessor') === preprocessor,
        'the value is not the registered function',
      )
      await ctx.startChat()
      await ctx.controller.agentJoin()
      const mark = ctx.mark()
      await ctx.controller.agentSay('raw')
      await ctx.advance(6_000)
      const seen = JSON.stringify(ctx.eventsSince(mark).filter((e) => e.name === 'messageReceived'))
      check(
        seen.includes('raw [pre]'),
        `messageReceived does not carry the preprocessed text: ${seen.slice(0, 300)}`,
      )
    },
  ),
  resolution(
    'registerPreProcessor.rejected.invalid-preprocessor',
    'MUST',
    'registerPreProcessor without a function rejects, naming the type given',
    async (ctx) => {
      const template = documentedText('registerPreProcessor.rejected.invalid-preprocessor')
      check(template.includes('<DATATYPE>'), `the catalog text has no <DATATYPE> placeholder: ${template}`)
      const s = await ctx.command('registerPreProcessor', { preprocessor: 'not a function' })
      checkRejected(s, 'registerPreProcessor', fillTemplate(template, { DATATYPE: 'string' }))
    },
  ),
]
