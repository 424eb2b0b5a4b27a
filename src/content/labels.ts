/**
 * Reader-facing names of enum values, shared by the pages and by the documents built here (the
 * search index), so both say the same thing.
 */
import type { CrewJob } from './schemas.ts'
import type { TimelineKind } from './timeline-schemas.ts'

export const timelineKindLabels: Record<TimelineKind, string> = {
  release: 'Release',
  interview: 'Interview',
  remark: 'Remark',
  report: 'Press report',
  'official-statement': 'Official statement',
  'status-note': 'Status note',
}

export const crewJobLabels: Record<CrewJob, string> = {
  director: 'Director',
  screenwriter: 'Screenwriter',
  'original-author': 'Original author (web novel and webtoon)',
  'webtoon-collaborator': 'Webtoon co-serialization',
}
