// The HTML report in a real browser: Debian's chromium driven by playwright-core (never Playwright's own browser
// download). Screenshots go to test-artifacts/browser/ (gitignored; CI keeps the folder as an artifact);
// `UPDATE=1 npx vitest run tests/browser` also rewrites the README's docs/report.png.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const BIN = join(ROOT, 'bin/article-inspect.js')
// Relative to ROOT (where the reports are built), so pages and screenshots show the paths a user would type.
const SEED = 'fixtures/seed-adg-north-korea.txt'
const OTHER = 'fixtures/polnear-wapo-dateline.txt'
const ARTIFACTS = join(ROOT, 'test-artifacts/browser')
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic']
const HOSTILE = 'Hacked <script>alert(1)</script> headline\n\n"<img src=x onerror=alert(2)>," said Mallory <svg onload=alert(3)>.\n\nPlain <b>bold</b> & <iframe src="javascript:alert(4)"></iframe> text.\n'

function findChromium(): string | null {
  const r = spawnSync('which', ['chromium'], { encoding: 'utf8' })
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null
}

const CHROMIUM = findChromium()
if (!CHROMIUM) {
  console.warn('SKIPPED tests/browser/report.test.ts: `which chromium` found no browser. Install Debian\'s package (apt-get install -y chromium) to run the real-browser tests of the HTML report.')
}

/** A page with everything it reports: console errors, uncaught errors, dialogs, and requests leaving the file. */
interface Watched {
  page: Page
  errors: string[]
  dialogs: string[]
  requests: string[]
}

describe.skipIf(!CHROMIUM)('the HTML report in Chromium', () => {
  let tmp: string
  let context: BrowserContext
  const pages: Record<string, string> = {}

  const report = (name: string, files: string[]) => {
    const out = join(tmp, `${name}.html`)
    const r = spawnSync('node', [BIN, 'report', ...files, '-o', out], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    pages[name] = pathToFileURL(out).href
  }

  async function open(name: string): Promise<Watched> {
    const page = await context.newPage()
    const w: Watched = { page, errors: [], dialogs: [], requests: [] }
    page.on('console', (m) => void (m.type() === 'error' && w.errors.push(m.text())))
    page.on('pageerror', (e) => void w.errors.push(e.message))
    page.on('dialog', (d) => {
      w.dialogs.push(d.message())
      void d.dismiss()
    })
    page.on('request', (r) => void (r.url() !== pages[name] && w.requests.push(r.url())))
    await page.goto(pages[name], { waitUntil: 'load' })
    return w
  }

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'ai-browser-'))
    mkdirSync(ARTIFACTS, { recursive: true })
    writeFileSync(join(tmp, 'hostile.txt'), HOSTILE)
    report('seed', [SEED])
    report('hostile', [join(tmp, 'hostile.txt')])
    report('corpus', [SEED, OTHER])
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ai-chromium-profile-')), {
      executablePath: CHROMIUM!,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
    })
  }, 120_000)

  afterAll(async () => {
    await context?.close()
    if (tmp) rmSync(tmp, { recursive: true, force: true })
  })

  /** The quotes (marks) whose tooltip names `speaker`, with their computed highlight. */
  const marksOf = (page: Page, speaker: string) =>
    page.$$eval('mark.q', (marks, who) => marks.filter((m) => m.querySelector('.tip b')?.textContent === who).map((m) => {
      const s = getComputedStyle(m)
      const copy = m.cloneNode(true) as HTMLElement
      copy.querySelectorAll('.badge, .tip').forEach((e) => e.remove())
      return { text: copy.textContent ?? '', quote: m.getAttribute('aria-describedby')!.split('-')[1], background: s.backgroundColor, line: s.textDecorationStyle, lineColor: s.textDecorationColor }
    }), speaker)

  it('highlights the Tillerson quotes, all in one colour that is his alone', async () => {
    const { page, errors } = await open('seed')
    const tillerson = await marksOf(page, 'Rex Tillerson')
    expect(tillerson.length).toBeGreaterThanOrEqual(2)
    expect(tillerson.map((m) => m.text).join(' ')).toContain('We must increase the costs')
    expect(tillerson.map((m) => m.text).join(' ')).toContain('North Korea\'s willingness to launch missiles')
    expect(new Set(tillerson.map((m) => `${m.background} ${m.line} ${m.lineColor}`)).size).toBe(1)
    expect(tillerson[0].background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/)
    const kang = await marksOf(page, 'Kang Kyung-wha')
    expect(kang.length).toBeGreaterThanOrEqual(1)
    expect(kang[0].background).not.toBe(tillerson[0].background)
    expect(kang[0].line).not.toBe(tillerson[0].line)
    await page.screenshot({ path: join(ARTIFACTS, 'seed-report.png'), fullPage: true })
    expect(errors).toEqual([])
  })

  it('lists Rex Tillerson in the speaker sidebar with his count', async () => {
    const { page } = await open('seed')
    const quotes = new Set((await marksOf(page, 'Rex Tillerson')).map((m) => m.quote)).size
    const item = page.locator('aside .speakers li', { hasText: 'Rex Tillerson' })
    await expect(item.count()).resolves.toBe(1)
    expect(await item.locator('.count').textContent()).toBe(`${quotes} quotes`)
    expect(await item.locator('.share').textContent()).toMatch(/^\d+% of quoted words$/)
    expect(await page.locator('aside .speakers li').first().textContent()).toContain('Rex Tillerson')
  })

  it('reveals the speaker on hover and on keyboard focus; Escape hides it', async () => {
    const { page } = await open('seed')
    const quote = page.locator('mark.q', { hasText: 'We must increase the costs' })
    const tip = quote.locator('.tip')
    expect(await tip.isVisible()).toBe(false)
    await quote.hover()
    await expect.poll(() => tip.isVisible()).toBe(true)
    expect(await tip.innerText()).toMatch(/^Rex Tillerson\nSecretary of State/)
    const id = await quote.getAttribute('aria-describedby')
    expect(await tip.getAttribute('id')).toBe(id)
    await page.screenshot({ path: join(ARTIFACTS, 'seed-report-hover.png') })
    if (process.env.UPDATE) await page.screenshot({ path: join(ROOT, 'docs/report.png'), clip: { x: 0, y: 0, width: 1280, height: 900 } })
    await page.mouse.move(0, 0)
    await expect.poll(() => tip.isVisible()).toBe(false)

    for (let i = 0; i < 60 && !(await quote.evaluate((m) => m === document.activeElement)); i++) await page.keyboard.press('Tab')
    expect(await quote.evaluate((m) => m === document.activeElement)).toBe(true)
    await expect.poll(() => tip.isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => tip.isVisible()).toBe(false)
  })

  it('fades the other speakers when one is selected in the sidebar', async () => {
    const { page, errors } = await open('seed')
    const button = page.locator('aside .speaker-filter', { hasText: 'Rex Tillerson' })
    await button.click()
    expect(await button.getAttribute('aria-pressed')).toBe('true')
    expect(await page.locator('mark.q.faded', { hasText: 'We must increase' }).count()).toBe(0)
    expect(await page.locator('mark.q.faded').count()).toBeGreaterThan(0)
    await button.click()
    expect(await page.locator('mark.q.faded').count()).toBe(0)
    await page.locator('.toggle-ents').check()
    expect(await page.locator('article.marks-on').count()).toBe(1)
    expect(errors).toEqual([])
  })

  it('runs no script from the article, and shows its markup as text', async () => {
    const w = await open('hostile')
    await w.page.waitForTimeout(500)
    expect(w.dialogs).toEqual([])
    expect(w.errors).toEqual([])
    expect(w.requests).toEqual([])
    expect(await w.page.locator('script').count()).toBe(1)
    expect(await w.page.locator('main img, main svg, main iframe, main b:not(.tip b)').count()).toBe(0)
    const text = await w.page.locator('main').innerText()
    expect(text).toContain('Hacked <script>alert(1)</script> headline')
    expect(text).toContain('<iframe src="javascript:alert(4)"></iframe>')
    await w.page.screenshot({ path: join(ARTIFACTS, 'hostile-report.png'), fullPage: true })
  })

  it('loads nothing from outside and logs no errors', async () => {
    for (const name of ['seed', 'corpus']) {
      const w = await open(name)
      await w.page.waitForTimeout(300)
      expect(w.errors, name).toEqual([])
      expect(w.requests, name).toEqual([])
    }
  })

  it('indexes several articles, charts the most-quoted speakers, and links to each article', async () => {
    const { page, errors } = await open('corpus')
    expect(await page.locator('table tbody tr').count()).toBe(2)
    const chart = await page.locator('.chart li').allInnerTexts()
    expect(chart.length).toBeGreaterThan(2)
    expect(chart.join('\n')).toMatch(/Rex Tillerson\n\d+ quotes in 1 article/)
    const counts = chart.map((t) => Number(/(\d+) quotes? in/.exec(t)![1]))
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    await page.locator('table tbody tr').nth(1).locator('a').click()
    expect(page.url()).toMatch(/#a2$/)
    await page.screenshot({ path: join(ARTIFACTS, 'corpus-report.png') })
    expect(errors).toEqual([])
  })

  it('prints without tooltips or controls', async () => {
    const { page } = await open('seed')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.toolbar').first().isVisible()).toBe(false)
    const quote = page.locator('mark.q', { hasText: 'We must increase the costs' })
    await quote.focus()
    expect(await quote.locator('.tip').isVisible()).toBe(false)
    expect(await quote.locator('.badge').isVisible()).toBe(true)
    await page.pdf({ path: join(ARTIFACTS, 'seed-report.pdf') })
  })
})
