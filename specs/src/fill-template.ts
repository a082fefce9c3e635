/**
 * Fills the <NAME> placeholders of a template text (e.g. registerPreProcessor's
 * "… Type provided was '<DATATYPE>'."). Placeholders without a value are left as they are.
 */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/<([A-Za-z]+)>/g, (marker, name: string) => values[name] ?? marker)
}
