/**
 * The middleware tells the transport which operation a request belongs to through this header,
 * which the transport removes before sending. A header survives user middleware that returns a
 * new Request, where a WeakMap keyed by the original Request would not.
 */
export const operationHeader = "x-entity-management-operation";
