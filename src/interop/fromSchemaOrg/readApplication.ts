import { type Obj, isObj } from "../isObj.js";
import { parisDay } from "../parisDay.js";
import { WEB_URL } from "../WEB_URL.js";
import { asList, text } from "./jsonLdValue.js";
import type { PostingReader } from "./PostingReader.js";

/** Application (`validThrough`, `applicationContact`, `directApply`); returns the posting's address (`url`, or options.sourceUrl). */
export function readApplication(reader: PostingReader): string | undefined {
  const { node, posting, options, diag, absolute } = reader;
  // Application.
  const application: Obj = {};
  const through = text(node.validThrough);
  if (through) {
    const d = parisDay(through);
    if (d) application.deadline = { date: d.date, inclusive: !d.midnight };
    else diag("interop/unknown-value", "warning", ["validThrough"], `validThrough « ${through} » n'est pas une date ISO 8601.`, `validThrough "${through}" is not an ISO 8601 date.`);
  }
  const methods: Obj[] = [];
  for (const contact of asList(node.applicationContact)) {
    if (!isObj(contact)) continue;
    const email = text(contact.email)?.replace(/^mailto:/i, "");
    if (email) methods.push({ type: "email", address: email });
    const phone = text(contact.telephone);
    if (phone) methods.push({ type: "phone", number: phone });
    const url = absolute(contact.url, ["applicationContact", "url"]);
    if (url && WEB_URL.test(url)) methods.push({ type: "url", url });
  }
  const url = absolute(node.url, ["url"]) ?? options.sourceUrl;
  if (node.directApply === true && url && WEB_URL.test(url) && !methods.some((m) => m.type === "url")) methods.push({ type: "url", url });
  if (methods.length) application.methods = methods.slice(0, 5);
  if (Object.keys(application).length) posting.application = application;
  return url;
}
