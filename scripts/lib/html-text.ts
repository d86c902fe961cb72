/**
 * Parse an HTML file with happy-dom (no scripts run, nothing is fetched) and collect
 * its text with the same walker and skip rules as the content script.
 */
import { Window } from 'happy-dom';
import { collectText } from '../../engine/collect.ts';

export const htmlToText = (html: string): Promise<string> => htmlScopeText(html);

/** Text of the first element matching `scope` (e.g. `article`), or of the body when there is none. */
export async function htmlScopeText(html: string, scope?: string): Promise<string> {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  try {
    const document = window.document;
    document.write(html);
    const scoped = scope ? document.querySelector(scope) : null;
    const root = (scoped ?? document.body ?? document.documentElement) as unknown as Node;
    return collectText(root).text;
  } finally {
    await window.happyDOM.close();
  }
}
