/** An absolute http(s) address, with no space or character outside RFC 3986's. */
export const WEB_URL = /^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#[\]@!$&'()*+,;=%-]*)?$/;
