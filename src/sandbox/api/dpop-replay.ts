/**
 * The resource server's memory of DPoP proofs it accepted, so that a replayed proof (the same
 * `jti` again) is refused, as RFC 9449 §11.1 asks. A proof is accepted only while its `iat` lies
 * within `windowSeconds` of the server's clock, so a proof first seen at time t can pass that
 * check until at most t + 2 × window: after that it is forgotten, which keeps the memory bounded
 * by the number of proofs accepted in that span.
 */

/** See {@link createProofMemory}. */
export interface ProofMemory {
  /** Records the proof `jti` of key `jkt`; false when it was already recorded (a replay). */
  remember(jkt: string, jti: string): boolean;
  /** How many proofs are remembered now. */
  readonly size: number;
}

/** Options of {@link createProofMemory}. */
export interface ProofMemoryOptions {
  /** How far a proof's `iat` may be from now, in seconds (oauth4webapi accepts 300). @default 300 */
  readonly windowSeconds?: number;
  /** Milliseconds since the epoch. @default Date.now */
  readonly now?: () => number;
}

/** Creates an empty memory. */
export function createProofMemory(options: ProofMemoryOptions = {}): ProofMemory {
  const keepMs = 2 * (options.windowSeconds ?? 300) * 1000;
  const now = options.now ?? Date.now;
  // Insertion order is expiry order, since every entry is kept for the same time from its insertion.
  const forgetAt = new Map<string, number>();
  return {
    remember(jkt, jti) {
      const at = now();
      for (const [key, expiry] of forgetAt) {
        if (expiry > at) break;
        forgetAt.delete(key);
      }
      const key = `${jkt} ${jti}`;
      if (forgetAt.has(key)) return false;
      forgetAt.set(key, at + keepMs);
      return true;
    },
    get size() {
      return forgetAt.size;
    },
  };
}
