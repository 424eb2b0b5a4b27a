/** One page per kind of route, from the route table, with the module that renders it and its data. */
import { pageRoutesWithDetails } from '../../src/app/route-table.ts'

export const benchRoutes = pageRoutesWithDetails().map((route) => ({
  route: `/${route.pattern ?? ''}`,
  path: route.sample.path,
  module: route.module,
  data: route.sample.data,
}))
