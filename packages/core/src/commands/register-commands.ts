import { type Outcome, rejected, resolved } from '../rows/outcome.js'
import { rowText } from '../rows/row-text.js'
import type { ServiceRuntime } from '../service-runtime.js'
import type { Preprocessor } from '../types/chat-message.js'
import type { CommandOptions } from '../types/command-types.js'
import { asPreviewInput } from '../typing/preview-input.js'

export function registerPreProcessor(
  runtime: ServiceRuntime,
  options: CommandOptions['registerPreProcessor'],
): Outcome<'registerPreProcessor'> {
  const preprocessor = options?.preprocessor
  if (typeof preprocessor !== 'function') {
    const text = rowText('registerPreProcessor.rejected.invalid-preprocessor')
    return rejected('invalid-preprocessor', text.replace('<DATATYPE>', typeof preprocessor))
  }
  runtime.preprocessors.push(preprocessor as Preprocessor)
  return resolved(preprocessor as Preprocessor)
}

/** registerTypingPreviewInput: a text input or textarea whose input events drive sendTyping. */
export function registerTypingPreviewInput(
  runtime: ServiceRuntime,
  options: CommandOptions['registerTypingPreviewInput'],
): Outcome<'registerTypingPreviewInput'> {
  const input = asPreviewInput(options?.input)
  if (!input) return rejected('invalid-input')
  runtime.previewInput.watch(input)
  return resolved()
}
