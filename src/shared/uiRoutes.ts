/**
 * Paths the web app routes itself. The server answers these with index.html and every
 * other unknown path with a 404, so a typo never looks like a page.
 */
export const uiRoutePatterns = ['/', '/login', '/objects', '/objects/:id', '/systems', '/information-sets', '/information-sets/:id', '/information-types', '/org', '/people', '/people/:id', '/roles', '/profile', '/audit', '/requirements', '/surveys', '/surveys/new', '/surveys/:id', '/my-surveys', '/information-sets/:id/classify', '/classification-referrals', '/coverage', '/risk-analyses', '/risk-analyses/:id', '/risks', '/risks/:id', '/settings', '/incidents', '/incidents/new', '/incidents/mine', '/incidents/:id', '/incident-deadlines', '/incident-stats', '/settings/incidents', '/rapportera/:id', '/vulnerabilities', '/vulnerabilities/scans', '/vulnerabilities/scans/:id', '/vulnerabilities/findings', '/vulnerabilities/findings/:id'] as const;

const matchers = uiRoutePatterns.map((pattern) => new RegExp(`^${pattern.replace(/:[a-zA-Z]+/g, '[^/]+')}/?$`));

export function isUiRoute(pathname: string): boolean {
  return matchers.some((matcher) => matcher.test(pathname));
}
