/** One page per kind of route, with the module that renders it and the data its loader reads. */
export const benchRoutes = [
  { route: '/', path: '/', module: 'home', data: ['series.json', 'timeline.json'] },
  { route: '/characters', path: '/characters', module: 'characters', data: ['characters.json'] },
  {
    route: '/characters/:slug',
    path: '/characters/baek-kang-hyuk',
    module: 'character',
    data: ['characters/baek-kang-hyuk.json'],
  },
  { route: '/people', path: '/people', module: 'people', data: ['people.json'] },
  {
    route: '/people/:slug',
    path: '/people/ju-ji-hoon',
    module: 'person',
    data: ['people/ju-ji-hoon.json'],
  },
  { route: '/origin', path: '/origin', module: 'origin', data: ['origin.json'] },
  { route: '/timeline', path: '/timeline', module: 'timeline', data: ['timeline.json'] },
  { route: '/sources', path: '/sources', module: 'sources', data: ['sources.json'] },
  {
    route: '/sources/:id',
    path: '/sources/netflix-reviewing-sequel',
    module: 'source',
    data: ['sources/netflix-reviewing-sequel.json'],
  },
  {
    route: '/disagreements',
    path: '/disagreements',
    module: 'disagreements',
    data: ['disagreements.json'],
  },
] as const
