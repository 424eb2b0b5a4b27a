/**
 * A fixture file, and a problem found in one: each names the file and the JSON path, so a
 * contributor can jump straight to it. Shared by the validator and everything that reports it.
 */
export type FixtureFile = {
  /** Path from the repository root, with forward slashes, e.g. src/fixtures/characters/x.json */
  path: string
  text: string
}

export type JsonPath = readonly PropertyKey[]

export type ContentProblem = {
  file: string
  path: JsonPath
  message: string
}

/** `$.roles[0].character[1].value`, the notation editors and jq understand. */
export function formatJsonPath(path: JsonPath): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`
    const name = String(key)
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${text}.${name}` : `${text}[${JSON.stringify(name)}]`
  }, '$')
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${formatJsonPath(problem.path)}: ${problem.message}`
}

/**
 * A schema problem in words a contributor acts on. zod reports a missing field as a type mismatch
 * ("expected string, received undefined"); say "missing" and name the field instead.
 */
export function schemaIssueMessage(issue: {
  code: string
  path: JsonPath
  message: string
}): string {
  const field = issue.path.at(-1)
  if (issue.code === 'invalid_type' && issue.message.endsWith(' received undefined')) {
    return typeof field === 'string'
      ? `missing: "${field}" is required here`
      : 'missing: an entry is required here'
  }
  return issue.message
}
