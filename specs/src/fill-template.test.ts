import { describe, expect, it } from 'vitest'
import { resolution } from './catalog.js'
import { fillTemplate } from './fill-template.js'

describe('fillTemplate', () => {
  it('fills the registerPreProcessor rejection', () => {
    const row = resolution('registerPreProcessor.rejected.invalid-preprocessor')
    if (row.value.kind !== 'text') throw new Error('text row expected')
    expect(row.value.placeholders).toEqual(['DATATYPE'])
    expect(fillTemplate(row.value.text, { DATATYPE: 'number' })).toBe(
      "No preprocessor function provided. Type provided was 'number'.",
    )
  })

  it('leaves unknown placeholders and other text alone', () => {
    expect(fillTemplate('a <X> b <Y> <not-a-marker>', { X: '1' })).toBe('a 1 b <Y> <not-a-marker>')
  })
})
