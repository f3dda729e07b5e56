/**
 * The README's ```ts blocks, with the markers an HTML comment on the lines just above a block may
 * carry (invisible on GitHub, read here):
 *
 * - `<!-- prelude: <code> -->`    hidden code compiled before the block (declarations, an import)
 * - `<!-- not compiled: <why> -->` the block is prose-like and is skipped
 * - `<!-- runs against the sandbox -->` the block is also run, with the sandbox's settings in the
 *   environment variables `npm run sandbox` prints
 */
export interface ReadmeBlock {
  /** 1-based line of the opening fence, for messages. */
  readonly line: number;
  /** The nearest heading above the block. */
  readonly heading: string;
  readonly prelude: string;
  readonly code: string;
  readonly compiled: boolean;
  readonly runs: boolean;
}

const marker = /^<!--\s*(prelude:|not compiled:|runs against the sandbox)([\s\S]*?)-->$/;

/** Every ```ts block of a Markdown text, with its markers. */
export function readmeBlocks(markdown: string): ReadmeBlock[] {
  const lines = markdown.split("\n");
  const blocks: ReadmeBlock[] = [];
  let heading = "(top)";
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, "");
    if (line.trim() !== "```ts") continue;
    const start = index;
    const body: string[] = [];
    for (index += 1; index < lines.length && lines[index]?.trim() !== "```"; index += 1) body.push(lines[index] ?? "");
    const markers: { kind: string; text: string }[] = [];
    for (let above = start - 1; above >= 0; above -= 1) {
      const match = marker.exec((lines[above] ?? "").trim());
      if (!match) break;
      markers.push({ kind: match[1] ?? "", text: (match[2] ?? "").trim() });
    }
    const unknown = lines[start - 1]?.trim().startsWith("<!--") && markers.length === 0;
    if (unknown) throw new Error(`README.md:${start}: unknown marker ${lines[start - 1]}; use prelude:, not compiled: or runs against the sandbox.`);
    blocks.push({
      line: start + 1,
      heading,
      prelude: markers
        .filter((m) => m.kind === "prelude:")
        .map((m) => m.text)
        .reverse()
        .join("\n"),
      code: body.join("\n"),
      compiled: !markers.some((m) => m.kind === "not compiled:"),
      runs: markers.some((m) => m.kind === "runs against the sandbox"),
    });
  }
  return blocks;
}
