// Dates that carry their own year, and the relation a claim has to them.
import { describe, expect, it } from "vitest";
import { readTimes, timeline } from "./read-times.js";

const published = "2016-03-09";

describe("dates with their own year", () => {
  it("a year after 'in' is a point in that year", () => {
    expect(timeline("The group was listed by the UN in 2014.", published)).toEqual(["in 2014 → 2014 year at"]);
  });

  it("a year qualifying a noun still dates the sentence", () => {
    expect(readTimes("After the 2011 uprising, arms depots were looted.", published).map((t) => t.value)).toEqual(["2011"]);
  });

  it("reads month-year and full dates in both orders", () => {
    expect(timeline("The offensive began in March 2015.", published)).toEqual(["in March 2015 → 2015-03 month at"]);
    expect(readTimes("He was arrested on March 3, 2015 in Tunis.", published).map((t) => [t.value, t.precision]))
      .toEqual([["2015-03-03", "day"]]);
    expect(readTimes("He was arrested on 3 March 2015 in Tunis.", published).map((t) => [t.value, t.precision]))
      .toEqual([["2015-03-03", "day"]]);
    expect(readTimes("The list was updated on 2015-09-29.", published).map((t) => t.value)).toEqual(["2015-09-29"]);
  });

  it("a season of a year is a period in that year", () => {
    expect(timeline("Fighters poured into Sirte during the summer of 2014.", published))
      .toEqual(["during the summer of 2014 → 2014 year during"]);
  });

  it("an unambiguous all-digit date is read; an ambiguous one is left out", () => {
    expect(readTimes("The shipment arrived on 25/12/2014.", published).map((t) => t.value)).toEqual(["2014-12-25"]);
    expect(readTimes("The shipment arrived on 10/05/2014.", published).map((t) => t.value)).toEqual([]);
  });

  it("May the verb and May the name are not months", () => {
    expect(readTimes("The group may move south, Theresa May warned.", published)).toEqual([]);
  });
});

describe("how a claim stands to its time", () => {
  it("goes back to a year: the relationship started then", () => {
    expect(timeline("Their cooperation goes back to 2012.", published)).toEqual(["goes back to 2012 → 2012 year since"]);
  });

  it("since, until and by mark onsets and ends", () => {
    expect(readTimes("The camp has operated since 2013.", published)[0].relation).toBe("since");
    expect(readTimes("The camp operated until 2015.", published)[0].relation).toBe("until");
    expect(readTimes("By 2015 the camp had closed.", published)[0].relation).toBe("until");
  });

  it("during and throughout mark a period", () => {
    expect(readTimes("Recruitment continued throughout 2015.", published)[0].relation).toBe("during");
  });

  it("between two years opens at the first and closes at the second", () => {
    expect(readTimes("Between 2012 and 2014 the group sent fighters to Syria.", published).map((t) => [t.value, t.relation]))
      .toEqual([["2012", "since"], ["2014", "until"]]);
    expect(readTimes("From 2011 to 2013 the border was open.", published).map((t) => [t.value, t.relation]))
      .toEqual([["2011", "since"], ["2013", "until"]]);
  });
});

describe("numbers that are not years", () => {
  it("counts are never times", () => {
    expect(readTimes("Some 3,000 fighters and 540 recruits crossed; about 2000 militants stayed.", published)).toEqual([]);
  });

  it("a number naming a resolution is not a year", () => {
    expect(readTimes("The Council adopted Resolution 2170 unanimously.", published)).toEqual([]);
  });

  it("a decade is not read as its first year", () => {
    expect(readTimes("Veterans of the 1990s insurgency trained the recruits.", published)).toEqual([]);
  });
});
