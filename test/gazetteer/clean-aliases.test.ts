import { describe, expect, it } from "vitest";
import { cleanAliases, namesInField } from "../../data/clean-aliases.js";

describe("list aliases as an analyst reads them", () => {
  it("splits a packed alias field into its Latin-script names and keeps the bracketed acronym", () => {
    const names = namesInField("Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hayat Tahrir al-Sham; Assembly for the Liberation of Syria)");
    expect(names).toEqual(["Hay’at Tahrir al-Sham", "HTS", "Hayat Tahrir al-Sham", "Assembly for the Liberation of Syria"]);
  });

  it("drops names written only in another script and the lists' notes about a name", () => {
    expect(namesInField("أبو دعاء")).toEqual([]);
    expect(namesInField("Abu Muhammad (original script: Абу Мухаммад)")).toEqual(["Abu Muhammad"]);
    expect(namesInField("El Para (combat name)")).toEqual(["El Para"]);
    expect(namesInField("Safia Farkash Mohammed Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239)")).toEqual(["Safia Farkash Mohammed Al-Hadad"]);
  });

  it("keeps the romanised name given beside the original script", () => {
    expect(namesInField("أبو بكر البغدادي (Abu Bakr al-Baghdadi al-Husayni; Abu Bakr al-Baghdadi)")).toEqual(["Abu Bakr al-Baghdadi al-Husayni", "Abu Bakr al-Baghdadi"]);
    expect(namesInField("Agha Jan Alizai اغا جان عالیزی")).toEqual(["Agha Jan Alizai"]);
  });

  it("reads a Cyrillic look-alike letter typed inside a Latin name as the Latin letter", () => {
    expect(namesInField("A\u0457r and Azawad Liberation Front")).toEqual(["Aïr and Azawad Liberation Front"]);
  });

  it("gives each alias once across fields", () => {
    expect(cleanAliases(["Jabhat al-Nusra", "جبهة النصرة (Jabhat al-Nusra; Al-Nusra Front)"])).toEqual(["Jabhat al-Nusra", "Al-Nusra Front"]);
  });
});
