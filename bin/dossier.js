#!/bin/sh
':' //; exec node --max-semi-space-size=64 "$0" "$@"
// The two lines above are read by sh and by node alike: run as a program (`dossier`, `npx
// dossier`), sh replaces itself with node given a larger young generation (64 MB semi-spaces,
// against V8's 16), so that extraction's short-lived objects die young instead of being copied
// and promoted: about a fifth less CPU per report (docs/decisions/throughput.md). V8 sizes its
// heap when the process starts, so the flag must be on node's command line, and `exec` keeps one
// process (signals reach node itself). To node the second line is a string and a comment;
// `node bin/dossier.js` runs without the flag (give it, or NODE_OPTIONS, yourself).
import { main } from "../dist/cli/main.js";
main(process.argv).then((code) => { process.exitCode = code; });
