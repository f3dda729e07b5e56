/**
 * Prettier settings chosen to match the code as it was written, so that adopting the formatter rewrites as few lines as possible.
 * Quotes, semicolons and trailing commas are Prettier's defaults already; the long lines are not (180 touched the fewest lines of 120–200).
 * @type {import("prettier").Config}
 */
export default {
  printWidth: 180,
  // The hand-written OpenAPI YAML quotes status-code keys ('200') with single quotes.
  overrides: [{ files: ["*.yaml", "*.yml"], options: { singleQuote: true } }],
};
