/** A JSDoc block of `lines` (each may hold newlines), indented by `indent`; a comment end in the text is escaped. */
export function docComment(lines: readonly string[], indent: string): string {
  const text = lines.flatMap((line) => line.split("\n")).map((line) => line.replace(/\*\//g, "*\\/").trimEnd());
  if (text.length === 1) return `${indent}/** ${text[0]} */`;
  return [`${indent}/**`, ...text.map((line) => (line === "" ? `${indent} *` : `${indent} * ${line}`)), `${indent} */`].join("\n");
}
