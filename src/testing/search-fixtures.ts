/**
 * The API documents built from the real fixtures, and the search index with its plot texts as a
 * reader who reveals plot has it: what the search engine's tests search.
 */
import { apiRoutes } from '@/content/api-contract'
import { createApiDocuments } from '@/content/api-documents'
import { validateFixtureFiles } from '@/content/validate-content'
import { withPlotTexts } from '@/features/search/search-engine'
import { fixtureFiles } from '@/testing/mocks/fixture-files'

const validated = validateFixtureFiles(fixtureFiles)
if (!validated.ok) throw new Error('fixtures must be valid for the search tests')
export const documents = createApiDocuments(validated.content)
const index = apiRoutes.searchIndex.schema.parse(documents.get(apiRoutes.searchIndex.path()))
const plot = apiRoutes.searchPlot.schema.parse(documents.get(apiRoutes.searchPlot.path()))
export const withPlot = withPlotTexts(index, plot)
