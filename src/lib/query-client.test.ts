import { describe, expect, it, vi } from 'vitest'
import { ApiError } from './api-client'
import { createQueryClient, ensureRouteData } from './query-client'

function failingThen<Data>(errors: ApiError[], data: Data) {
  return vi.fn(() => {
    const error = errors.shift()
    return error ? Promise.reject(error) : Promise.resolve(data)
  })
}

const networkError = () => new ApiError('network', '/api/x.json', 'offline')

describe('route data retries', () => {
  it('retries a network error with growing waits, then succeeds', async () => {
    vi.useFakeTimers()
    const queryFn = failingThen([networkError(), networkError()], 'data')
    const loading = ensureRouteData(createQueryClient(), { queryKey: ['x'], queryFn })
    await vi.advanceTimersByTimeAsync(499)
    expect(queryFn).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(queryFn).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(999)
    expect(queryFn).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(1)
    await expect(loading).resolves.toBe('data')
    expect(queryFn).toHaveBeenCalledTimes(3)
    vi.useRealTimers()
  })

  it('gives up after three retries of a network error', async () => {
    vi.useFakeTimers()
    const queryFn = failingThen(Array.from({ length: 5 }, networkError), 'data')
    const loading = ensureRouteData(createQueryClient(), { queryKey: ['x'], queryFn })
    const outcome = expect(loading).rejects.toMatchObject({ kind: 'network' })
    await vi.advanceTimersByTimeAsync(10_000)
    await outcome
    expect(queryFn).toHaveBeenCalledTimes(4)
    vi.useRealTimers()
  })

  it.each([
    ['a 404', new ApiError('not-found', '/api/x.json', 'missing', { status: 404 })],
    ['invalid data', new ApiError('invalid-data', '/api/x.json', 'bad')],
  ])('never retries %s', async (_, error) => {
    const queryFn = failingThen([error], 'data')
    await expect(ensureRouteData(createQueryClient(), { queryKey: ['x'], queryFn })).rejects.toBe(
      error,
    )
    expect(queryFn).toHaveBeenCalledTimes(1)
  })
})
