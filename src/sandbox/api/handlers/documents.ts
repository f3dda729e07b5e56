/** Reports and notices: generated from the store (201 `{ id }`), then downloaded as real PDF or CSV bytes. */
import { randomUUID } from "node:crypto";
import { buildNotice, buildReport, reportCsv, reportLines } from "../documents/content.js";
import { renderPdf } from "../documents/pdf.js";
import { created, file, notFound } from "../responses.js";
import { requireEntity, throwConflicts, todayIso, type Schemas, type StoredDocument } from "../store.js";
import type { HandlerMap } from "./context.js";

/** Handlers of the Reports and Notices tags. */
export const documentHandlers: HandlerMap = {
  generateReport: ({ body, store }) => {
    const request = body as Schemas["ReportRequest"];
    throwConflicts(request.entityIds.map((id) => (store.entities.has(id) ? undefined : `entityIds: ${id} is not an entity of this institution.`)));
    const report = buildReport(
      store,
      request.reportType,
      request.entityIds.flatMap((id) => store.entities.get(id) ?? []),
    );
    const name = `${request.reportType.replace(/_/g, "-")}-${todayIso()}`;
    const id = randomUUID();
    store.reports.set(
      id,
      request.format === "csv"
        ? { bytes: reportCsv(report), contentType: "text/csv", filename: `${name}.csv` }
        : { bytes: renderPdf(report.title, reportLines(report)), contentType: "application/pdf", filename: `${name}.pdf` },
    );
    return created(id);
  },

  downloadReport: ({ params, store }) => download(store.reports, "report", params["ReportId"]),

  generateNotice: ({ params, body, store }) => {
    const record = requireEntity(store, params["EntityId"]);
    const request = body as Schemas["NoticeRequest"];
    const { title, lines } = buildNotice(store, request.noticeType, request.deliveryPreference ?? "download", record);
    const id = randomUUID();
    store.notices.set(id, { bytes: renderPdf(title, lines), contentType: "application/pdf", filename: `${request.noticeType.replace(/_/g, "-")}-${todayIso()}.pdf` });
    return created(id);
  },

  downloadNotice: ({ params, store }) => download(store.notices, "notice", params["NoticeId"]),
};

function download(documents: Map<string, StoredDocument>, kind: string, id: string | undefined) {
  const document = documents.get(id ?? "");
  if (!document) throw notFound(`No ${kind} ${id}; generate one first.`, { [`${kind}Id`]: id });
  return file(document.bytes, document.contentType, document.filename);
}
