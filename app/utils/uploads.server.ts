import {
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  MaxPartSizeExceededError,
  type UploadHandler,
} from "@remix-run/node";

export interface Upload {
  filename: string;
  /** The bytes, or null when the file was larger than the limit (the rest was read and dropped). */
  bytes: Uint8Array | null;
}

/** A request body too large to be a form someone filled in (the route answers 413). */
export class TooLarge extends Error {}

/**
 * Reads a multipart form: text fields (each up to `maxFieldBytes`) and the files of `fileField`,
 * each kept up to `maxFileBytes`. A file over the limit is not an exception: it comes back with
 * `bytes: null` so the form can say which file was too large and keep everything else typed.
 */
export async function parseUploadForm(
  request: Request,
  opts: { fileField: string; maxFileBytes: number; maxFiles: number; maxFieldBytes?: number },
): Promise<{ form: FormData; files: Upload[] }> {
  const files: Upload[] = [];
  const fileHandler: UploadHandler = async ({ name, filename, data }) => {
    if (name !== opts.fileField) return undefined;
    if (!filename) {
      for await (const _ of data); // an empty file input
      return undefined;
    }
    // Past the size limit, or past the number of files we take, keep reading but stop keeping.
    const keep = files.length < opts.maxFiles;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (keep && size <= opts.maxFileBytes) chunks.push(chunk);
    }
    const kept = keep && size <= opts.maxFileBytes;
    files.push({ filename: filename.normalize("NFC").slice(0, 200), bytes: kept ? concat(chunks, size) : null });
    return undefined;
  };
  const handler = composeUploadHandlers(fileHandler, createMemoryUploadHandler({ maxPartSize: opts.maxFieldBytes ?? 200_000 }));
  try {
    const form = await parseMultipartFormData(request, handler);
    return { form, files };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) throw new TooLarge();
    throw error;
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Reads a form whether it came as multipart (with files) or urlencoded (no files). */
export async function readForm(
  request: Request,
  opts: { fileField: string; maxFileBytes: number; maxFiles: number; maxFieldBytes?: number },
): Promise<{ form: FormData; files: Upload[] }> {
  const type = request.headers.get("Content-Type") ?? "";
  if (type.startsWith("multipart/form-data")) return parseUploadForm(request, opts);
  return { form: await request.formData(), files: [] };
}
