import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Noto Sans JP Bold from the npm registry (@fontsource/noto-sans-jp) for the share images.
 * The package splits the font into ~120 files by Unicode range, as its 700.css lists them;
 * an image loads only the files that hold the characters of its text (a title needs a handful,
 * not the 5 MB of the whole font). next/og (satori) reads WOFF, not WOFF2.
 * The files are read from node_modules at run time; next.config.ts ships them with the
 * standalone build (outputFileTracingIncludes), whose server runs in .next/standalone.
 */
const FONT_DIR = path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans-jp')
export const SHARE_FONT_FAMILY = 'Noto Sans JP'

type Subset = { file: string; ranges: [number, number][] }

let subsets: Promise<Subset[]> | undefined
const files = new Map<string, Promise<ArrayBuffer>>()

function parseSubsets(css: string): Subset[] {
  const out: Subset[] = []
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+?\.woff)\) format\('woff'\)/.exec(block)?.[1]
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1]
    if (!file || !range) continue
    const ranges = range.split(',').map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)]
    })
    out.push({ file, ranges })
  }
  return out
}

const readSubsets = () =>
  (subsets ??= readFile(path.join(FONT_DIR, '700.css'), 'utf8').then(parseSubsets))

const readFont = (file: string) =>
  files.get(file) ??
  files
    .set(
      file,
      readFile(path.join(FONT_DIR, 'files', file)).then(
        (b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
      ),
    )
    .get(file)!

/**
 * The font files (as next/og `fonts`) that cover every character of `text`, and the CSS
 * font-family that uses them. Each file is its own family: next/og picks, per character,
 * the first family of the list that has it (same-named fonts do not fall back to each other).
 */
export async function shareImageFonts(text: string) {
  const all = await readSubsets()
  const needed = new Set<Subset>()
  for (const char of new Set(text)) {
    const code = char.codePointAt(0)!
    const subset = all.find((s) => s.ranges.some(([from, to]) => code >= from && code <= to))
    if (subset) needed.add(subset)
  }
  const fonts = await Promise.all(
    [...needed].map(async (s) => ({
      name: `${SHARE_FONT_FAMILY} ${s.file}`,
      data: await readFont(s.file),
      weight: 700 as const,
      style: 'normal' as const,
    })),
  )
  return { fonts, fontFamily: fonts.map((f) => `'${f.name}'`).join(', ') }
}
