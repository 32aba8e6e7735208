// Every string from a report passes through here before it reaches the markup: text and
// attribute values alike, so a value can neither start a tag nor end or add an attribute.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Control characters other than tab and newlines are invalid in HTML; they could only confuse a reader.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function esc(value: string | number): string {
  return String(value)
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
    .replace(CONTROL, '\ufffd');
}
