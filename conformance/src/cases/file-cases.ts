import { checkAjaxResponse, checkRejected, checkResolved } from '../check.js'
import type { CaseContext, ConformanceCase } from '../conformance-case.js'
import { documentedText, lacks, needs, rejectsAsUnsupported, resolution } from './case-helpers.js'

const TEN_MB = 10 * 1024 * 1024

function file(name: string, bytes: number | string, type = 'text/plain'): File {
  const body = typeof bytes === 'string' ? bytes : new Uint8Array(bytes)
  return new File([body], name, { type })
}

/** `{files}` as an `<input type=file>` element exposes it. */
const input = (...files: File[]) => ({ files: { files } })

const unsupported = rejectsAsUnsupported(
  'sendFile.rejected.not-supported',
  'sendFile',
  input(file('a.txt', 'a')),
)

async function chatWithAgent(ctx: CaseContext): Promise<void> {
  await ctx.startChat()
  await ctx.controller.agentJoin()
  await ctx.advance(2_000)
}

/** sendFile and downloadFile rows (limits: the server's; the mock server's defaults allow 5 files of ≤ 10 MB). */
export const fileCases: readonly ConformanceCase[] = [
  resolution(
    'sendFile.resolved',
    'MUST',
    'sendFile uploads a file of a valid type and size',
    async (ctx) => {
      await chatWithAgent(ctx)
      const s = await ctx.command('sendFile', input(file('notes.txt', 'hello file')))
      checkAjaxResponse(checkResolved(s, 'sendFile'), 'sendFile', (x) => x >= 200 && x < 300)
    },
    { applies: needs('fileUpload', unsupported) },
  ),
  resolution(
    'sendFile.rejected.invalid-type',
    'MUST',
    'sendFile of a type the server refuses rejects with the AJAX Response Object',
    async (ctx) => {
      await chatWithAgent(ctx)
      const s = await ctx.command('sendFile', input(file('tool.exe', 'MZ', 'application/octet-stream')))
      checkAjaxResponse(checkRejected(s, 'sendFile'), 'sendFile rejection')
    },
    { applies: needs('fileUpload', unsupported) },
  ),
  resolution(
    'sendFile.rejected.upload-limit',
    'MUST',
    'sendFile beyond the allowed number of uploads rejects with the AJAX Response Object',
    async (ctx) => {
      await chatWithAgent(ctx)
      let last = await ctx.command('sendFile', input(file('f0.txt', 'x')))
      for (let i = 1; i < 12 && last.status === 'resolved'; i++) {
        last = await ctx.command('sendFile', input(file(`f${i}.txt`, 'x')))
      }
      checkAjaxResponse(checkRejected(last, 'sendFile past the upload limit'), 'sendFile rejection')
    },
    { applies: needs('fileUpload', unsupported) },
  ),
  resolution(
    'sendFile.rejected.size-limit',
    'MUST',
    'sendFile of a file over the size limit rejects with the AJAX Response Object',
    async (ctx) => {
      await chatWithAgent(ctx)
      const s = await ctx.command('sendFile', input(file('big.txt', TEN_MB + 1)))
      checkAjaxResponse(checkRejected(s, 'sendFile'), 'sendFile rejection')
    },
    { applies: needs('fileUpload', unsupported) },
  ),
  resolution(
    'sendFile.rejected.unknown-error',
    'MUST',
    'sendFile rejects with the AJAX Response Object when the upload fails for another reason',
    async (ctx) => {
      await chatWithAgent(ctx)
      await ctx.controller.failNext(1, 'http')
      const s = await ctx.command('sendFile', input(file('notes.txt', 'x')))
      checkAjaxResponse(checkRejected(s, 'sendFile'), 'sendFile rejection')
    },
    { applies: needs('fileUpload', unsupported) },
  ),
  resolution(
    'sendFile.rejected.not-supported',
    'MUST',
    'a transport without uploads rejects sendFile with the documented text',
    unsupported,
    {
      applies: lacks('fileUpload', async (ctx) => {
        await chatWithAgent(ctx)
        const s = await ctx.command('sendFile', input(file('notes.txt', 'x')))
        if (s.status === 'rejected') {
          checkAjaxResponse(s.value, 'a supported upload may only fail with the AJAX Response Object')
        }
        ctx.note(`sendFile ${s.status} (never with "${documentedText('sendFile.rejected.not-supported')}")`)
      }),
    },
  ),
  resolution(
    'downloadFile.resolved',
    'MUST',
    'downloadFile fetches a file the agent sent',
    async (ctx) => {
      await chatWithAgent(ctx)
      const send = ctx.controller.agentSendFile
      if (send === undefined) throw new Error('the target controller has no agentSendFile')
      const fileId = await send.call(ctx.controller, 'report.txt', new TextEncoder().encode('report'))
      await ctx.advance(5_000)
      const s = await ctx.command('downloadFile', { fileId, fileName: 'report.txt' })
      checkResolved(s, 'downloadFile')
    },
    {
      applies: needs('fileDownload', async (ctx) => {
        await ctx.startChat()
        const s = await ctx.command('downloadFile', { fileId: '1' })
        checkRejected(s, 'downloadFile on a transport without downloads')
        ctx.note(`downloadFile rejected with ${JSON.stringify(s.value)}`)
      }),
    },
  ),
]
