/**
 * The API documents the real fixtures make, built once for the tests that read them as the app is
 * served them (the search index, an entity's page with a field changed).
 */
import { createApiDocuments } from '@/content/api-documents'
import { formatProblem } from '@/content/content-problems'
import { validateFixtureFiles } from '@/content/validate-content'
import { fixtureFiles } from '@/testing/mocks/fixture-files'

const validated = validateFixtureFiles(fixtureFiles)
if (!validated.ok) throw new Error(validated.problems.map(formatProblem).join('\n'))
export const fixtureDocuments = createApiDocuments(validated.content)
