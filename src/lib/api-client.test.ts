import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { server } from '@/testing/mocks/server'
import { ApiError, fetchJson } from './api-client'

const url = '/api/test-resource.json'
const schema = z.object({ name: z.string() })

async function failure(): Promise<ApiError> {
  const error = await fetchJson(url, schema).then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('fetchJson', () => {
  it('returns the parsed body', async () => {
    server.use(http.get(url, () => HttpResponse.json({ name: 'Baek Kang-hyuk' })))
    await expect(fetchJson(url, schema)).resolves.toEqual({ name: 'Baek Kang-hyuk' })
  })

  it('turns a 404 into a not-found error that is not worth retrying', async () => {
    server.use(http.get(url, () => HttpResponse.json({ message: 'Not found' }, { status: 404 })))
    const error = await failure()
    expect(error).toMatchObject({ kind: 'not-found', url, isTransient: false })
  })

  it('turns a server error into an http error that may be retried', async () => {
    server.use(http.get(url, () => new HttpResponse(null, { status: 503 })))
    expect(await failure()).toMatchObject({
      kind: 'http',
      isTransient: true,
      details: { status: 503 },
    })
  })

  it('turns a failed connection into a network error', async () => {
    server.use(http.get(url, () => HttpResponse.error()))
    expect(await failure()).toMatchObject({ kind: 'network', isTransient: true })
  })

  it('turns a body that is not JSON into invalid data', async () => {
    server.use(http.get(url, () => HttpResponse.text('<html>')))
    expect(await failure()).toMatchObject({ kind: 'invalid-data', isTransient: false })
  })

  it('turns a body that breaks the schema into invalid data, naming the JSON path', async () => {
    server.use(http.get(url, () => HttpResponse.json({ name: 7 })))
    const error = await failure()
    expect(error.kind).toBe('invalid-data')
    expect(error.details.issues).toEqual([
      '$.name: Invalid input: expected string, received number',
    ])
  })

  it('checks the body against a schema that is still loading when the request goes out', async () => {
    server.use(http.get(url, () => HttpResponse.json({ name: 7 })))
    const loading = new Promise<typeof schema>((resolve) => setTimeout(() => resolve(schema), 10))
    const error = await fetchJson(url, loading).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ kind: 'invalid-data', isTransient: false })
  })

  it('reports a failed connection even if the schema never loads', async () => {
    server.use(http.get(url, () => HttpResponse.error()))
    const neverLoads = Promise.reject(new Error('chunk failed'))
    const error = await fetchJson(url, neverLoads).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ kind: 'network' })
  })
})
