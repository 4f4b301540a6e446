// A small flowing layout over pdf-lib: titled blocks of wrapped text on A4 pages, with DejaVu
// Sans embedded (it has every Kazakh letter: ә ғ қ ң ө ұ ү һ і), and a QR code drawn as vector
// squares. The font comes from the dejavu-fonts-ttf npm package, so every machine has it.
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { qrMatrix } from "./qr";

export type Block =
  | { kind: "title" | "subtitle" | "heading" | "text" | "small"; text: string }
  | { kind: "item"; text: string; marker?: string }
  | { kind: "space" };

export interface PdfDocumentSpec {
  title: string;
  /** document metadata: the author shown by viewers */
  author: string;
  blocks: Block[];
  qr?: { text: string; caption: string };
}

const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

function loadFonts() {
  fonts ??= Promise.all([readFile(path.join(FONT_DIR, "DejaVuSans.ttf")), readFile(path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))]).then(
    ([regular, bold]) => ({ regular, bold }),
  );
  return fonts;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const STYLE = {
  title: { size: 16, bold: true, gapBefore: 0, gapAfter: 2 },
  subtitle: { size: 11, bold: false, gapBefore: 0, gapAfter: 14 },
  heading: { size: 11.5, bold: true, gapBefore: 10, gapAfter: 4 },
  text: { size: 10.5, bold: false, gapBefore: 0, gapAfter: 3 },
  item: { size: 10.5, bold: false, gapBefore: 0, gapAfter: 2 },
  small: { size: 8.5, bold: false, gapBefore: 6, gapAfter: 2 },
} as const;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) {
        line = candidate;
      } else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

export async function renderPdf(spec: PdfDocumentSpec): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const { regular, bold } = await loadFonts();
  const font = await pdf.embedFont(regular, { subset: true });
  const boldFont = await pdf.embedFont(bold, { subset: true });
  pdf.setTitle(spec.title);
  pdf.setAuthor(spec.author);
  pdf.setCreator("Sanat");
  pdf.setProducer("Sanat");

  let page: PDFPage = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const qrSize = spec.qr ? 96 : 0;
  const newPage = () => {
    page = pdf.addPage([A4.width, A4.height]);
    y = A4.height - MARGIN;
  };

  for (const block of spec.blocks) {
    if (block.kind === "space") {
      y -= 8;
      continue;
    }
    const style = STYLE[block.kind];
    const face = style.bold ? boldFont : font;
    const indent = block.kind === "item" ? 14 : 0;
    // the first page keeps the top-right corner free for the QR code
    const isBesideQr = spec.qr && pdf.getPageCount() === 1 && y > A4.height - MARGIN - qrSize - 10;
    const width = A4.width - MARGIN * 2 - indent - (isBesideQr ? qrSize + 12 : 0);
    y -= style.gapBefore;
    const lines = wrap(block.text, face, style.size, width);
    for (const [index, line] of lines.entries()) {
      const lineHeight = style.size * 1.35;
      if (y - lineHeight < MARGIN) newPage();
      y -= lineHeight;
      if (block.kind === "item" && index === 0) {
        page.drawText(block.marker ?? "•", { x: MARGIN, y, size: style.size, font });
      }
      page.drawText(line, { x: MARGIN + indent, y, size: style.size, font: face, color: rgb(0.07, 0.09, 0.15) });
    }
    y -= style.gapAfter;
  }

  if (spec.qr) {
    const first = pdf.getPage(0);
    const matrix = qrMatrix(spec.qr.text);
    const cell = qrSize / matrix.length;
    const left = A4.width - MARGIN - qrSize;
    const top = A4.height - MARGIN;
    matrix.forEach((row, r) =>
      row.forEach((isDark, c) => {
        if (isDark) first.drawRectangle({ x: left + c * cell, y: top - (r + 1) * cell, width: cell, height: cell, color: rgb(0, 0, 0) });
      }),
    );
    const captionLines = wrap(spec.qr.caption, font, 6.5, qrSize);
    captionLines.forEach((line, index) =>
      first.drawText(line, { x: left, y: top - qrSize - 9 - index * 8, size: 6.5, font, color: rgb(0.3, 0.33, 0.4) }),
    );
  }
  return pdf.save();
}
