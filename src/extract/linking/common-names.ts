// Given names, kunya and title words so common among listed persons that a match on them
// alone says nothing about who is meant ("Mohammed", "Abu", "Sheikh"). Written as fold
// keys of their usual spellings; the name matcher also folds spelling variants onto these.
import { spellingKey } from "./transliteration.js";

export const COMMON_NAME_WORDS = new Set([
  "abu", "abou", "abo", "umm", "um", "abd", "abdel", "abdul", "abdal", "abdi", "abdu", "bin", "ibn", "ben", "bint", "ould",
  "mohammed", "mohamed", "muhammad", "mohammad", "muhammed", "mohamad", "mohamud", "mahamat", "mehmet", "mohd", "muhamad",
  "ahmed", "ahmad", "ahmet", "mahmoud", "mahmud", "mustafa", "mostafa", "moustafa", "ali", "omar", "umar", "othman", "uthman",
  "osman", "hassan", "hasan", "hussein", "husain", "hussain", "husayn", "hossein", "ibrahim", "ebrahim", "abdullah", "abdallah",
  "abdulla", "khalid", "khaled", "yusuf", "youssef", "yousef", "yusif", "salim", "salem", "saleh", "salih", "said", "sayed",
  "sayyid", "saeed", "karim", "kareem", "abdelkarim", "abdulrahman", "abdelrahman", "abdul rahman", "hamid", "hamed",
  "rashid", "rasheed", "nasser", "nasir", "nasr", "jamal", "kamal", "faisal", "fahd", "fahad", "tariq", "tarek", "tarik",
  "ismail", "ismael", "isa", "issa", "musa", "moussa", "yahya", "yahia", "zakaria", "idris", "idriss", "amir", "emir",
  "sheikh", "shaykh", "sheik", "haji", "hajji", "mullah", "mawlawi", "maulana", "mufti", "imam", "sayf", "saif", "seif",
  "allah", "din", "al", "el", "ul", "ad", "ud", "dr", "doctor", "general", "gen", "colonel", "col", "commander",
  "john", "james", "david", "michael", "peter", "paul", "joseph", "jean", "pierre", "mary", "maria", "jose", "juan",
]);

/**
 * Words that head the names of many bodies ("U.S. government", "Libyan National Army"): shared,
 * they say nothing about which body is meant, so they cannot carry a match on their own.
 */
export const GENERIC_NAME_WORDS = new Set([
  "government", "army", "armed", "forces", "force", "group", "groups", "front", "state", "states", "council", "movement",
  "party", "brigade", "brigades", "battalion", "militia", "militias", "organisation", "organization", "ministry", "committee",
  "union", "alliance", "coalition", "authority", "police", "service", "services", "agency", "command", "national",
  "people", "peoples", "popular", "republic", "federal", "united", "democratic", "liberation", "revolutionary", "guard",
  "guards", "unit", "units", "division", "corps", "office", "department", "directorate", "forum", "center", "centre",
  "institute", "network", "men", "soldiers", "troops", "fighters",
]);

// The lists hold the usual spellings; names arrive as spelling keys ("Saleh" → "sala"), so both are kept.
const COMMON_KEYS = new Set([...COMMON_NAME_WORDS, ...GENERIC_NAME_WORDS].flatMap((w) => [w, spellingKey(w)]));

/** Whether a name word (as written or as a spelling key) is too common or generic to identify anyone. */
export const isCommonNameWord = (word: string): boolean => COMMON_KEYS.has(word) || COMMON_KEYS.has(spellingKey(word));
