import { render } from 'preact';
import { applyUiLanguage } from '../../utils/direction.ts';
import { t } from '../../utils/i18n.ts';
import { OptionsApp } from './options-app.tsx';
import { OPTIONS_CSS } from './options-styles.ts';

const style = document.createElement('style');
style.textContent = OPTIONS_CSS;
document.head.append(style);
applyUiLanguage();
document.title = t('optionsTitle');
render(<OptionsApp />, document.getElementById('app')!);
