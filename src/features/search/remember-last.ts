/**
 * `find`, remembering its last answer: asked again with the same key, it answers without finding.
 * Search asks for the entries a query's whole words match once per keystroke, and they stay the
 * same while the reader types the last word.
 */
export function rememberLast<Answer>(find: (key: string) => Answer): (key: string) => Answer {
  let last: { key: string; answer: Answer } | undefined
  return (key) => {
    if (last?.key !== key) last = { key, answer: find(key) }
    return last.answer
  }
}
