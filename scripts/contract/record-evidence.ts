/**
 * Records in spec/ which operations a live run saw conforming: `x-evidence: observed` and
 * `x-observed: 'YYYY-MM-DD'` on each. The yaml Document API finds the nodes; the edits are
 * spliced into the original text, so comments, folding and quoting stay exactly as they were
 * and the change reviews as a two-line diff per operation. (Re-serializing the document would
 * reflow every folded description.)
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isScalar, parseDocument, visit, type Pair, type Scalar, type YAMLMap } from "yaml";

/** What was changed in one file. */
export interface RecordedFile {
  readonly file: string;
  readonly operationIds: readonly string[];
}

interface Edit {
  readonly at: number;
  readonly end: number;
  readonly text: string;
}

/** Marks `operationIds` observed on `date` in every YAML file under `specDir`; answers the files it changed. */
export async function recordEvidence(specDir: string, operationIds: readonly string[], date: string): Promise<RecordedFile[]> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  const wanted = new Set(operationIds);
  const changed: RecordedFile[] = [];
  for (const file of await yamlFiles(specDir)) {
    const text = await readFile(file, "utf8");
    const { edits, found } = editsFor(text, wanted, date);
    if (edits.length === 0) continue;
    await writeFile(file, applyEdits(text, edits));
    changed.push({ file, operationIds: found });
  }
  return changed;
}

function editsFor(text: string, wanted: ReadonlySet<string>, date: string): { edits: Edit[]; found: string[] } {
  const document = parseDocument(text, { keepSourceTokens: false });
  const edits: Edit[] = [];
  const found: string[] = [];
  visit(document, {
    Map(_, map: YAMLMap) {
      const operationId = map.get("operationId");
      if (typeof operationId !== "string" || !wanted.has(operationId)) return;
      const evidence = pairOf(map, "x-evidence");
      if (!evidence || !isScalar(evidence.value) || !isScalar(evidence.key)) return;
      found.push(operationId);
      // `confirmed` (from Jack Henry's own header) stays; `inferred` becomes `observed`.
      if (evidence.value.value === "inferred") edits.push(replaceScalar(evidence.value, "observed"));
      const observed = pairOf(map, "x-observed");
      if (observed && isScalar(observed.value)) edits.push(replaceScalar(observed.value, `'${date}'`));
      else edits.push(insertAfter(text, evidence.key, evidence.value, `x-observed: '${date}'`));
    },
  });
  return { edits, found };
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

function replaceScalar(scalar: Scalar, text: string): Edit {
  const [at, end] = scalar.range ?? [0, 0];
  return { at, end, text };
}

// A new line after `key: value`, at the key's indentation.
function insertAfter(text: string, key: Scalar, value: Scalar, line: string): Edit {
  const keyStart = key.range?.[0] ?? 0;
  const indent = keyStart - (text.lastIndexOf("\n", keyStart - 1) + 1);
  const lineEnd = text.indexOf("\n", value.range?.[1] ?? keyStart);
  const at = lineEnd === -1 ? text.length : lineEnd;
  return { at, end: at, text: `\n${" ".repeat(indent)}${line}` };
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  return [...edits].sort((a, b) => b.at - a.at).reduce((result, edit) => `${result.slice(0, edit.at)}${edit.text}${result.slice(edit.end)}`, text);
}

async function yamlFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return yamlFiles(path);
      return Promise.resolve(/\.ya?ml$/.test(entry.name) ? [path] : []);
    }),
  );
  return nested.flat().sort();
}
