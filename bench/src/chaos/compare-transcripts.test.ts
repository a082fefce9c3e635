import { describe, expect, it } from 'vitest'
import { checkIntended, compareTranscripts, type EventKeyParts } from './compare-transcripts.js'

const msg = (text: string, who = 'Agent'): EventKeyParts => ({
  type: 'Message',
  from: { type: who, name: who === 'Agent' ? 'Ava' : 'Carla' },
  text,
})
const joined: EventKeyParts = { type: 'ParticipantJoined', from: { type: 'Client', name: 'Carla' } }

describe('compareTranscripts', () => {
  it('finds equal transcripts equal', () => {
    const s = [joined, msg('a'), msg('b', 'Client')]
    expect(compareTranscripts(s, s)).toMatchObject({ equal: true, lost: 0, duplicated: 0, outOfOrder: 0 })
  })

  it('counts a lost event', () => {
    const r = compareTranscripts([joined, msg('a')], [joined, msg('a'), msg('b')])
    expect(r).toMatchObject({ equal: false, lost: 1, duplicated: 0 })
    expect(r.differences[0]).toContain('lost 1× Message|Agent:Ava|b')
  })

  it('counts a duplicated delivery', () => {
    const r = compareTranscripts([joined, msg('a'), msg('a')], [joined, msg('a')])
    expect(r).toMatchObject({ equal: false, duplicated: 1, lost: 0, extra: 0 })
  })

  it('counts an event the server does not have as extra', () => {
    expect(compareTranscripts([msg('x')], [])).toMatchObject({ equal: false, extra: 1 })
  })

  it('counts positions out of order when nothing is lost or repeated', () => {
    const r = compareTranscripts([msg('b'), msg('a')], [msg('a'), msg('b')])
    expect(r).toMatchObject({ equal: false, outOfOrder: 2, lost: 0, duplicated: 0 })
  })

  it('tells a client message from an agent message with the same text', () => {
    expect(compareTranscripts([msg('hi', 'Client')], [msg('hi')]).equal).toBe(false)
  })
})

describe('checkIntended', () => {
  it('accepts each intended text once, in order, among others', () => {
    expect(checkIntended(['a', 'b'], ['x', 'a', 'y', 'b'])).toEqual({
      missing: 0,
      repeated: 0,
      ordered: true,
    })
  })

  it('reports missing, repeated and reordered texts', () => {
    expect(checkIntended(['a', 'b', 'c'], ['b', 'a', 'a'])).toEqual({
      missing: 1,
      repeated: 1,
      ordered: false,
    })
  })
})
