import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import './styles/global.css'

async function start() {
  if (import.meta.env.DEV) {
    const { enableMocking } = await import('@/testing/mocks/browser')
    await enableMocking()
  }
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start()
