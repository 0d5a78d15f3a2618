import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { getAttachment, getPetitionByCode } from "../modules/petitions/petitions.queries.server";
import { PetitionCode } from "../modules/petitions/petitions.schema";
import { staffPetition, tokenMatches } from "../modules/petitions/petitions.server";
import { getStaff } from "../modules/staff/session.server";
import { appState } from "../utils/db.server";
import { notFound, parseParam } from "../utils/http.server";

/** A petition's attachment: for the filer (with the token) or staff of the owning agency; never public. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = parseParam(PetitionCode, params.code);
  const fileId = parseParam(z.coerce.number().int().positive().max(2_000_000_000), params.fileId);
  const { env, handle } = await appState();
  const db = handle.db;
  const token = new URL(request.url).searchParams.get("t");
  let petitionId: number | null = null;
  if (token) {
    const p = await getPetitionByCode(db, code);
    if (p && tokenMatches(p, token)) petitionId = p.id;
  } else {
    const staff = await getStaff(request, db, env);
    if (staff) petitionId = (await staffPetition(db, code, staff.user).catch(() => null))?.id ?? null;
  }
  if (petitionId === null) notFound();
  const file = await getAttachment(db, petitionId, fileId);
  if (!file) notFound();
  return new Response(Buffer.from(file.data), {
    headers: {
      "Content-Type": file.content_type,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
