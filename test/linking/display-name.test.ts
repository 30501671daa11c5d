import { describe, expect, it } from "vitest";
import { displayName } from "../../src/extract/linking/display-name.js";
import type { EntityInfo } from "../../src/extract/doc.js";

// a listed person as the lists give him: a formal name chain and aliases in several forms
const listed: EntityInfo = {
  id: "person:un:QDi.900", type: "person", name: "Dr. Khalid Salim 'Abd al-Rahman al-Fazari",
  aliases: ["خالد الفزاري (Abu Yahya al-Fazari)", "Abu Yahya al-Fazari al-Libi", "Abu Yahya al-Fazari", "Khalid al-Fazzari"],
  refs: { un: "QDi.900" },
};

describe("the name shown for a listed person", () => {
  it("is the first full name the report writes, without titles or the article", () => {
    expect(displayName(listed, ["Sheikh Abu Yahya al-Fazari", "Fazari", "he", "the Libyan cleric Khalid Salim al-Fazari"])).toBe("Abu Yahya al-Fazari");
  });

  it("is the shortest plain alias holding the surname when the report gives only the surname", () => {
    expect(displayName(listed, ["Fazari"])).toBe("Abu Yahya al-Fazari");
  });

  it("is left alone when the report uses only an acronym", () => {
    expect(displayName({ ...listed, type: "armed_group", name: "Jamaat al-Fazariya" }, ["JAF"])).toBeUndefined();
  });

  it("drops a lower-case 'group' after a group's name", () => {
    expect(displayName({ ...listed, type: "armed_group", name: "Jamaat al-Fazariya" }, ["the Jamaat al-Fazariya group"])).toBe("Jamaat al-Fazariya");
  });

  it("is never a description that holds the name", () => {
    expect(displayName(listed, ["the Libyan cleric Abu Yahya al-Fazari", "Abu Yahya al-Fazari"])).toBe("Abu Yahya al-Fazari");
    expect(displayName({ ...listed, type: "armed_group", name: "Jamaat al-Fazariya" }, ["the leaders of Jamaat al-Fazariya", "Fazariya"]))
      .toBe("Jamaat al-Fazariya");
  });
});

describe("the aliases of a listed group in a report's extraction", () => {
  it("lead with the names the report itself uses, even when the list has more aliases than are kept", async () => {
    const { createPipeline, toExtraction } = await import("../../src/extract/pipeline.js");
    const text = "Residents said ISIS had held the district for a year. Local officials blamed Daesh for the bombing. "
      + "The Islamic State group later claimed the attack.";
    const out = toExtraction(await createPipeline().run(text, { published: "2016-03-02" }));
    const isis = out.entities.find((e) => e.mentions.some(([a, b]) => text.slice(a, b) === "ISIS"));
    expect(isis?.type).toBe("armed_group");
    expect(isis?.aliases.slice(0, 3)).toEqual(expect.arrayContaining(["Daesh", "ISIS"]));
  });
});
