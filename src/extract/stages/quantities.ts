// The quantities layer: how many people or things a sentence counts, with the hedge that
// qualifies the number ("an estimated", "at least", "hundreds"), so the claims stage can
// attach a count to a flow, an interdiction or a casualty claim.
import type { Doc } from "../doc.js";
import { registerStage, type Stage } from "../stage.js";
import { findQuantities } from "../quantity/recognise.js";

export function quantities(doc: Doc): void {
  doc.quantities.push(...findQuantities(doc));
}

registerStage("quantities", (): Stage => ({ name: "quantities", run: quantities }));
