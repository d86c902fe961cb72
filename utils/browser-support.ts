/**
 * Is this browser new enough for the extension? The content script needs the CSS
 * Custom Highlight API; without it, it does nothing, and the popup says which
 * version is needed (the one the manifest claims, so the two cannot disagree).
 */
export interface BrowserSupport {
  supported: boolean;
  /** "Firefox" or "Chrome": the family whose minimum version applies. */
  family: 'Firefox' | 'Chrome';
  /** The oldest version the manifest claims, e.g. "140" or "111". */
  minVersion: string;
}

interface ManifestVersions {
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { strict_min_version?: string } };
}

/** `scope` is the global object of an extension page (the popup's `globalThis`). */
export function browserSupport(scope: object, manifest: ManifestVersions): BrowserSupport {
  const css = (scope as { CSS?: object }).CSS;
  const supported =
    css !== undefined &&
    'highlights' in css &&
    typeof (scope as { Highlight?: unknown }).Highlight === 'function';
  const gecko = manifest.browser_specific_settings?.gecko?.strict_min_version;
  if (gecko) return { supported, family: 'Firefox', minVersion: gecko.replace(/\.0$/, '') };
  return { supported, family: 'Chrome', minVersion: manifest.minimum_chrome_version ?? '' };
}
