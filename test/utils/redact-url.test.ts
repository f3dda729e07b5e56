import { describe, expect, it } from "vitest";
import { redactUrl } from "../../src/utils/redact-url.js";

describe("redactUrl", () => {
  it("replaces userinfo and credential-like query values, keeping the rest", () => {
    const redacted = redactUrl("https://user:pw@bank.example/v1/entities?offset=0&access_token=t1&client_secret=s1&code=c1&count=5");
    expect(redacted).toBe("https://REDACTED@bank.example/v1/entities?offset=0&access_token=%5BREDACTED%5D&client_secret=%5BREDACTED%5D&code=%5BREDACTED%5D&count=5");
    for (const secret of ["pw", "t1", "s1", "c1"]) expect(redacted).not.toContain(`=${secret}`);
    expect(redacted).not.toContain(":pw@");
  });

  it("never echoes an unparseable input", () => {
    expect(redactUrl("not a url with token=abc")).toBe("[unparseable URL]");
  });
});
