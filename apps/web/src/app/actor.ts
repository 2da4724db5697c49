/**
 * Who is making changes, for the audit trail. There are no accounts yet: the name the user gives
 * is remembered in this browser and sent with every request.
 */
const KEY = "bk.actor";

export function getActor(): string {
  return (typeof localStorage !== "undefined" && localStorage.getItem(KEY)) || "";
}

export function setActor(name: string) {
  localStorage.setItem(KEY, name.trim());
}
