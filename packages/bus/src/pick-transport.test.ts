import { describe, expect, it } from 'vitest'
import { INVALID_TRANSPORT, pickTransport } from './pick-transport.js'

describe('pickTransport', () => {
  it('reads the v2 form (dataURL, no transport section)', () => {
    expect(pickTransport({ dataURL: 'http://h/genesys/2/chat/customer-support', apikey: 'k' })).toEqual({
      ok: true,
      protocol: 'gms-v2',
    })
  })

  it('reads the v3 form (transport.type pureengage-v3-rest), even with a dataURL left at the top', () => {
    const v3 = {
      dataURL: 'x',
      transport: { type: 'pureengage-v3-rest', dataURL: 'http://h/nexus/v3/chat/sessions' },
    }
    expect(pickTransport(v3)).toEqual({ ok: true, protocol: 'nexus-v3' })
  })

  it('names the option that is wrong', () => {
    expect(pickTransport(undefined)).toMatchObject({ ok: false, option: 'webchat' })
    expect(pickTransport([])).toMatchObject({ ok: false, option: 'webchat' })
    expect(pickTransport({ transport: { type: 'cometd' } })).toEqual({
      ok: false,
      option: 'transport.type',
      message: INVALID_TRANSPORT,
    })
    expect(pickTransport({ transport: 'pureengage-v3-rest' })).toMatchObject({ option: 'transport.type' })
    expect(pickTransport({ transport: { type: 'pureengage-v3-rest' } })).toMatchObject({
      option: 'transport.dataURL',
    })
    expect(pickTransport({ dataURL: '' })).toMatchObject({ ok: false, option: 'dataURL' })
    expect(pickTransport({ userData: {} })).toMatchObject({ ok: false, option: 'dataURL' })
  })
})
