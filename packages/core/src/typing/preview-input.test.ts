import { describe, expect, expectTypeOf, it } from 'vitest'
import { createInputDouble } from '../../test/input-double.js'
import { asPreviewInput, createPreviewInputWatcher, type PreviewInputElement } from './preview-input.js'

describe('preview input', () => {
  it('a real DOM text input and textarea fit the element interface', () => {
    expectTypeOf<HTMLInputElement>().toMatchTypeOf<PreviewInputElement>()
    expectTypeOf<HTMLTextAreaElement>().toMatchTypeOf<PreviewInputElement>()
  })

  it('accepts text inputs and textareas (also wrapped jQuery-style), nothing else', () => {
    const text = createInputDouble('input', 'text')
    expect(asPreviewInput(text)).toBe(text)
    expect(asPreviewInput(createInputDouble('INPUT'))).toBeDefined()
    expect(asPreviewInput({ 0: text, length: 1 })).toBe(text)
    expect(asPreviewInput(createInputDouble('INPUT', 'password'))).toBeUndefined()
    expect(asPreviewInput(createInputDouble('SELECT'))).toBeUndefined()
    expect(asPreviewInput({ tagName: 'INPUT', value: '' })).toBeUndefined()
  })

  it('watches one element at a time and releases its listener', () => {
    const seen: string[] = []
    const watcher = createPreviewInputWatcher((value) => seen.push(value))
    const a = createInputDouble('TEXTAREA')
    const b = createInputDouble('TEXTAREA')
    watcher.watch(a)
    a.typeText('x')
    watcher.watch(b)
    a.typeText('y')
    b.typeText('z')
    expect(seen).toEqual(['x', 'z'])
    expect(a.listenerCount()).toBe(0)
    watcher.release()
    expect(b.listenerCount()).toBe(0)
  })
})
