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
}

/** What the transport recorded about the call that produced `response`, if it went through this client. */
export function getCallInfo(response: Response): CallInfo | undefined {
  return response instanceof BufferedResponse ? response.callInfo : undefined;
}

const decoder = new TextDecoder();

/**
 * A Response over bytes the transport already read. Its body methods read those bytes directly:
 * re-wrapping them in a stream-backed `new Response(bytes)` cost about 15 % of a loopback call.
 * `json()` names the call that answered invalid JSON instead of throwing a bare SyntaxError.
 */
export class BufferedResponse extends Response {
  readonly #bytes: Uint8Array | null;
  readonly #info: CallInfo;
  #used = false;

  constructor(bytes: Uint8Array | null, init: ResponseInit, info: CallInfo) {
    super(null, init);
    this.#bytes = bytes;
    this.#info = info;
  }

  /** The call that produced this response (a getter on the prototype: not part of JSON or inspect output). */
  get callInfo(): CallInfo {
    return this.#info;
  }

  static {
    // `body` and `bodyUsed` are accessors of Response; TypeScript sees them as properties, so define them here.
    Object.defineProperties(this.prototype, {
      body: {
        get(this: BufferedResponse) {
          if (this.#bytes === null) return null;
          const bytes = this.#take();
          return new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(bytes);
              controller.close();
            },
          });
        },
      },
      bodyUsed: {
        get(this: BufferedResponse) {
          return this.#used;
        },
      },
    });
  }

  #take(): Uint8Array {
    if (this.#used) throw new TypeError("Body is unusable: Body has already been read");
    this.#used = true;
    return this.#bytes ?? new Uint8Array(0);
  }

  override async text(): Promise<string> {
    return decoder.decode(this.#take());
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

  override async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = this.#take();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  override async blob(): Promise<Blob> {
    return new Blob([await this.arrayBuffer()], { type: this.headers.get("content-type") ?? "" });
  }

  override clone(): BufferedResponse {
    if (this.#used) throw new TypeError("Response.clone: Body has already been consumed.");
    const { status, statusText, headers } = this;
    return new BufferedResponse(this.#bytes, { status, statusText, headers }, this.#info);
  }
}
