import { parseJson } from '../parse-json.js'

/**
 * The "AJAX Response Object" of the WebChatService documentation: the jqXHR fields integrators read.
 * Every transport builds one for every wire call, successful or not, so resolutions and rejections
 * that the seed documents as "(AJAX Response Object)" carry the same fields on every transport.
 */
export interface AjaxResponse {
  /** HTTP status; 0 when the request never got a response (network failure, abort, timeout). */
  readonly status: number
  /** HTTP status text, or 'timeout' / 'abort' / 'error' when there was no response. */
  readonly statusText: string
  /** The raw response body ('' when there was none). */
  readonly responseText: string
  /** The parsed JSON body, or undefined when the body was not JSON. */
  readonly responseJSON: unknown
}

/** Builds an AjaxResponse; `responseJSON` is parsed from `responseText` when not given. */
export function ajaxResponse(
  status: number,
  statusText: string,
  responseText = '',
  responseJSON: unknown = parseJson(responseText),
): AjaxResponse {
  return { status, statusText, responseText, responseJSON }
}
