/**
 * The search index the real fixtures make, with its plot texts as a reader who reveals plot has
 * it: what the search engine's tests search.
 */
import { apiRoutes } from '@/content/api-contract'
import { withPlotTexts } from '@/features/search/search-engine'
import { fixtureDocuments } from '@/testing/fixture-documents'

const index = apiRoutes.searchIndex.schema.parse(fixtureDocuments.get(apiRoutes.searchIndex.path()))
const plot = apiRoutes.searchPlot.schema.parse(fixtureDocuments.get(apiRoutes.searchPlot.path()))
export const withPlot = withPlotTexts(index, plot)
