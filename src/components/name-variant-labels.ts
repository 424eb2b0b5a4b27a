import type { NameVariant } from '@/content/fact-schemas'

/** How a name variant relates to the main name, in words. */
export const nameVariantKindLabels: Record<NameVariant['kind'], string> = {
  romanization: 'other romanization',
  spelling: 'other spelling',
  'pen-name': 'pen name',
  'real-name': 'real name',
  'short-form': 'short form',
}
