// Given names, kunya and title words so common among listed persons that a match on them
// alone says nothing about who is meant ("Mohammed", "Abu", "Sheikh"). Written as fold
// keys of their usual spellings; the name matcher also folds spelling variants onto these.
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
