import type { OperationInfo } from "../../generated/operations.js";
import { InvalidResponseError } from "../errors/invalid-response-error.js";
import type { RequestSummary } from "../errors/request-summary.js";

/** What the transport learned about a finished call, for `unwrap` and error reporting. */
export interface CallInfo {
  /** The redacted request. */
  readonly request: RequestSummary;
  /** The operation the call matched. */
  readonly operation: OperationInfo;
  /** How many times the request was sent. */
  readonly attempts: number;
  /** Removes the access tokens this call sent (and anything bearer- or JWT-shaped) from text built from the response. */
  readonly redact: (text: string) => string;
}

/** A response the transport made; see {@link createBufferedResponse}. */
export interface BufferedResponse extends Response {
  /** The call that produced this response (a getter on the prototype: not part of JSON or inspect output). */
  readonly callInfo: CallInfo;
}

// Defined on first use: `extends Response` at import time would load undici into every process that imports the package.
let BufferedResponseClass: ReturnType<typeof defineBufferedResponse> | undefined;

/** What the transport recorded about the call that produced `response`, if it went through this client. */
export function getCallInfo(response: Response): CallInfo | undefined {
  return BufferedResponseClass !== undefined && response instanceof BufferedResponseClass ? response.callInfo : undefined;
}

/** A Response over `bytes` (`null`: no body) for the call `info` describes, sent to `url`. */
export function createBufferedResponse(bytes: Uint8Array | null, init: BufferedResponseInit, url: string, info: CallInfo): BufferedResponse {
  BufferedResponseClass ??= defineBufferedResponse();
  return new BufferedResponseClass(bytes, init, url, info);
}

/** Status line and headers of a buffered response; the headers object is kept as given, not copied. */
export interface BufferedResponseInit {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
}

const decoder = new TextDecoder();
const empty = new Uint8Array(0);

function defineBufferedResponse() {
  /**
   * A Response over bytes the transport already read in full. Every body member reads those bytes
   * and none consumes them: logging or inspecting the response, or reading it in a middleware,
   * never breaks the call, and `result.response` can still be read after openapi-fetch parsed it.
   * `url` is the URL the call was sent to; `json()` names the call that answered invalid JSON
   * instead of throwing a SyntaxError that quotes the body.
   */
  return class BufferedResponse extends Response {
    readonly #bytes: Uint8Array | null;
    readonly #url: string;
    readonly #info: CallInfo;
    readonly #headers: Headers;

    constructor(bytes: Uint8Array | null, init: BufferedResponseInit, url: string, info: CallInfo) {
      // The headers are not handed to Response: copying them cost more than the rest of this object.
      super(null, { status: init.status, statusText: init.statusText });
      this.#headers = init.headers;
      this.#bytes = bytes;
      this.#url = url;
      this.#info = info;
    }

    /** The call that produced this response (a getter on the prototype: not part of JSON or inspect output). */
    get callInfo(): CallInfo {
      return this.#info;
    }

    static {
      // `body`, `bodyUsed` and `url` are accessors of Response; TypeScript sees them as properties, so define them here.
      Object.defineProperties(this.prototype, {
        body: {
          get(this: BufferedResponse) {
            const bytes = this.#bytes;
            if (bytes === null) return null;
            return new ReadableStream<Uint8Array>({
              start(controller) {
                controller.enqueue(bytes.slice());
                controller.close();
              },
            });
          },
        },
        bodyUsed: { get: () => false },
        url: {
          get(this: BufferedResponse) {
            return this.#url;
          },
        },
        headers: {
          get(this: BufferedResponse) {
            return this.#headers;
          },
        },
      });
    }

    override async text(): Promise<string> {
      return decoder.decode(this.#bytes ?? empty);
    }

    override async json(): Promise<unknown> {
      const text = await this.text();
      try {
        return JSON.parse(text);
      } catch {
        // Not the parser's message: it quotes the body, which may hold anything.
        throw new InvalidResponseError(this.#info.request, this.status, `${this.headers.get("content-type")} body is not valid JSON`);
      }
    }

    override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
      return (this.#bytes ?? empty).slice();
    }

    override async arrayBuffer(): Promise<ArrayBuffer> {
      return (await this.bytes()).buffer;
    }

    override async blob(): Promise<Blob> {
      return new Blob([await this.bytes()], { type: this.headers.get("content-type") ?? "" });
    }

    override async formData(): Promise<FormData> {
      // Rare for this API; let undici's parser do it over a copy of the bytes.
      return new Response(await this.bytes(), { headers: this.headers }).formData();
    }

    override clone(): BufferedResponse {
      const { status, statusText, headers } = this;
      return new BufferedResponse(this.#bytes, { status, statusText, headers }, this.#url, this.#info);
    }
  };
}
