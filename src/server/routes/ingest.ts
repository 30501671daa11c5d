// POST /api/ingest: a report as a raw body (text, HTML, JSON Lines, gzip) or as JSON
// {text|html, title, url, published, publisher, author} (or a list of them), read by the same
// readers as `dossier ingest` and stored through ingestReports, the one way every door stores.
import type { FastifyPluginAsync } from "fastify";
import type { DocumentMeta } from "../../ingest/document.js";
import type { Pipeline } from "../../extract/pipeline.js";
import { ApiError } from "../errors.js";
import type { OpenApiRouteConfig } from "../openapi.js";
import { ERROR_RESPONSES, dateParam, ref } from "../schemas.js";

export interface IngestRouteOptions {
  /** Largest request body in bytes. */
  bodyLimit: number;
  /** The extraction pipeline; made on the first ingest when not given (it loads models). */
  pipeline?: Pipeline;
}

/** Raw bodies by media type, and the file extension that tells the readers their format. */
const RAW_TYPES: Record<string, string> = {
  "text/plain": "txt", "text/markdown": "md", "text/html": "html", "application/xhtml+xml": "html",
  "application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/jsonlines": "jsonl", "application/x-jsonlines": "jsonl",
  "application/gzip": "gz", "application/x-gzip": "gz", "application/octet-stream": "bin",
};
const META = ["title", "url", "publisher", "author", "published"] as const;

interface IngestQuery extends Partial<Record<(typeof META)[number], string>> { name?: string }

/** The records of a JSON body as JSON Lines, which the readers already know how to read. */
function jsonToLines(body: unknown): Buffer {
  const records = Array.isArray(body) ? body : [body];
  if (records.length === 0) throw new ApiError(400, "bad_request", "the JSON body holds no report");
  const lines = records.map((r, i) => {
    if (typeof r !== "object" || r === null || Array.isArray(r)) throw new ApiError(400, "bad_request", `report ${i + 1}: not a JSON object`);
    const o = r as Record<string, unknown>;
    if (typeof o.text !== "string" && typeof o.html !== "string") throw new ApiError(400, "bad_request", `report ${i + 1}: needs a "text" or "html" string`);
    const line: Record<string, string> = typeof o.text === "string" ? { text: o.text } : { html: o.html as string };
    for (const k of META) {
      if (o[k] === undefined) continue;
      if (typeof o[k] !== "string") throw new ApiError(400, "bad_request", `report ${i + 1}: "${k}" must be a string`);
      line[k] = o[k] as string;
    }
    return JSON.stringify(line);
  });
  return Buffer.from(lines.join("\n"), "utf8");
}

/** A client's name for the upload, reduced to a safe base name (its extension may say the format). */
function uploadName(given: string | undefined, ext: string): string {
  const base = (given ?? "").split(/[\\/]/).pop()!.replace(/[^\w.\- ]+/g, "").trim().slice(0, 120);
  return base || `upload.${ext}`;
}

export const ingestRoutes: FastifyPluginAsync<IngestRouteOptions> = async (app, options) => {
  // Raw bodies reach the readers as bytes: they decode charsets and gunzip themselves.
  app.removeContentTypeParser("text/plain");
  app.addContentTypeParser(Object.keys(RAW_TYPES), { parseAs: "buffer", bodyLimit: options.bodyLimit }, (_req, body, done) => done(null, body));
  let pipeline = options.pipeline;
  // One ingest at a time: extraction is CPU-bound, and the order of writes stays the order of requests.
  let queue: Promise<unknown> = Promise.resolve();

  const config: OpenApiRouteConfig = {
    requestBody: {
      required: true,
      description: "One report as a raw body, or JSON: {text|html, title, url, published, publisher, author} or a list of those.",
      content: {
        "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/IngestRecord" }, { type: "array", items: { $ref: "#/components/schemas/IngestRecord" } }] } },
        ...Object.fromEntries(Object.keys(RAW_TYPES).map((t) => [t, { schema: { type: "string", format: "binary" } }])),
      },
    },
  };

  app.post<{ Querystring: IngestQuery; Body: unknown }>("/api/ingest", {
    bodyLimit: options.bodyLimit,
    config,
    schema: {
      tags: ["ingest"], summary: "read, extract and store reports",
      description: `Needs \`Authorization: Bearer TOKEN\` when the server has a token. Bodies up to ${Math.round(options.bodyLimit / 1024 / 1024)} MB. `
        + "Query fields are fallbacks for what the report does not state about itself.",
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          name: { type: "string", maxLength: 200, description: "file name of a raw upload; its extension may say the format" },
          title: { type: "string", maxLength: 1000 }, url: { type: "string", maxLength: 2000 },
          publisher: { type: "string", maxLength: 300 }, author: { type: "string", maxLength: 300 },
          published: dateParam("publication date"),
        },
      },
      response: {
        200: { description: "nothing new was stored (every report was already there)", ...ref("IngestResult") },
        201: { description: "at least one report was stored", ...ref("IngestResult") },
        401: { description: "a token is needed", ...ref("Error") },
        403: { description: "a write from another origin", ...ref("Error") },
        413: { description: "the body is over the limit", ...ref("Error") },
        415: { description: "a media type the readers do not take", ...ref("Error") },
        422: { description: "no report in the body could be read", ...ref("Error") },
        ...ERROR_RESPONSES,
      },
    },
  }, async (request, reply) => {
    const type = (request.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
    const { name, ...meta } = request.query;
    const defaults: DocumentMeta = Object.fromEntries(META.filter((k) => meta[k]).map((k) => [k, meta[k]]));
    let bytes: Buffer, source: string;
    if (type === "application/json") {
      bytes = jsonToLines(request.body);
      source = "upload.jsonl";
    } else {
      if (!Buffer.isBuffer(request.body) || request.body.length === 0) throw new ApiError(400, "bad_request", "the body is empty");
      bytes = request.body;
      source = uploadName(name, RAW_TYPES[type] ?? "bin");
    }
    // Readers and extraction load on the first ingest, so a server that only reads starts fast.
    const [{ readBuffer }, { ingestReports }, { createPipeline }] = await Promise.all([
      import("../../ingest/read.js"), import("../../store/ingest-reports.js"), import("../../extract/pipeline.js"),
    ]);
    const items = readBuffer(bytes, source, { defaults, maxBytes: options.bodyLimit });
    const documents: { id: string; source: string; title?: string; status: "added" | "updated" | "unchanged" }[] = [];
    const run = queue.then(async () => {
      pipeline ??= createPipeline();
      return ingestReports(app.store, items, {
        onDocument: (doc, status) => documents.push({ id: doc.id, source: doc.source, ...(doc.title ? { title: doc.title } : {}), status }),
      }, pipeline);
    });
    queue = run.catch(() => undefined);
    const summary = await run;
    if (documents.length === 0) {
      const reasons = summary.errors.slice(0, 3).map((e) => `${e.input}: ${e.reason}`).join("; ");
      throw new ApiError(422, "unprocessable", `no report could be read (${reasons || "nothing found"})`);
    }
    reply.status(summary.added + summary.updated > 0 ? 201 : 200);
    return { ...summary, documents };
  });
};
