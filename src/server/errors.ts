// Every error the API returns has one shape, {"error":{"code","message"}}, with a status that
// says whose fault it was; codes are stable words a client can branch on.
import type { FastifyError, FastifyInstance } from "fastify";
import { StoreError } from "../store/store.js";

export type ApiErrorCode =
  | "bad_request" | "invalid_json" | "unauthorized" | "forbidden" | "not_found" | "ambiguous_id"
  | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "conflict" | "rate_limited" | "internal";

export class ApiError extends Error {
  constructor(readonly statusCode: number, readonly code: ApiErrorCode, message: string) {
    super(message);
    this.name = "ApiError";
  }
}

export const errorBody = (code: ApiErrorCode, message: string) => ({ error: { code, message } });

/** Fastify's own errors, by their code, as the API's. */
const FASTIFY_CODES: Record<string, [number, ApiErrorCode]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, "invalid_json"],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, "invalid_json"],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, "payload_too_large"],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, "bad_request"],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, "unsupported_media_type"],
};

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | ApiError | StoreError | Error, request, reply) => {
    if (err instanceof ApiError) return reply.status(err.statusCode).send(errorBody(err.code, err.message));
    if (err instanceof StoreError) {
      if (err.code === "ambiguous_id") return reply.status(400).send(errorBody("ambiguous_id", err.message));
      if (err.code === "invalid_extraction") return reply.status(422).send(errorBody("unprocessable", err.message));
    }
    const fe = err as FastifyError;
    if (fe.validation) return reply.status(400).send(errorBody("bad_request", fe.message));
    const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
    if (known) return reply.status(known[0]).send(errorBody(known[1], fe.message));
    // A JSON body that does not parse surfaces as a SyntaxError with a 400 status.
    if (err instanceof SyntaxError && fe.statusCode === 400) return reply.status(400).send(errorBody("invalid_json", `the body is not valid JSON: ${err.message}`));
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return reply.status(fe.statusCode).send(errorBody("bad_request", fe.message));
    request.log.error({ err }, "request failed");
    // the cause stays in the log: a stack or a path is not for whoever is calling
    return reply.status(500).send(errorBody("internal", "the server could not answer this request; the cause is in its log"));
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(errorBody("not_found", `no such route: ${request.method} ${request.url.split("?")[0]}`));
  });
}
