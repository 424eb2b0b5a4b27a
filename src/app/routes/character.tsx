// Placeholder until the page is written: shows the not-found page rather than a broken route.
import { NotFoundPage } from './not-found-page'

export default NotFoundPage
