// Runs the built-in pipeline over a short report and gives the claims with readable args.
import { createPipeline } from "../../src/extract/pipeline.js";
import type { Arg, Claim } from "../../src/extract/contract.js";
import type { Doc } from "../../src/extract/doc.js";

const pipeline = createPipeline();

export async function extract(text: string, published = "2021-06-01"): Promise<Doc> {
  return pipeline.run(text, { file: "test.txt", published });
}

const asList = (a: Arg | Arg[] | undefined): Arg[] => (a == null ? [] : Array.isArray(a) ? a : [a]);
/** Surface texts of a role. */
export const roleTexts = (c: Claim, role: string): string[] => asList(c.args[role] as Arg | Arg[] | undefined).map((a) => a.text);
/** The claims of one type. */
export const ofType = (doc: Doc, type: Claim["type"]): Claim[] => doc.claims.filter((c) => c.type === type);
/** Does any text of the role contain the words? */
export const roleHas = (c: Claim, role: string, words: string): boolean =>
  roleTexts(c, role).some((t) => t.toLowerCase().includes(words.toLowerCase()));
