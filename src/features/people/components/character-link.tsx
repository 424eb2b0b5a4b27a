import { Link } from 'react-router'
import { paths } from '@/config/paths'

/** A link to a character's page, named as the API names them. */
export function CharacterLink({
  slug,
  charactersBySlug,
}: {
  slug: string
  charactersBySlug: ReadonlyMap<string, string>
}) {
  return <Link to={paths.character(slug)}>{charactersBySlug.get(slug) ?? slug}</Link>
}
