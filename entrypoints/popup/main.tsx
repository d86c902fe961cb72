import { render } from 'preact';
import { PopupApp } from './popup-app.tsx';
import { POPUP_CSS } from './popup-styles.ts';
import { CARD_CSS } from '../../components/card-styles.ts';

const style = document.createElement('style');
style.textContent = CARD_CSS + POPUP_CSS;
document.head.append(style);
document.documentElement.lang = navigator.language || 'en';
render(<PopupApp />, document.getElementById('app')!);
