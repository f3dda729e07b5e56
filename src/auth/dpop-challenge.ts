const USE_DPOP_NONCE = /\berror\s*=\s*"?use_dpop_nonce\b/i;

/** Whether a 401's headers are a DPoP `use_dpop_nonce` challenge with the nonce to use (RFC 9449 §8–9). */
export function isDpopNonceChallenge(headers: Headers): boolean {
  const challenge = headers.get("www-authenticate") ?? "";
  return headers.has("dpop-nonce") && /\bdpop\b/i.test(challenge) && USE_DPOP_NONCE.test(challenge);
}
