import type { ChatSession } from '../model/chat-session.js'
import type { ModelEvent } from '../model/model-event.js'
import type { Participant } from '../model/participant.js'
import type { AgentScript, Scenario } from './scenario.js'

interface ScriptedParty {
  readonly script: AgentScript
  readonly slot: number
  participant: Participant | undefined
  answered: number
  pending: number
}

/**
 * Runs a scenario's scripted parties on the session's clock: joins, greetings, typing, answers, leaving.
 * Every timer is armed on the session, so ending the session disarms them all.
 */
export class AgentRunner {
  private readonly parties = new WeakMap<ChatSession, ScriptedParty[]>()

  constructor(private scenario: Scenario) {}

  setScenario(scenario: Scenario): void {
    this.scenario = scenario
  }

  /** Called once, when the session is created. */
  start(session: ChatSession): void {
    const parties = this.scenario.agents.map((script, slot) => ({
      script,
      slot,
      participant: undefined,
      answered: 0,
      pending: 0,
    }))
    if (parties.length === 0) return
    this.parties.set(session, parties)
    for (const party of parties) {
      const at = party.script.joinAfterMs
      if (at === undefined) continue
      if (at === 0) this.join(session, party)
      else session.arm(`agent:${party.slot}:join`, at, () => this.join(session, party))
    }
  }

  /** Called for every appended event: scripted parties answer client messages. */
  onEvent(session: ChatSession, event: ModelEvent): void {
    if (event.type !== 'Message' || event.from.type !== 'Client') return
    const parties = this.parties.get(session)
    if (parties === undefined) return
    for (const party of parties) {
      const answer =
        party.participant?.connected === true ? answerFor(party.script, event.text ?? '') : undefined
      if (answer !== undefined) this.scheduleAnswer(session, party, answer, event.seq)
    }
  }

  private join(session: ChatSession, party: ScriptedParty): void {
    const p = session.join(party.script.name, party.script.type ?? 'Agent')
    if (p === undefined) return
    party.participant = p
    for (const line of party.script.greeting ?? []) session.append('Message', p, { text: line })
    const after = party.script.leaveAfterMs
    if (after !== undefined) session.arm(`agent:${party.slot}:leave`, after, () => this.leave(session, party))
  }

  private scheduleAnswer(session: ChatSession, party: ScriptedParty, text: string, seq: number): void {
    const p = party.participant as Participant
    const { replyDelayMs = 0, typingMs = 0 } = party.script
    party.pending++
    const say = (): void => {
      party.pending--
      if (!p.connected) return
      if (typingMs > 0) session.stopTyping(p, true)
      session.append('Message', p, { text })
      party.answered++
      const limit = party.script.leaveAfterMessages
      if (limit !== undefined && party.answered >= limit && party.pending === 0) this.leave(session, party)
    }
    const type = (): void => {
      if (!p.connected) return
      session.startTyping(p, undefined, 0)
      session.arm(`agent:${party.slot}:say:${seq}`, typingMs, say)
    }
    const first = typingMs > 0 ? type : say
    if (replyDelayMs === 0 && typingMs === 0) say()
    else if (replyDelayMs === 0) first()
    else session.arm(`agent:${party.slot}:think:${seq}`, replyDelayMs, first)
  }

  private leave(session: ChatSession, party: ScriptedParty): void {
    const p = party.participant
    if (p === undefined || !p.connected) return
    if (party.script.farewell !== undefined) session.append('Message', p, { text: party.script.farewell })
    if (party.script.endChatOnLeave === true) session.end()
    else session.leave(p)
  }
}

function answerFor(script: AgentScript, text: string): string | undefined {
  for (const r of script.replies ?? []) {
    if (new RegExp(r.match, 'i').test(text)) return r.reply
  }
  if (script.echo === true) return text
  if (typeof script.echo === 'string') return `${script.echo}${text}`
  return undefined
}
