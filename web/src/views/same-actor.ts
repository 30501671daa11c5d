// "Possibly the same actor" on an entity page: the merge suggestions involving it, with buttons
// to confirm (merge) or reject them, and the entities merged into it with a button to split
// each off again. Names and reasons come from reports: they only ever become text.
import { ApiFailure, apiPath, getJson, type Page, type StoredEntity } from "../api.js";
import { entityHref } from "../claim-card.js";
import { fill, h } from "../elements.js";

interface SuggestedEntity { id: string; name: string; type: string; documents: number }
interface Suggestion { keep: SuggestedEntity; merge: SuggestedEntity; score: number; reasons: string[] }

/** A write to the API; a failure (a token needed, a conflict) comes back with its message. */
async function write(method: "POST" | "DELETE", path: string, body?: object): Promise<void> {
  const response = await fetch(path, {
    method, headers: { Accept: "application/json", ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.ok) return;
  const err = (await response.json().catch(() => undefined))?.error;
  throw new ApiFailure(response.status, err?.code ?? "http_error", err?.message ?? `${response.status} ${response.statusText}`);
}

/** The section for entity `e`, or false when there is nothing to decide; `done` redraws the page. */
export async function sameActorSection(e: StoredEntity, done: () => void, signal: AbortSignal): Promise<HTMLElement | false> {
  const suggestions = await getJson<Page<Suggestion>>("/api/suggestions", { entity: e.id, limit: 10 }, signal).catch(() => undefined);
  const items = suggestions?.items ?? [];
  if (items.length === 0 && !e.merged?.length) return false;
  const status = h("p", { class: "muted decision-status", role: "status" });
  const act = (work: () => Promise<void>) => async (event: Event) => {
    (event.currentTarget as HTMLButtonElement).disabled = true;
    try {
      await work();
      done();
    } catch (err) {
      fill(status, err instanceof Error ? err.message : String(err));
      (event.currentTarget as HTMLButtonElement | null)?.removeAttribute("disabled");
    }
  };
  return h("section", { class: "same-actor" },
    e.merged?.length ? [
      h("h2", null, "Merged into it"),
      h("ul", null, e.merged.map((id) => h("li", null, h("span", { class: "muted" }, id), " ",
        h("button", { type: "button", class: "split-button", onclick: act(() => write("DELETE", apiPath(`/api/merges/${encodeURIComponent(e.id)}`, { from: id }))) }, "Split off")))),
    ] : false,
    items.length > 0 && [
      h("h2", null, "Possibly the same actor"),
      h("ul", null, items.map((s) => {
        const other = s.keep.id === e.id ? s.merge : s.keep;
        return h("li", null,
          h("a", { href: entityHref(other.id) }, other.name), " ",
          h("span", { class: "muted" }, `${Math.round(s.score * 100)}% · ${other.documents} report${other.documents === 1 ? "" : "s"} · ${s.reasons.join("; ")}`), " ",
          h("button", { type: "button", class: "merge-button", onclick: act(() => write("POST", "/api/merges", { keep: e.id, merge: other.id })) }, "Same actor"), " ",
          h("button", { type: "button", class: "reject-button", onclick: act(() => write("POST", "/api/merges", { keep: e.id, merge: other.id, reject: true })) }, "Different"));
      })),
    ],
    status);
}
