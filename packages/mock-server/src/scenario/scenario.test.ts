import { describe, expect, it } from 'vitest'
import { builtInScenarios } from './built-in-scenarios.js'
import { parseScenario } from './scenario.js'

describe('parseScenario', () => {
  it('accepts every built-in scenario (they are data in the documented format)', () => {
    for (const s of Object.values(builtInScenarios))
      expect(parseScenario(JSON.parse(JSON.stringify(s))).ok).toBe(true)
  })

  it('names what is wrong', () => {
    const r = parseScenario({
      name: 'x',
      agents: [{ name: 'A', type: 'Robot', replies: [{ match: '(', reply: 'x' }] }],
      extra: 1,
    })
    expect(r.ok).toBe(false)
    const text = r.ok ? '' : r.issues.join('\n')
    expect(text).toContain('agents.0.type')
    expect(text).toContain('agents.0.replies.0.match')
    expect(text).toMatch(/extra|root/)
  })
})
