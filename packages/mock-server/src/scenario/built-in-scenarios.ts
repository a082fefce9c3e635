import type { Scenario } from './scenario.js'

/** The friendly default: a bot greets, Ava joins after 2 s, types, echoes, leaves after 10 messages. */
const demo: Scenario = {
  name: 'demo',
  description:
    'A bot greets, then agent Ava joins after 2 s, types before each answer and echoes; a supervisor looks in.',
  agents: [
    {
      name: 'Chatwire Bot',
      type: 'Bot',
      joinAfterMs: 0,
      greeting: ['Hi! I am the chatwire bot. An agent will be with you shortly.'],
      leaveAfterMs: 1500,
    },
    {
      name: 'Ava',
      joinAfterMs: 2000,
      greeting: ['Hello, this is Ava. How can I help you today?'],
      replies: [{ match: '^(bye|goodbye)\\b', reply: 'Goodbye, and thanks for chatting!' }],
      echo: 'You said: ',
      replyDelayMs: 300,
      typingMs: 800,
      leaveAfterMessages: 10,
      farewell: 'I have to go now. Thanks for chatting with chatwire!',
      endChatOnLeave: true,
    },
    { name: 'Sam', type: 'Supervisor', joinAfterMs: 30_000, leaveAfterMs: 30_000 },
  ],
  typingTimeoutMs: 10_000,
  idle: { alertAfterMs: 10 * 60_000, closeAfterMs: 2 * 60_000 },
}

/** An agent that joins at once and echoes every message with no delay: for tests and quick checks. */
const echo: Scenario = {
  name: 'echo',
  description: 'Agent Echo joins at once and echoes every message immediately.',
  agents: [{ name: 'Echo', joinAfterMs: 0, echo: true }],
  typingTimeoutMs: 10_000,
}

/** Nobody answers: drive the agent side by hand (admin API, console, code). */
const silent: Scenario = {
  name: 'silent',
  description: 'No scripted agent; join, say and end through the admin API or the console.',
  agents: [],
  typingTimeoutMs: 10_000,
}

export const builtInScenarios: Readonly<Record<string, Scenario>> = { demo, echo, silent }
