/** Whether the breaking changes between two specs were declared as intended, and why (not). */
export interface Acknowledgement {
  readonly acknowledged: boolean;
  /** One sentence for the report: what was found, or what is missing. */
  readonly reason: string;
}

/** What the acknowledgement rule reads: both `info.version`s and the head's changelog text. */
export interface AcknowledgementInput {
  readonly baseVersion: string | null;
  readonly headVersion: string | null;
  /** Contents of the CHANGELOG.md beside the head root spec, or null when there is none. */
  readonly changelog: string | null;
  /** How to name the changelog in messages, e.g. `spec/CHANGELOG.md`. */
  readonly changelogName: string;
}

/**
 * A break is intended when `info.version`'s major number went up between base and head AND the
 * changelog has a Markdown heading naming the new version (`## 2.0.0`, `## [2.0.0] - 2026-11-25`).
 * Prose that merely mentions the version does not count: the entry must exist.
 */
export function checkAcknowledgement(input: AcknowledgementInput): Acknowledgement {
  const { baseVersion, headVersion, changelog, changelogName } = input;
  const from = major(baseVersion);
  const to = major(headVersion);
  const versions = `info.version ${baseVersion ?? "(none)"} → ${headVersion ?? "(none)"}`;
  if (from === null || to === null || headVersion === null) {
    return { acknowledged: false, reason: `${versions}: cannot read a major version on both sides.` };
  }
  if (to <= from) {
    return { acknowledged: false, reason: `${versions} is not a major bump.` };
  }
  if (changelog === null) {
    return { acknowledged: false, reason: `${versions} is a major bump, but ${changelogName} does not exist.` };
  }
  const heading = findVersionHeading(changelog, headVersion);
  if (heading === null) {
    return {
      acknowledged: false,
      reason: `${versions} is a major bump, but ${changelogName} has no heading for ${headVersion}.`,
    };
  }
  return { acknowledged: true, reason: `${versions} is a major bump and ${changelogName} has "${heading}".` };
}

/** The major number of a semantic version (`v2.0.0` and `2.0` accepted), or null. */
export function major(version: string | null): number | null {
  const match = version === null ? null : /^v?(\d+)(?:\.|$)/.exec(version.trim());
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** The first ATX heading line (`#`…`######`) naming `version` as a whole word, or null. */
export function findVersionHeading(changelog: string, version: string): string | null {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Not part of a longer version: `2.0.0` must not match `12.0.0`, `2.0.0.1` or `2.0.0-rc.1`.
  const word = new RegExp(`(?<![\\w.-])v?${escaped}(?![\\w-]|\\.\\w)`);
  for (const line of changelog.split(/\r?\n/)) {
    if (/^ {0,3}#{1,6}\s/.test(line) && word.test(line)) return line.trim();
  }
  return null;
}
