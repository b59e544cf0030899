/**
 * Media and share images: alt text is required (400 naming `alt`, in Japanese, nothing
 * stored); a medium used as a hero image cannot be deleted; pages read their hero image with
 * what next/image needs; the share image is a 1200×630 PNG drawn with the Japanese font
 * from @fontsource/noto-sans-jp.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { findTreatmentPage } from '@/lib/queries/treatment'
import { VISITOR } from '@/lib/queries/payload'
import { shareImageFonts } from '@/lib/seo/shareImageFonts'

import { shareImage } from '../../app/(site)/_components/ShareImage/shareImage'
import { bootPayload, closePayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTeam } from '../helpers/users'
import { createPublished, treatmentData, uniq } from './workflow-fixtures'

let payload: Payload
let team: Awaited<ReturnType<typeof createTeam>>
let png: Buffer

beforeAll(async () => {
  payload = await bootPayload()
  team = await createTeam(payload)
  png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#3a7bd5' } })
    .png()
    .toBuffer()
})
afterAll(async () => closePayload(payload))

const mediaCount = async () =>
  (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
const errors = (json: any): { path: string; message: string }[] =>
  (json?.errors ?? []).flatMap((e: any) => e.data?.errors ?? [])

function upload(fields: Record<string, unknown>) {
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(png)], { type: 'image/png' }),
    `${uniq('photo')}.png`,
  )
  form.append('_payload', JSON.stringify(fields))
  return rest('POST', '/media', { token: team.marketer.token, body: form })
}

/** PNG width and height from its IHDR chunk (bytes 16–23). */
const pngSize = (bytes: Buffer) => ({
  width: bytes.readUInt32BE(16),
  height: bytes.readUInt32BE(20),
})

describe('alt text', () => {
  it('is required: a missing or blank alt is a 400 naming alt in Japanese, and nothing is stored', async () => {
    const before = await mediaCount()
    for (const fields of [{}, { alt: '   ' }]) {
      const res = await upload(fields)
      expect(res.status).toBe(400)
      expect(errors(res.json)).toEqual([
        expect.objectContaining({
          path: 'alt',
          message: expect.stringContaining('代替テキスト（alt）は必須です'),
        }),
      ])
    }
    expect(await mediaCount()).toBe(before)
  })

  it('with alt text, the upload is stored and sharp makes the sizes (the og size is 1200×630)', async () => {
    const res = await upload({ alt: '施術室の写真' })
    expect(res.status).toBe(201)
    expect(res.json.doc.alt).toBe('施術室の写真')
    expect(res.json.doc.mimeType).toBe('image/webp')
    expect(res.json.doc.sizes.og).toMatchObject({ width: 1200, height: 630 })
    expect(res.json.doc.sizes.card.width).toBe(768)
  })
})

describe('hero images', () => {
  it('reach the treatment page with url, alt and size; a medium in use cannot be deleted until unlinked', async () => {
    const media = (await upload({ alt: '治療の説明図' })).json.doc
    const t = await createPublished(payload, 'treatments', {
      ...treatmentData('画像付きの治療'),
      heroImage: media.id,
    })

    const page = await findTreatmentPage(payload, t.slug as string, VISITOR)
    expect(page?.treatment.heroImage).toMatchObject({
      id: media.id,
      alt: '治療の説明図',
      width: 1600,
      height: 900,
      url: expect.stringMatching(/^.*\/api\/media\/file\/.+\.webp$/),
    })
    expect(page?.tags).toContain(`doc:media:${media.id}`)

    const refused = await rest('DELETE', `/media/${media.id}`, { token: team.admin.token })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.json)).toContain('治療「画像付きの治療」')
    expect(
      await payload.findByID({
        collection: 'media',
        id: media.id,
        disableErrors: true,
        overrideAccess: true,
      }),
    ).toBeTruthy()

    await payload.update({
      collection: 'treatments',
      id: t.id,
      data: { heroImage: null },
      context: { workflow: true, disableRevalidate: true },
    })
    expect((await rest('DELETE', `/media/${media.id}`, { token: team.admin.token })).status).toBe(
      200,
    )
    expect(
      await payload.findByID({
        collection: 'media',
        id: media.id,
        disableErrors: true,
        overrideAccess: true,
      }),
    ).toBeNull()
  })
})

describe('share images', () => {
  it('load only the font files that hold the characters of the text', async () => {
    const { fonts: latin } = await shareImageFonts('Hikaku')
    const { fonts: japanese, fontFamily } =
      await shareImageFonts('セクレトームとエクソソームの違い')
    expect(latin).toHaveLength(1)
    expect(japanese.length).toBeGreaterThan(1)
    expect(japanese.length).toBeLessThan(20)
    for (const font of japanese) {
      expect(font.name).toMatch(/^Noto Sans JP noto-sans-jp-.+-700-normal\.woff$/)
      expect(fontFamily).toContain(`'${font.name}'`)
      expect(Buffer.from(font.data).subarray(0, 4).toString('latin1')).toBe('wOFF')
    }
  })

  it('are 1200×630 PNGs that change with the title, every glyph from the installed font', async () => {
    // A character missing from the fonts makes next/og fetch a font from the network and log it.
    const logged: string[] = []
    const spies = (['error', 'warn', 'log'] as const).map((level) =>
      jest
        .spyOn(console, level)
        .mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))),
    )
    const a = Buffer.from(
      await (
        await shareImage({ kind: '記事', title: 'セクレトームとエクソソームの違い' })
      ).arrayBuffer(),
    )
    const b = Buffer.from(
      await (await shareImage({ kind: '記事', title: 'エクソソーム療法の安全性' })).arrayBuffer(),
    )
    expect(a.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(pngSize(a)).toEqual({ width: 1200, height: 630 })
    expect(pngSize(b)).toEqual({ width: 1200, height: 630 })
    expect(a.equals(b)).toBe(false)
    spies.forEach((spy) => spy.mockRestore())
    expect(logged.filter((line) => line.includes('font'))).toEqual([])
  })
})
