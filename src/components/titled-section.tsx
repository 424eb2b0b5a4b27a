import { type ReactNode, useId } from 'react'

/**
 * A part of a page under its own heading, which names the section for assistive technology. The
 * id that ties the two is the component's own: nothing else needs it.
 */
export function TitledSection({
  title,
  className,
  children,
}: {
  title: ReactNode
  className?: string
  children: ReactNode
}) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  )
}

export type ListSectionProps<Item> = {
  title: ReactNode
  items: readonly Item[]
  className?: string
  listClassName?: string
  /** An `ol`, for lists whose order means something (dates); a `ul` otherwise. */
  ordered?: boolean
  /** Each item as a keyed `<li>`. */
  children: (item: Item, position: number) => ReactNode
}

/**
 * A titled section holding a list, left out of the page when there is nothing to list, so no
 * heading stands over an empty list.
 */
export function ListSection<Item>({
  title,
  items,
  className,
  listClassName,
  ordered = false,
  children: renderItem,
}: ListSectionProps<Item>) {
  if (items.length === 0) return null
  const List = ordered ? 'ol' : 'ul'
  return (
    <TitledSection title={title} className={className}>
      <List className={listClassName}>
        {items.map((item, position) => renderItem(item, position))}
      </List>
    </TitledSection>
  )
}
