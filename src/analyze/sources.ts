// Independent sources: the rule lives beside the store, which counts sources in its route and
// edge summaries at ingest (src/store/source-key.ts); analysis uses the same one.
export { independentSources, sourceKey, sourceLabel } from "../store/source-key.js";
