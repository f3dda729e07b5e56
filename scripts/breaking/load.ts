import { bundle, createConfig } from "@redocly/openapi-core";
import { access } from "node:fs/promises";
import type { SpecDocument } from "../lib/spec-document.js";

/** The spec could not be read or resolved: a usage problem (exit 2), not a breaking change. */
export class SpecLoadError extends Error {
  override readonly name = "SpecLoadError";
}

/**
 * Reads a (possibly split) OpenAPI 3.0 spec and bundles it into one document whose `$ref`s all
 * point into `#/components`, so both sides compare the same way however the files are laid out.
 * No lint rules run here: a base spec from an older commit is compared as it was.
 */
export async function loadSpec(path: string, label: string): Promise<SpecDocument> {
  try {
    await access(path);
  } catch {
    throw new SpecLoadError(`${label} does not exist.`);
  }
  const config = await createConfig({});
  const result = await bundle({ ref: path, config, dereference: false }).catch((error: unknown) => {
    throw new SpecLoadError(`cannot parse ${label}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const errors = result.problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    throw new SpecLoadError(`cannot resolve ${label}:\n${errors.map((problem) => `  ${problem.message}`).join("\n")}`);
  }
  const root: unknown = result.bundle.parsed;
  if (typeof root !== "object" || root === null || Array.isArray(root)) {
    throw new SpecLoadError(`${label} is not an OpenAPI document.`);
  }
  const version = (root as Record<string, unknown>).openapi;
  if (typeof version !== "string" || !version.startsWith("3.0")) {
    throw new SpecLoadError(`${label} is not OpenAPI 3.0.x (openapi: ${String(version)}).`);
  }
  return { root: root as Record<string, unknown> };
}
