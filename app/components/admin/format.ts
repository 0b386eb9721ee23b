// Dates in the back office are shown in UTC, so the server's HTML and the browser's agree.
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export function formatDateTime(value: string | Date) {
  return `${dateTime.format(new Date(value))} UTC`;
}

export function formatDate(value: string | Date) {
  return date.format(new Date(value));
}
