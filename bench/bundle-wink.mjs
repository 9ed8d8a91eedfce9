// The wink-nlp bundle whose size make bench reports: the library and its
// English web model as a page would ship them, with the calls the benchmark
// makes.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const nlp = winkNLP(model);
globalThis.peers = (text) => nlp.readDoc(text).entities().out(nlp.its.detail);
