/**
 * What `npm run bench` asks of Lighthouse (tests/bench/lighthouse.ts): its default audits, the
 * mobile preset with simulated throttling (a Moto G Power on slow 4G), and the four categories the
 * targets of issue 6 name. Mobile and simulated throttling are Lighthouse's defaults; they are
 * spelled out because the targets are defined against them. The same file works with the CLI:
 * `lighthouse http://localhost:4331/ --config-path=tests/bench/lighthouse.config.ts` (under Node 24).
 */
import type { Config } from 'lighthouse'
import { screenEmulationMetrics, throttling, userAgents } from 'lighthouse/core/config/constants.js'

export const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type CategoryId = (typeof categoryIds)[number]

const config: Config = {
  extends: 'lighthouse:default',
  settings: {
    output: 'json',
    formFactor: 'mobile',
    screenEmulation: screenEmulationMetrics.mobile,
    emulatedUserAgent: userAgents.mobile,
    throttlingMethod: 'simulate',
    throttling: throttling.mobileSlow4G,
    onlyCategories: [...categoryIds],
  },
}

export default config
