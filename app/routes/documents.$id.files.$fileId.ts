import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { DocumentId } from "../modules/documents/documents.schema";
import { getDocumentFile } from "../modules/documents/documents.queries.server";
import { getDb } from "../utils/db.server";
import { notFound, parseParam } from "../utils/http.server";

const FileId = z.coerce.number().int().positive().max(2_147_483_647);

// An attachment download: served with its checked type, as a download, never sniffed or framed.
export async function loader({ params, request }: LoaderFunctionArgs) {
  const documentId = parseParam(DocumentId, params.id);
  const fileId = parseParam(FileId, params.fileId);
  const file = await getDocumentFile(await getDb(), documentId, fileId);
  if (!file) notFound();
  const etag = `"${file.sha256}"`;
  if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  return new Response(Buffer.from(file.data), {
    headers: {
      "Content-Type": file.content_type,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=3600",
      ETag: etag,
    },
  });
}
