import { HttpResponse, http, type RequestHandler } from 'msw'
import type { MockChatServer } from './mock-chat-server.js'
import { DroppedReply } from './protocols/server-context.js'

/**
 * msw 2 handlers that hand every request under `baseUrl` to the mock server's fetch handler.
 * A reply dropped by fault injection becomes msw's network error.
 */
export function mswHandlersFor(server: Pick<MockChatServer, 'fetch'>, baseUrl: string): RequestHandler[] {
  const base = baseUrl.replace(/\/+$/, '')
  return [
    http.all(`${base}/*`, async ({ request }) => {
      try {
        return await server.fetch(request)
      } catch (error) {
        if (error instanceof DroppedReply) return HttpResponse.error()
        throw error // a bug: msw answers 500
      }
    }),
  ]
}
