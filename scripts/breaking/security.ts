import type { Findings, OperationRef } from "./rules.js";
import { type Json, type Operation, type SpecDocument, isObject } from "../lib/spec-document.js";

/** One way to satisfy an operation's security: scheme name → scopes required (all of them). */
type Alternative = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Compares the effective security of a matched operation pair (operation `security`, else the
 * document's). It breaks when a credential that satisfied some base alternative satisfies no head
 * alternative: a new required scope, a new scheme, or security where there was none.
 */
export function compareSecurity(findings: Findings, op: OperationRef, base: SpecDocument, baseOp: Operation, head: SpecDocument, headOp: Operation): void {
  const before = effective(base, baseOp);
  const after = effective(head, headOp);

  for (const held of before) {
    if (after.some((needed) => satisfies(held, needed))) continue;
    if (held.size === 0) {
      findings.breaking("security-added", op, "security", `now requires ${describe(after)}`);
      continue;
    }
    const sameSchemes = after.filter((needed) => [...needed.keys()].every((scheme) => held.has(scheme)));
    if (sameSchemes.length === 0) {
      findings.breaking("security-scheme-changed", op, "security", `${describeOne(held)} no longer accepted; now requires ${describe(after)}`);
      continue;
    }
    // Report against the head alternative that asks for the fewest extra scopes.
    const extras =
      sameSchemes
        .map((needed) => [...needed].flatMap(([scheme, scopes]) => [...scopes].filter((scope) => !held.get(scheme)?.has(scope)).map((scope) => `${scheme}: ${scope}`)))
        .sort((a, b) => a.length - b.length)[0] ?? [];
    findings.breaking("scope-added", op, "security", `a token with ${describeOne(held)} is no longer enough; also requires ${extras.join(", ")}`);
  }
}

function effective(doc: SpecDocument, operation: Operation): Alternative[] {
  const raw = operation.node.security ?? doc.root.security;
  if (!Array.isArray(raw) || raw.length === 0) return [new Map()];
  return raw.filter(isObject).map((requirement: Json) => {
    const alternative = new Map<string, Set<string>>();
    for (const [scheme, scopes] of Object.entries(requirement)) {
      alternative.set(scheme, new Set(Array.isArray(scopes) ? scopes.map(String) : []));
    }
    return alternative;
  });
}

/** A credential meeting `held` also meets `needed` when every scheme and scope needed is held. */
function satisfies(held: Alternative, needed: Alternative): boolean {
  for (const [scheme, scopes] of needed) {
    const have = held.get(scheme);
    if (have === undefined) return false;
    for (const scope of scopes) if (!have.has(scope)) return false;
  }
  return true;
}

function describe(alternatives: readonly Alternative[]): string {
  return alternatives.map(describeOne).join(" or ");
}

function describeOne(alternative: Alternative): string {
  if (alternative.size === 0) return "no credentials";
  return [...alternative].map(([scheme, scopes]) => (scopes.size === 0 ? scheme : `${scheme} [${[...scopes].join(", ")}]`)).join(" + ");
}
