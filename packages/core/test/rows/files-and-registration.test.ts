import { resolutionTexts as texts } from '@chatwire/specs/resolution-texts'
import { describe, expect, it } from 'vitest'
import type { FakeFault } from '../../src/testing/index.js'
import type { ChatMessage } from '../../src/types/chat-message.js'
import { setup } from '../harness.js'
import { createInputDouble } from '../input-double.js'

const textRow = (row: keyof typeof texts) => ({ ok: false, row, value: texts[row] })
const file = () => new File(['hello'], 'hello.txt', { type: 'text/plain' })

describe('sendFile', () => {
  it('sendFile.resolved: the first file of an <input type="file">-like object is uploaded', async () => {
    const h = setup()
    await h.start()
    const outcome = await h.service.command('sendFile', { files: { files: [file()] } })
    expect(outcome).toMatchObject({ ok: true, row: 'sendFile.resolved', value: { status: 200 } })
    await h.clock.advance(1000)
    const messages = (await h.transcript()).messages ?? []
    expect(messages.at(-1)).toMatchObject({ type: 'FileUploaded', userData: { 'file-name': 'hello.txt' } })
  })

  const refusals: [string, FakeFault][] = [
    ['sendFile.rejected.invalid-type', 'invalid-type'],
    ['sendFile.rejected.upload-limit', 'upload-limit'],
    ['sendFile.rejected.size-limit', 'size-limit'],
    ['sendFile.rejected.unknown-error', 'http'],
  ]
  for (const [row, fault] of refusals) {
    it(`${row}: the upload fails (${fault}) → the AJAX Response Object`, async () => {
      const h = setup()
      await h.start()
      h.transport.fault('uploadFile', fault)
      const outcome = await h.service.command('sendFile', { files: file() })
      expect(outcome.ok).toBe(false)
      expect(outcome.row).toBe(row)
      expect(outcome.value).toMatchObject({ status: fault === 'http' ? 500 : 400 })
    })
  }

  it('sendFile.rejected.not-supported: the transport cannot upload', async () => {
    const h = setup({ transport: { capabilities: { fileUpload: false } } })
    await h.start()
    expect(await h.service.command('sendFile', { files: file() })).toEqual(
      textRow('sendFile.rejected.not-supported'),
    )
  })

  it('sendFile.rejected.no-active-session (beyond the seed): no chat open', async () => {
    const h = setup()
    expect(await h.service.command('sendFile', { files: file() })).toEqual(
      textRow('sendFile.rejected.no-active-session'),
    )
  })
})

describe('downloadFile', () => {
  it('downloadFile.resolved: the file is fetched and handed to saveFile; n/a', async () => {
    const saved: [string, string | undefined][] = []
    const h = setup({
      service: { saveFile: (blob, name) => void blob.text().then((t) => saved.push([t, name])) },
    })
    await h.start()
    const outcome = await h.service.command('downloadFile', { fileId: '7', fileName: 'a.txt' })
    expect(outcome).toEqual({ ok: true, row: 'downloadFile.resolved', value: undefined })
    await h.clock.flush()
    expect(saved).toEqual([['content of 7', 'a.txt']])
  })

  it('downloadFile.rejected.not-supported (beyond the seed): the transport cannot download', async () => {
    const h = setup({ transport: { capabilities: { fileDownload: false } } })
    await h.start()
    expect(await h.service.command('downloadFile', { fileId: '7' })).toEqual(
      textRow('downloadFile.rejected.not-supported'),
    )
  })
})

describe('registerTypingPreviewInput', () => {
  it('registerTypingPreviewInput.resolved: input events on a text input drive sendTyping', async () => {
    const h = setup()
    await h.start()
    const input = createInputDouble('INPUT', 'text')
    const outcome = await h.service.command('registerTypingPreviewInput', { input })
    expect(outcome).toEqual({ ok: true, row: 'registerTypingPreviewInput.resolved', value: undefined })
    input.typeText('hel')
    await h.clock.flush()
    expect(h.transport.callsOf('send').map((c) => c.op)).toEqual([{ kind: 'typingStarted', text: 'hel' }])
    expect(h.names()).toContain('clientTypingStarted')
  })

  it('registerTypingPreviewInput.rejected.invalid-input: missing, not an element, or not a text input/textarea', async () => {
    const h = setup()
    for (const input of [
      undefined,
      'input',
      {},
      createInputDouble('DIV'),
      createInputDouble('INPUT', 'checkbox'),
    ]) {
      expect(await h.service.command('registerTypingPreviewInput', { input })).toEqual(
        textRow('registerTypingPreviewInput.rejected.invalid-input'),
      )
    }
    expect(
      (await h.service.command('registerTypingPreviewInput', { input: createInputDouble('TEXTAREA') })).ok,
    ).toBe(true)
    expect(
      (await h.service.command('registerTypingPreviewInput', { input: [createInputDouble('TEXTAREA')] })).ok,
    ).toBe(true)
  })
})

describe('registerPreProcessor', () => {
  it('registerPreProcessor.resolved: resolves with the function; it runs before subscribers see the message', async () => {
    const h = setup()
    const preprocessor = (message: ChatMessage) => {
      message.text = `${message.text} some preprocessing text`
      return message
    }
    const outcome = await h.service.command('registerPreProcessor', { preprocessor })
    expect(outcome).toEqual({ ok: true, row: 'registerPreProcessor.resolved', value: preprocessor })
    await h.start()
    h.server.agentSays('hi')
    await h.clock.advance(300)
    const received = h.payloadsOf('messageReceived').at(-1) as { messages: ChatMessage[] }
    expect(received.messages.at(-1)?.text).toBe('hi some preprocessing text')
  })

  it('registerPreProcessor.rejected.invalid-preprocessor: the text names the type provided', async () => {
    const h = setup()
    const template = texts['registerPreProcessor.rejected.invalid-preprocessor']
    for (const [preprocessor, type] of [
      ['x', 'string'],
      [undefined, 'undefined'],
      [{}, 'object'],
    ] as const) {
      expect(await h.service.command('registerPreProcessor', { preprocessor })).toEqual({
        ok: false,
        row: 'registerPreProcessor.rejected.invalid-preprocessor',
        value: template.replace('<DATATYPE>', type),
      })
    }
  })
})
