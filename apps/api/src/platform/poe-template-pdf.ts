import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import type { PoeTemplateDocument, PoeTemplateField } from "@openpor/domain"
import PDFDocument from "pdfkit"

/**
 * The POE template as a PDF (pdfkit, decision record 017). The text uses DejaVu Sans, embedded and
 * subset by pdfkit, so every letter of the five languages (ő, ř, å, ß …) prints; the 14 standard PDF
 * fonts only know Windows-1252.
 */

const require = createRequire(import.meta.url)

let fonts: { readonly regular: Buffer; readonly bold: Buffer } | undefined
/** The two font files, read on the first template (about 1.4 MB; never at start). */
const loadFonts = () => {
  if (fonts === undefined) {
    const dir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf")
    fonts = {
      regular: readFileSync(join(dir, "DejaVuSans.ttf")),
      bold: readFileSync(join(dir, "DejaVuSans-Bold.ttf"))
    }
  }
  return fonts
}

const MARGIN = 56
const LABEL_WIDTH = 140
const GAP = 10
const INK = "#1a1a1a"
const MUTED = "#555555"
const RULE = "#8a8a8a"

/** Renders the document; resolves with the PDF's bytes. */
export const renderPoeTemplatePdf = (template: PoeTemplateDocument, createdAt: Date): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const { regular, bold } = loadFonts()
    const doc = new PDFDocument({
      size: "A4",
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      lang: template.language,
      displayTitle: true,
      info: {
        Title: `${template.title} – ${template.subtitle}`,
        Subject: template.title,
        Creator: "OpenPOR",
        Producer: "OpenPOR",
        CreationDate: createdAt
      }
    })
    const chunks: Array<Buffer> = []
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on("error", reject)
    doc.registerFont("regular", regular)
    doc.registerFont("bold", bold)

    const left = MARGIN
    const width = doc.page.width - 2 * MARGIN
    const bottom = () => doc.page.height - MARGIN
    /** Starts a new page when `height` does not fit on this one. */
    const room = (height: number) => {
      if (doc.y + height > bottom()) doc.addPage()
    }
    const rule = (x: number, y: number, length: number) =>
      doc
        .moveTo(x, y)
        .lineTo(x + length, y)
        .lineWidth(0.6)
        .strokeColor(RULE)
        .stroke()

    const heading = (text: string) => {
      room(60)
      doc.moveDown(0.8).font("bold").fontSize(13).fillColor(INK).text(text, left, doc.y, { width })
      rule(left, doc.y + 2, width)
      doc.moveDown(0.5)
    }

    /** A label and its value side by side; an empty value gets a line to write on. */
    const field = (f: PoeTemplateField, tall = false) => {
      const valueWidth = width - LABEL_WIDTH - GAP
      doc.font("regular").fontSize(10)
      const valueHeight = f.value === "" ? 0 : doc.heightOfString(f.value, { width: valueWidth })
      const height = Math.max(tall ? 34 : 18, valueHeight + 6)
      room(height)
      const y = doc.y
      doc.font("bold").fontSize(9.5).fillColor(MUTED).text(f.label, left, y, { width: LABEL_WIDTH })
      if (f.value !== "") {
        doc
          .font("regular")
          .fontSize(10)
          .fillColor(INK)
          .text(f.value, left + LABEL_WIDTH + GAP, y, {
            width: valueWidth
          })
      } else {
        rule(left + LABEL_WIDTH + GAP, y + height - 6, valueWidth)
      }
      doc.x = left
      doc.y = y + height
    }

    doc.font("bold").fontSize(20).fillColor(INK).text(template.title, left, MARGIN, { width })
    doc.font("regular").fontSize(12).text(template.subtitle, { width })
    doc.moveDown(0.5).fontSize(9.5).fillColor(MUTED).text(template.intro, { width })

    for (const section of template.sections) {
      heading(section.heading)
      for (const f of section.fields) field(f)
      for (const p of section.paragraphs) {
        doc.font("regular").fontSize(10)
        room(doc.heightOfString(p, { width }) + 8)
        doc.fillColor(INK).text(p, left, doc.y, { width, align: "left" })
        doc.moveDown(0.6)
      }
      section.blanks.forEach((label, i) => {
        // The description gets three lines; the dates one each.
        const lines = i === 0 ? 3 : 1
        room(18 + lines * 22)
        doc.font("bold").fontSize(9.5).fillColor(MUTED).text(label, left, doc.y, { width })
        for (let line = 0; line < lines; line++) rule(left, doc.y + 18 + line * 22, width)
        doc.y += 10 + lines * 22
      })
    }

    heading(template.signatures.heading)
    for (const party of template.signatures.parties) {
      room(150)
      doc.font("bold").fontSize(11).fillColor(INK).text(party.heading, left, doc.y, { width })
      doc.moveDown(0.4)
      party.fields.forEach((f, i) => {
        field(f, i === party.fields.length - 1)
      })
      doc.moveDown(1)
    }

    room(30)
    doc.moveDown(1).font("regular").fontSize(8).fillColor(MUTED).text(template.footer, left, doc.y, { width })
    doc.end()
  })
