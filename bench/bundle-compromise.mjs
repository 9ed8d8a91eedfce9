// The compromise bundle whose size make bench reports: the library as a page
// would ship it, with the calls the benchmark makes.
import nlp from "compromise";

globalThis.peers = (text) => {
  const doc = nlp(text);
  return [doc.people().out("array"), doc.places().out("array"), doc.organizations().out("array"), doc.quotations().out("array")];
};
