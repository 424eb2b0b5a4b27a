/** The wiki's sections, in header order. */
export const sections = [
  { path: '/', label: 'Home' },
  { path: '/characters', label: 'Characters' },
  { path: '/people', label: 'Cast & crew' },
  { path: '/origin', label: 'Origin' },
  { path: '/timeline', label: 'Rumor timeline' },
  { path: '/sources', label: 'Sources' },
] as const
