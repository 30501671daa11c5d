import { openStore } from "../../src/store/open.js";
for (const s of ["/tmp/dd/folder", "/tmp/dd/notes.txt", "postgres://a:b@h/db", "mysql://x", "/proc/nope/x.db"]) {
  await openStore(s).then(() => console.log("opened", s), (e) => console.log(e.name, e.code, e.message));
}
