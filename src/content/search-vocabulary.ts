/**
 * The words that find a timeline event by what the rumor ledger says about it: its statuses and
 * the topics of its claims. Each reads as its label on the pages, and a reader may also type the
 * everyday words below ("denies", "sequel", "season 2"); the index sends them once, and the
 * engine adds them to every entry that has the status or topic.
 */
import { claimTopicLabels, eventStatusLabels, ledgerStatusLabels } from './labels.ts'
import type { SearchStatus, SearchVocabulary } from './search-contract.ts'
import type { ClaimTopic } from './timeline-schemas.ts'

const statusWords: Record<SearchStatus, readonly string[]> = {
  unanswered: ['unanswered', 'no reply'],
  'no-statement': ['no comment', 'no word'],
  'under-review': ['reviewing', 'review', 'considering'],
  'in-talks': ['talks', 'talking', 'discussing', 'discussions', 'negotiating'],
  denied: ['deny', 'denies', 'denial'],
  confirmed: ['confirm', 'confirms', 'confirmation'],
  released: ['release', 'premiere', 'premiered'],
  reported: ['report', 'rumor', 'rumour', 'rumored', 'rumoured'],
  superseded: ['replaced', 'outdated'],
}

// A renewal is what fans ask about in many words: whether a sequel, a next or a second season
// will be made.
const topicWords: Record<ClaimTopic, readonly string[]> = {
  renewal: [
    'renew',
    'renewed',
    'renewing',
    'sequel',
    'season 2',
    'season 3',
    'second season',
    'third season',
    'next season',
    'future seasons',
  ],
  'production-schedule': ['production', 'schedule', 'preparations'],
  'filming-start': ['filming', 'shooting', 'film', 'shoot'],
  'episode-count': ['episodes', 'episode count'],
  scripts: ['script', 'screenplay', 'writing'],
  cast: ['actors', 'return', 'returning'],
  crew: ['director', 'directing'],
  story: ['storyline'],
}

const statusLabels: Record<SearchStatus, string> = { ...ledgerStatusLabels, ...eventStatusLabels }

function withLabels<Value extends string>(
  labels: Record<Value, string>,
  words: Record<Value, readonly string[]>,
): Record<Value, { label: string; words: string[] }> {
  const entries = (Object.keys(labels) as Value[]).map((value) => [
    value,
    { label: labels[value], words: [labels[value], ...words[value]] },
  ])
  return Object.fromEntries(entries) as Record<Value, { label: string; words: string[] }>
}

export const searchVocabulary: SearchVocabulary = {
  statuses: withLabels(statusLabels, statusWords),
  topics: withLabels(claimTopicLabels, topicWords),
}
