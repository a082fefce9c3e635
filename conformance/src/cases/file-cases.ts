import {
  check,
  checkAjaxResponse,
  checkEqual,
  checkRejected,
  checkResolved,
  isSuccessStatus,
} from '../check.js'
import type { CaseContext, ConformanceCase } from '../conformance-case.js'
import { documentedText, lacks, needs, rejectsAsUnsupported, resolution } from './case-helpers.js'

const TEN_MB = 10 * 1024 * 1024

/** The 8-byte PNG signature + an IHDR start: an image every server accepts by type (v3 takes images only). */
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]

function file(name: string, bytes: number | string, type = 'text/plain'): File {
  const body = typeof bytes === 'string' ? bytes : new Uint8Array(bytes)
  return new File([body], name, { type })
}

function png(name: string, size = PNG.length): File {
  const bytes = new Uint8Array(size)
  bytes.set(PNG.slice(0, size))
  return new File([bytes], name, { type: 'image/png' })
}

/** `{files}` as an `<input type=file>` element exposes it. */
const input = (...files: File[]) => ({ files: { files } })

const unsupported = rejectsAsUnsupported('sendFile.rejected.not-supported', 'sendFile', input(png('a.png')))

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
      const s = await ctx.command('sendFile', input(png('photo.png')))
      checkAjaxResponse(checkResolved(s, 'sendFile'), 'sendFile', isSuccessStatus)
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
      let accepted = 0
      let last = await ctx.command('sendFile', input(png('f0.png')))
      for (let i = 1; i < 12 && last.status === 'resolved'; i++) {
        accepted++
        last = await ctx.command('sendFile', input(png(`f${i}.png`)))
      }
      check(accepted > 0, 'the first upload was refused: the limit under test was never reached')
      checkAjaxResponse(checkRejected(last, 'sendFile past the upload limit'), 'sendFile rejection')
      ctx.note(`${accepted} upload(s) accepted before the refusal`)
    },
    { applies: needs('fileUpload', unsupported) },
  ),
  resolution(
    'sendFile.rejected.size-limit',
    'MUST',
    'sendFile of a file over the size limit rejects with the AJAX Response Object',
    async (ctx) => {
      await chatWithAgent(ctx)
      const s = await ctx.command('sendFile', input(png('big.png', TEN_MB + 1)))
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
      const s = await ctx.command('sendFile', input(png('photo.png')))
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
        const s = await ctx.command('sendFile', input(png('photo.png')))
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
      checkEqual(checkResolved(s, 'downloadFile'), undefined, 'downloadFile value (n/a)')
    },
    {
      applies: needs('fileDownload', async (ctx) => {
        await ctx.startChat()
        const s = await ctx.command('downloadFile', { fileId: '1' })
        const text = documentedText('downloadFile.rejected.not-supported')
        checkRejected(s, 'downloadFile on a transport without downloads', text)
        ctx.note(`downloadFile rejected with the documented ${JSON.stringify(text)}`)
      }),
    },
  ),
]
