import { render } from 'preact';
import { PopupApp } from './popup-app.tsx';
import { POPUP_CSS } from './popup-styles.ts';
import { CARD_CSS } from '../../components/card-styles.ts';
import { applyUiLanguage } from '../../utils/direction.ts';

const style = document.createElement('style');
style.textContent = CARD_CSS + POPUP_CSS;
document.head.append(style);
// `lang` and `dir` follow the browser's UI language (`@@bidi_dir`), not the page's.
applyUiLanguage();
render(<PopupApp />, document.getElementById('app')!);
