// Stages are registered by name and a pipeline is a list of names, in the manner of spaCy's
// components: adding a stage (or an LLM-backed one) changes no other stage.
import type { Doc } from "./doc.js";

export interface Stage {
  /** The registered name, also the name of the layer it adds. */
  readonly name: string;
  run(doc: Doc): void | Promise<void>;
}

export type StageFactory = (options?: Record<string, unknown>) => Stage;

const registry = new Map<string, StageFactory>();

export function registerStage(name: string, factory: StageFactory): void {
  registry.set(name, factory);
}

export function createStage(name: string, options?: Record<string, unknown>): Stage {
  const factory = registry.get(name);
  if (!factory) throw new Error(`unknown extraction stage "${name}" (known: ${[...registry.keys()].join(", ")})`);
  return factory(options);
}

export function registeredStages(): string[] {
  return [...registry.keys()];
}
