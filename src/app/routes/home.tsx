import { Link } from 'react-router'
import { sections } from '../sections'

export default function HomeRoute() {
  return (
    <>
      <title>The Trauma Code wiki · Heroes on Call fan wiki</title>
      <meta
        name="description"
        content="Fan wiki for the Netflix medical drama The Trauma Code: Heroes on Call: characters, cast and crew, the webtoon it adapts and every season 2 and 3 rumor, each fact cited."
      />
      <h1>The Trauma Code: Heroes on Call</h1>
      <p className="lede">
        A fan wiki for Netflix’s 2025 medical drama: its characters, cast and crew, the web novel
        and webtoon it comes from, and every report about seasons 2 and 3. Every fact cites the news
        article it comes from.
      </p>
      <nav aria-label="Wiki sections">
        <ul className="section-links">
          {sections
            .filter((section) => section.path !== '/')
            .map((section) => (
              <li key={section.path}>
                <Link to={section.path}>{section.label}</Link>
              </li>
            ))}
        </ul>
      </nav>
    </>
  )
}
