/** A sample of the page highlights, in the chosen style and the same colours as the content script. */
import type { CSSProperties } from 'preact';
import type { EntityType } from '../../engine/types.ts';
import { FIREFOX_UNDERLINE_SINCE, paintableStyle } from '../../utils/highlight-styles.ts';
import { t } from '../../utils/i18n.ts';
import type { Settings } from '../../utils/settings.ts';
import { TYPE_COLOURS } from '../../utils/type-colours.ts';
import { TYPE_ORDER, typeKey } from './logic.ts';

export function previewStyle(style: Settings['highlightStyle'], type: EntityType): CSSProperties {
  const c = TYPE_COLOURS[type];
  if (style === 'background') return { backgroundColor: `${c}33` };
  if (style === 'underline') {
    return {
      textDecoration: `underline 2px ${c}`,
      textDecorationSkipInk: 'none',
      textUnderlineOffset: '3px',
    };
  }
  return {};
}

export function HighlightPreview({ settings }: { settings: Settings }) {
  // The preview shows what the page will show: a tint where this browser cannot underline.
  const shown = paintableStyle(settings.highlightStyle, navigator.userAgent);
  return (
    <div class="preview" id="highlight-preview" data-style={settings.highlightStyle}>
      <span class="preview-label">{t('optionsPreview')}</span>
      {TYPE_ORDER.map((type) => (
        <span
          key={type}
          class="preview-mention"
          data-type={type}
          style={settings.enabledTypes[type] ? previewStyle(shown, type) : undefined}
        >
          {t(typeKey(type))}
        </span>
      ))}
      {shown !== settings.highlightStyle && (
        <p class="preview-note" id="underline-fallback">
          {t('optionsUnderlineFallback', String(FIREFOX_UNDERLINE_SINCE))}
        </p>
      )}
    </div>
  );
}
