// The OpenAPI 3.1 document, built from the same route schemas that validate requests, so the
// description cannot drift from what the server does. Routes are collected as they register.
import type { FastifyInstance, RouteOptions } from "fastify";
import { COMPONENTS } from "./schemas.js";

type Json = Record<string, any>;

declare module "fastify" {
  // What a route's schema may say for the OpenAPI document beyond validation.
  interface FastifySchema {
    summary?: string;
    description?: string;
    tags?: string[];
    /** Left out of the document. */
    hide?: boolean;
  }
}

export interface OpenApiRouteConfig {
  /** The request body as OpenAPI describes it (content types), for routes that read raw bodies. */
  requestBody?: Json;
}

function parameters(schema: Json | undefined, where: "query" | "path"): Json[] {
  if (!schema?.properties) return [];
  const required = new Set<string>(schema.required ?? []);
  return Object.entries(schema.properties as Record<string, Json>).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: where, required: where === "path" || required.has(name), ...(description ? { description } : {}), schema: rest };
  });
}

function responses(schema: Json | undefined): Json {
  const out: Json = {};
  for (const [status, s] of Object.entries(schema ?? {})) {
    const { description, ...body } = s as Json;
    out[status] = { description: description ?? "", content: { "application/json": { schema: body } } };
  }
  return out;
}

/** Collects routes from now on; call `build` once the server is ready. */
export function collectOpenApi(app: FastifyInstance, info: { title: string; version: string; description: string }) {
  const routes: RouteOptions[] = [];
  app.addHook("onRoute", (route) => {
    if (route.schema && !(route.schema as Json).hide) routes.push(route);
  });
  return function build(): Json {
    const paths: Json = {};
    for (const r of routes) {
      const s = r.schema as Json;
      const path = r.url.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
      for (const method of [r.method].flat()) {
        if (method === "HEAD") continue;
        const op: Json = {
          operationId: `${method.toLowerCase()}${path.replace(/\{[^}]+\}/g, "One").replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
          ...(s.summary ? { summary: s.summary } : {}), ...(s.description ? { description: s.description } : {}),
          ...(s.tags ? { tags: s.tags } : {}),
          parameters: [...parameters(s.params, "path"), ...parameters(s.querystring, "query")],
          responses: responses(s.response),
        };
        const body = (r.config as OpenApiRouteConfig | undefined)?.requestBody
          ?? (s.body ? { required: true, content: { "application/json": { schema: s.body } } } : undefined);
        if (body) op.requestBody = body;
        if (method === "POST" || method === "DELETE") op.security = [{ bearer: [] }];
        (paths[path] ??= {})[method.toLowerCase()] = op;
      }
    }
    return {
      openapi: "3.1.0",
      info,
      paths,
      components: {
        schemas: COMPONENTS,
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer", description: "required for writes when the server has a token (always when it listens beyond localhost)" },
        },
      },
    };
  };
}
