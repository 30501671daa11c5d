// Names the press uses for listed groups that the lists themselves do not spell out, keyed by
// UN reference. Hand-written here; that these names denote these groups is public fact
// (see e.g. the groups' UN narrative summaries and OFAC press releases).
export const PRESS_ALIASES: Record<string, string[]> = {
  "QDe.115": [
    "Islamic State", "Islamic State group", "the Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Da'esh", "Daish",
    "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant", "Islamic State in Iraq and Syria",
    "Islamic State in Iraq and the Levant", "Islamic State of Iraq and al-Sham",
  ],
  "QDe.004": ["al Qaeda", "al-Qaeda", "Al Qaeda", "al-Qaida", "Al-Qa'ida", "al Qaida"],
  "QDe.014": ["AQIM", "al Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", "Al-Qaida in the Islamic Maghreb"],
  "QDe.129": ["AQAP", "al Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula"],
  "QDe.137": ["Nusra Front", "al-Nusra Front", "Jabhat al-Nusra", "al-Nusrah Front", "Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham", "HTS", "Jabhat Fatah al-Sham"],
  "QDe.138": ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"],
  "QDe.143": ["AST", "Ansar al-Sharia Tunisia", "Ansar al-Sharia in Tunisia", "Ansar al-Shariah in Tunisia"],
  "QDe.145": ["Ansar al-Sharia Derna", "Ansar al-Sharia in Derna"],
  "QDe.146": ["Ansar al-Sharia Benghazi", "Ansar al-Sharia in Benghazi"],
  "QDe.135": ["Ansar Dine", "Ansar al-Din"],
  "QDe.159": ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Group for the Support of Islam and Muslims"],
  "QDe.132": ["TTP", "Pakistani Taliban", "Tehrik-i-Taliban Pakistan"],
  "QDe.118": ["Lashkar-e-Taiba", "LeT"],
  "SOe.001": ["al-Shabaab", "al Shabaab", "Al-Shabab", "al-Shabab", "Harakat al-Shabaab al-Mujahideen"],
  "TAe.012": ["Haqqani Network", "Haqqanis"],
};
