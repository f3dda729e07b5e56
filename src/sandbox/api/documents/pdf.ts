/**
 * A minimal, valid PDF 1.4 writer: Helvetica text lines on US Letter pages, with a correct
 * cross-reference table so any reader opens it. Enough for sandbox reports and notices.
 */

const linesPerPage = 50;

/** Renders `lines` under `title` as a PDF document. */
export function renderPdf(title: string, lines: readonly string[]): Uint8Array {
  const pages: string[][] = [];
  for (let i = 0; i < Math.max(lines.length, 1); i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage));

  // Object numbers: 1 catalog, 2 page tree, 3 font, 4 info, then a page and its content stream per page.
  const pageIds = pages.map((_, index) => 5 + index * 2);
  const objects = new Map<number, string>([
    [1, "<< /Type /Catalog /Pages 2 0 R >>"],
    [2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`],
    [3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"],
    [4, `<< /Title ${text(title)} /Producer (entity-management-client sandbox) /CreationDate (D:${pdfDate(new Date())}) >>`],
  ]);
  pages.forEach((pageLines, index) => {
    const heading = index === 0 ? `/F1 14 Tf ${text(title)} Tj T* T* /F1 10 Tf ` : "/F1 10 Tf ";
    const stream = `BT 14 TL 56 740 Td ${heading}${pageLines.map((line) => `${text(line)} Tj T*`).join(" ")} ET`;
    const pageId = pageIds[index] ?? 0;
    objects.set(pageId, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`);
    objects.set(pageId + 1, `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`);
  });

  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  for (const [id, body] of [...objects].sort(([a], [b]) => a - b)) {
    offsets[id] = Buffer.byteLength(out, "latin1");
    out += `${id} 0 obj\n${body}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.size + 1}\n0000000000 65535 f \n`;
  for (let id = 1; id <= objects.size; id++) out += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.size + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

// A PDF literal string: escape the delimiters, keep Latin-1 (WinAnsi) and replace what it cannot show.
function text(value: string): string {
  return `(${value.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e\xa0-\xff]/g, "?")})`;
}

const pdfDate = (date: Date): string => date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
