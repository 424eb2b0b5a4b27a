const siteName = 'The Trauma Code wiki'

/**
 * The page's <title> and <meta name="description">, and the same two for link previews (Open
 * Graph), which React hoists into <head>, in the browser and in the prerendered HTML alike. Titles read "Page · Section · The Trauma Code wiki"; leave `title` out
 * on the home page, whose title leads with the site's name.
 */
export function PageHead({
  title,
  section,
  description,
}: {
  title?: string
  section?: string
  description?: string
}) {
  const fullTitle =
    title === undefined
      ? `${siteName} · Heroes on Call fan wiki`
      : [title, section, siteName].filter((part) => part !== undefined).join(' · ')
  return (
    <>
      <title>{fullTitle}</title>
      <meta property="og:title" content={fullTitle} />
      {description === undefined ? null : (
        <>
          <meta name="description" content={description} />
          <meta property="og:description" content={description} />
        </>
      )}
    </>
  )
}
