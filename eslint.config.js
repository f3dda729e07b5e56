// Type-aware lint: the rules that matter most here (floating and misused promises) need the type checker.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  // generated/ is compiled from the spec and never hand-edited; the rest is build, bench or test output.
  { ignores: ["generated/", "dist/", "coverage/", "bench/"] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // The project service reads tsconfig.json, which covers src, scripts and test.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // A promise nobody awaits loses its rejection; one passed where a callback returns void is never awaited.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      // Same convention as tsc's noUnusedParameters: a leading underscore marks a deliberately unused name,
      // and `{ dropped: _, ...rest }` is how the code omits a property.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Async methods that implement a Promise-returning contract (Response.text(), a token source's getToken, a custom fetch)
      // are async without awaiting on purpose: a synchronous throw then becomes a rejection, as callers expect.
      "@typescript-eslint/require-await": "off",
      // Abort paths forward `signal.reason` and caught errors unchanged; wrapping them would hide the caller's own reason.
      "@typescript-eslint/prefer-promise-reject-errors": ["error", { allowThrowingAny: true, allowThrowingUnknown: true }],
    },
  },
  {
    files: ["test/**/*.ts"],
    rules: {
      // Tests read JSON bodies from real servers (`await response.json()` is `any`) and check them with expect();
      // casting every body to a type first would add noise, not safety.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-call": "off",
    },
  },
  {
    files: ["test/types/**/*.ts"],
    // Type tests state an expression under `@ts-expect-error` only to have it fail to compile.
    rules: { "@typescript-eslint/no-unused-expressions": "off" },
  },
  // The config files themselves are plain JS outside tsconfig.json: lint them without types.
  { files: ["*.js"], extends: [tseslint.configs.disableTypeChecked] },
  // The consumer app imports the package by name, which resolves only to a build (test/packaging compiles it against the
  // packed tarball): linted with types, its findings would depend on whether dist/ happens to exist.
  { files: ["test/packaging/onboarding-app/**/*.ts"], extends: [tseslint.configs.disableTypeChecked] },
);
