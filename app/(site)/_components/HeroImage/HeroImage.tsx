import Image from 'next/image'

import { populated } from '@/lib/domain'
import type { PageImage } from '@/lib/queries/shared'

/** Media are served by this app (/api/media/file/…): next/image treats them as local images. */
const localPath = (url: string) => new URL(url, 'http://local').pathname

/**
 * The page's hero image through next/image: resized by sharp to the width the browser needs,
 * in AVIF or WebP, with its alt text (required on every medium). The first image on the
 * page, so it is preloaded.
 */
export function HeroImage({ image }: { image: number | PageImage | null | undefined }) {
  const media = populated(image)
  if (!media?.url || !media.width || !media.height) return null
  return (
    <figure className="hero-image">
      <Image
        src={localPath(media.url)}
        alt={media.alt}
        width={media.width}
        height={media.height}
        sizes="(max-width: 800px) 100vw, 800px"
        preload
      />
    </figure>
  )
}
