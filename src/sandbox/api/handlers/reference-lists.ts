/** The institution's reference lists: read-only, each answered as `{ <listKey>: ReferenceItem[] }`. */
import { jsonResponse } from "../responses.js";
import { referenceListKeys } from "../store.js";
import { capitalize, type HandlerMap } from "./context.js";

/** Handlers of the nine reference lists: `listAddressLabels` answers `{ addressLabels }`, and so on. */
export const referenceListHandlers: HandlerMap = Object.fromEntries(
  referenceListKeys.map((key) => [`list${capitalize(key)}`, ({ store }) => jsonResponse({ [key]: store.referenceLists[key] })] as const),
);
