import { serializeJsonLd } from '@/lib/seo/jsonLd'

/** Structured data for search engines (not executed: type application/ld+json). */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  )
}
