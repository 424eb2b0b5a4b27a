/**
 * A person page's opening sentence, as a Wikipedia article's first: the name with its other
 * spellings, the profession the articles agree on, and what the person did on the show. The page
 * cites it once (decision 019), so it names only facts every article that gives them agrees on.
 */
import type { PersonBody } from '@/content/api-contract'
import { isAgreed } from '@/content/variants'
import { crewJobLabels } from '@/content/labels'
import { showTitle } from '@/config/show'
import { joinWords, lowerFirst } from '@/lib/english'

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${lowerFirst(noun)}`
}

/** The facts the opening sentence states, for its one citation. */
export function openingFacts(person: PersonBody) {
  return [
    person.name,
    ...(person.honorific ? [person.honorific] : []),
    ...person.nameVariants,
    ...(person.profession && isAgreed(person.profession) ? person.profession : []),
    ...person.roles.flatMap((role) => (role.character.length === 1 ? role.character : [])),
    ...person.crewJobs,
  ]
}

export function openingSentence(
  person: PersonBody,
  heading: string,
  charactersBySlug: ReadonlyMap<string, string>,
): string {
  const variants = person.nameVariants.map((variant) => variant.value)
  const [profession] = person.profession && isAgreed(person.profession) ? person.profession : []
  const parts = person.roles.flatMap((role) => (role.character.length === 1 ? role.character : []))
  const played = parts.map((part) => charactersBySlug.get(part.value) ?? part.value)
  const jobs = person.crewJobs.map((job) => lowerFirst(crewJobLabels[job.value]))
  const show = `${showTitle} (2025)`
  const credits = [
    played.length > 0 ? `plays ${joinWords(played)} in ${show}` : null,
    person.roles.length > played.length ? `is in the cast of ${show}` : null,
    jobs.length > 0
      ? `is credited on ${played.length > 0 ? 'it' : show}: ${joinWords(jobs)}`
      : null,
  ].filter((credit) => credit !== null)
  return [
    heading,
    variants.length > 0 ? ` (also written ${joinWords(variants, 'or')})` : '',
    profession ? `, ${withArticle(profession.value)},` : '',
    credits.length > 0 ? ` ${joinWords(credits)}.` : ` is named in the articles about ${show}.`,
  ].join('')
}

/**
 * What the articles disagree on, said after the cited sentence as a Wikipedia lede sums up a
 * dispute; the values below cite each side. Empty when they agree.
 */
export function disputeSentence(person: PersonBody): string {
  const disputes = [
    person.profession && !isAgreed(person.profession) ? 'the profession' : null,
    person.roles.some((role) => role.character.length > 1) ? 'which character is played' : null,
    person.roles.some((role) => role.billing && role.billing.length > 1)
      ? 'how the part is billed'
      : null,
  ].filter((dispute) => dispute !== null)
  return disputes.length > 0 ? `The articles disagree on ${joinWords(disputes)}.` : ''
}
