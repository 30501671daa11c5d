// Registers every built-in stage; each file registers itself under its layer's name.
import "./segment.js";
import "./gazetteer.js";
import "./names.js";
import "./quantities.js";
import "./times.js";
import "./coref.js";
import "./claims.js";
import "./attribution.js";
import "./modality.js";
