import { spawnSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'

const repositoryRoot = path.resolve(import.meta.dirname, '../../..')
const cli = path.join(repositoryRoot, 'src/content/node/validate-cli.ts')
let workspace: string

beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'trauma-code-validate-'))
  await cp(path.join(repositoryRoot, 'src/fixtures'), path.join(workspace, 'src/fixtures'), {
    recursive: true,
  })
})
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true })
})

function runValidate(articleCopies?: string) {
  const { ARTICLE_COPIES: _named, ...environment } = process.env
  const run = spawnSync(process.execPath, [cli], {
    cwd: workspace,
    encoding: 'utf8',
    env:
      articleCopies === undefined ? environment : { ...environment, ARTICLE_COPIES: articleCopies },
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

async function editFixture(relative: string, edit: (json: Record<string, unknown>) => void) {
  const file = path.join(workspace, 'src/fixtures', relative)
  const json = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
  edit(json)
  await writeFile(file, JSON.stringify(json, null, 2))
}

it('npm run validate passes on the committed fixtures', () => {
  const run = runValidate()
  expect(run.stderr).toBe('')
  expect(run.stdout).toMatch(/^Content is valid: \d+ files \(1 series, 1 origin, \d+ characters/)
  expect(run.status).toBe(0)
})

it('npm run validate says excerpts were not checked when there are no article copies, and passes', () => {
  const run = runValidate()
  expect(run.stdout.trim().split('\n').at(-1)).toBe(
    `Excerpts not checked: no article copies at ${path.resolve(workspace, '../shared/seeds')} (set ARTICLE_COPIES to their folder).`,
  )
  expect(run.status).toBe(0)
})

it('npm run validate fails when ARTICLE_COPIES names a folder that is not there', () => {
  const run = runValidate('no-such-folder')
  expect(run.stderr.trim()).toBe(
    `ARTICLE_COPIES is "no-such-folder", but there is no folder ${path.join(workspace, 'no-such-folder')}`,
  )
  expect(run.status).toBe(1)
})

it('npm run validate prints every problem as file: JSON path: message and exits 1', async () => {
  await editFixture('characters/cheon-jang-mi.json', (json) => {
    json.group = 42
  })
  await editFixture('people/ha-young.json', (json) => {
    json.name = {
      value: 'Ha Young',
      sources: ['made-up-article'],
      evidence: { 'made-up-article': 'Ha Young' },
    }
  })
  await editFixture('timeline/2025-01-24-premiere.json', (json) => {
    json.people = ['ju-ji-hun']
    json.date = { value: '2025-01-32', precision: 'day' }
  })
  const run = runValidate()
  expect(run.status).toBe(1)
  expect(run.stderr.trim().split('\n')).toEqual([
    'src/fixtures/characters/cheon-jang-mi.json: $.group: Invalid option: expected one of "trauma-team"|"hospital"|"government"|"other"',
    'src/fixtures/timeline/2025-01-24-premiere.json: $.date.value: "2025-01-32" is not a real date written as YYYY-MM-DD (precision "day")',
    'src/fixtures/people/ha-young.json: $.name.sources[0]: unknown source "made-up-article": no file src/fixtures/sources/made-up-article.json',
    '',
    '3 problems in the content. See CONTRIBUTING.md.',
  ])
})

/**
 * Stand-in article copies: each source's copy is every excerpt that cites it, so the committed
 * fixtures pass without the real articles (which are not in the repository).
 */
async function writeArticleCopies(): Promise<string> {
  const fixtures = path.join(workspace, 'src/fixtures')
  const excerpts = new Map<string, string[]>()
  const seedFiles = new Map<string, string>()
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(collect)
      return
    }
    if (value === null || typeof value !== 'object') return
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'evidence') collect(child)
      else {
        for (const [id, excerpt] of Object.entries(child as Record<string, string>)) {
          excerpts.set(id, [...(excerpts.get(id) ?? []), excerpt])
        }
      }
    }
  }
  for (const entry of await readdir(fixtures, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue
    const json = JSON.parse(await readFile(path.join(entry.parentPath, entry.name), 'utf8')) as {
      id?: string
      seedFile?: string
    }
    if (json.id && json.seedFile) seedFiles.set(json.id, json.seedFile)
    collect(json)
  }
  const folder = path.join(workspace, 'copies')
  await mkdir(folder)
  for (const [id, seedFile] of seedFiles) {
    await writeFile(path.join(folder, seedFile), (excerpts.get(id) ?? []).join('\n\n'))
  }
  return folder
}

it('npm run validate finds every excerpt in the article copies and says where they were', async () => {
  const copies = await writeArticleCopies()
  const run = runValidate(copies)
  expect(run.stderr).toBe('')
  expect(run.stdout.trim().split('\n').at(-1)).toMatch(
    new RegExp(`^Excerpts checked: \\d+ against the article copies in ${copies}\\.$`),
  )
  expect(run.status).toBe(0)
})

it('npm run validate fails on an excerpt with one letter changed, naming the file, path and closest passage', async () => {
  const copies = await writeArticleCopies()
  await editFixture('characters/doo-jin-tae.json', (json) => {
    json.name = {
      value: 'Doo Jin-tae',
      sources: ['seasons-2-3-report-and-awards'],
      evidence: {
        'seasons-2-3-report-and-awards':
          'head of the trauma team Doo Jin-tai (Yoon Kyung-ho) join him.',
      },
    }
  })
  const run = runValidate(copies)
  expect(run.stderr.trim().split('\n')).toEqual([
    'src/fixtures/characters/doo-jin-tae.json: $.name.evidence["seasons-2-3-report-and-awards"]: not found in 004_5a1ba244aa08e2cc.txt (spaces, quote marks and dashes aside); closest passage (1 character differs): "head of the trauma team Doo Jin-tae (Yoon Kyung-ho) join him."',
    '',
    `Excerpts were checked against the article copies in ${copies}.`,
    '1 problem in the content. See CONTRIBUTING.md.',
  ])
  expect(run.status).toBe(1)
})
