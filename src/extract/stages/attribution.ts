// SCAFFOLD: replaced by the stage's real implementation.
import { registerStage } from "../stage.js";
registerStage("attribution", () => ({ name: "attribution", run() {} }));
