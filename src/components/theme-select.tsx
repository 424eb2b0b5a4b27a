import { useId } from 'react'
import { type ThemeChoice, applyThemeChoice, useThemeChoice } from '@/lib/theme'
import './theme-select.css'

const choices: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]

export function ThemeSelect() {
  const id = useId()
  const choice = useThemeChoice()
  return (
    <div className="theme-select">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => {
          const next = choices.find((option) => option.value === event.target.value)?.value
          if (!next) return
          applyThemeChoice(next)
        }}
      >
        {choices.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
