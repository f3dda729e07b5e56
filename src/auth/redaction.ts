/**
 * Keeps secrets out of everything a caller can print: error messages, `cause` chains, JSON and
 * `util.inspect` output. Sources register every secret they hold (client secret, key material,
 * tokens they have seen); anything JWT-shaped (signed or encrypted) is removed even when it was never registered.
 */
import { secretPatterns } from "./secret-encodings.js";

/** `util.inspect`'s hook, by its registered symbol so the runtime needs no `node:util`. */
export const inspectCustom = Symbol.for("nodejs.util.inspect.custom");

const REDACTED = "[redacted]";
// A JWS (three base64url segments) or a JWE (five; the second is empty for ECDH-ES), whose header
// starts like JSON (`eyJ` = `{"`); up to four dots, so a JWE goes whole, not only its head.
const JWT_SHAPED = /eyJ[\w-]{2,}\.[\w-]*\.?[\w-]*\.?[\w-]*\.?[\w-]*/g;
// Runs of token characters (base64, base64url, hex, opaque token alphabets).
const OPAQUE_RUN = /[A-Za-z0-9._~+/=-]{20,}/g;
// The shortest value worth searching for; shorter "secrets" would redact ordinary words.
const MIN_SECRET_LENGTH = 8;
// Tokens are remembered so later errors can't echo them; bounded so a long-lived source doesn't grow.
const MAX_REMEMBERED_TOKENS = 64;
// Matches nothing: the pattern of a redactor with nothing registered.
const NOTHING = /(?!)/g;

type Pattern = ReturnType<typeof secretPatterns>[number];

/** Replaces registered secrets (in every encoding a server could echo them in) and JWT-shaped strings with `[redacted]`. */
export class Redactor {
  // Regex sources by registered value: secrets with their base64 forms, tokens as text only.
  readonly #secrets = new Map<string, readonly Pattern[]>();
  readonly #tokens = new Map<string, readonly Pattern[]>();
  // Built on the first redact after a change: secrets are registered often, redacted rarely (errors only).
  #pattern: RegExp | undefined;

  /** Registers a long-lived secret (client secret, key material, an encoded credential). */
  addSecret(value: string | undefined): void {
    if (!value || value.length < MIN_SECRET_LENGTH || this.#secrets.has(value)) return;
    this.#secrets.set(value, secretPatterns(value, true, MIN_SECRET_LENGTH));
    this.#pattern = undefined;
  }

  /** Registers a token seen on the wire; only the most recent ones are kept. */
  addToken(value: string | undefined): void {
    if (!value || value.length < MIN_SECRET_LENGTH || this.#tokens.has(value)) return;
    this.#tokens.set(value, secretPatterns(value, false, MIN_SECRET_LENGTH));
    if (this.#tokens.size > MAX_REMEMBERED_TOKENS) this.#tokens.delete(this.#tokens.keys().next().value as string);
    this.#pattern = undefined;
  }

  /** Returns `text` with every known secret (raw or encoded) and JWT-shaped string replaced. */
  redact(text: string): string {
    this.#pattern ??= this.#build();
    return text.replace(this.#pattern, REDACTED).replace(JWT_SHAPED, REDACTED);
  }

  #build(): RegExp {
    const patterns = [...this.#secrets.values(), ...this.#tokens.values()].flat();
    if (patterns.length === 0) return NOTHING;
    // Longest first: an alternation takes the first branch that matches, so a secret containing another goes whole.
    patterns.sort((a, b) => b.length - a.length);
    return new RegExp([...new Set(patterns.map((p) => p.source))].join("|"), "g");
  }

  /**
   * For text the server wrote (`error`, `error_description`), which may echo credentials this
   * source never held: also removes long opaque runs that look like tokens or key material
   * (20+ token characters with a digit, or 40+ of any). Prose and snake_case codes survive.
   */
  redactUntrusted(text: string): string {
    return this.redact(text).replace(OPAQUE_RUN, (run) => (run.length >= 40 || /\d/.test(run) ? REDACTED : run));
  }
}

/** Gives `target` a redacted `toJSON`, `toString` and `util.inspect` view, all non-enumerable. */
export function defineRedactedView(target: object, summary: () => Record<string, unknown>, label: string): void {
  const render = (): string => `${label} ${JSON.stringify(summary())}`;
  Object.defineProperties(target, {
    toJSON: { value: summary, enumerable: false },
    toString: { value: render, enumerable: false },
    [inspectCustom]: { value: render, enumerable: false },
  });
}
