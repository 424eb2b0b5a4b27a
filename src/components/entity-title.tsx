import type { ReactNode } from 'react'
import type { EntityImage } from '@/content/fact-schemas'
import { Monogram, type MonogramTone } from './monogram'

/** A contributor's freely licensed image, with its credit, licence and source. */
function CreditedImage({ image }: { image: EntityImage }) {
  return (
    <figure className="entity-image">
      <img src={image.file} alt={image.alt} loading="lazy" decoding="async" />
      <figcaption>
        Image: {image.credit}, {image.licence} (
        <a href={image.source} rel="noopener noreferrer">
          source
        </a>
        )
      </figcaption>
    </figure>
  )
}

/**
 * A detail page's heading (`children`, the h1) with its art: the entity's image and credit when
 * its file has one, else its monogram.
 */
export function EntityTitle({
  name,
  tone,
  image,
  children,
}: {
  name: string
  tone: MonogramTone
  image: EntityImage | undefined
  children: ReactNode
}) {
  return (
    <>
      <div className="entity-title">
        {image ? null : <Monogram name={name} tone={tone} large />}
        {children}
      </div>
      {image ? <CreditedImage image={image} /> : null}
    </>
  )
}
