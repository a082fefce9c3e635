import type { CallOptions, SessionData, TransportResult } from '@chatwire/core'
import { buildAttachmentRequest } from '../client/build-requests.js'
import { readAttachmentReply } from '../client/read-replies.js'
import { callNexus } from './call-nexus.js'
import { withSession } from './nexus-session.js'
import type { NexusV3TransportOptions } from './nexus-v3-transport.js'

/**
 * GET an attachment `content[i].url` of session `session` with the auth headers (§3 E6), with the options
 * the transport was created with; the attachment bytes, or the failure its reply is. Not the seed's
 * downloadFile: v3 has none (capabilities.fileDownload = false), so the core never calls it and it is no
 * transport method; an integrator who renders images imports it.
 */
export function downloadAttachment(
  options: NexusV3TransportOptions,
  session: SessionData,
  url: string,
  o?: CallOptions,
): Promise<TransportResult<Blob>> {
  const ctx = { ...options.transport, operationId: options.operationId }
  return withSession(session, (s) =>
    callNexus(options, buildAttachmentRequest(ctx, s, url), readAttachmentReply, o, (blob) => blob, {
      binary: true,
    }),
  )
}
