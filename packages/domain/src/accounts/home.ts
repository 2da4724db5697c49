/**
 * The page a role starts on ('/'): a project lead on their financing, an analyst on the grants.
 * The web app goes there; the server draws that page's heading into the first HTML it sends.
 */
export function homeFor(roles: readonly string[]): string {
  if (roles.includes("ADMIN") || roles.includes("CASE_OFFICER")) return "/attention";
  if (roles.includes("PROJECT_LEAD")) return "/financing";
  if (roles.includes("STATISTICIAN")) return "/statistics";
  return "/grants";
}
