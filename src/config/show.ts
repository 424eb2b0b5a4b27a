/** The show the wiki is about, as the pages' own sentences name it. */
export const showTitle = 'The Trauma Code: Heroes on Call'
