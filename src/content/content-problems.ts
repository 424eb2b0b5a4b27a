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
