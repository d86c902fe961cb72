import { render } from 'preact';
import { applyUiLanguage } from '../../utils/direction.ts';
import { t } from '../../utils/i18n.ts';
import { NotebookApp } from './notebook-app.tsx';
import { NOTEBOOK_CSS } from './notebook-styles.ts';

const style = document.createElement('style');
style.textContent = NOTEBOOK_CSS;
document.head.append(style);
applyUiLanguage();
document.title = t('notebookTitle');
render(<NotebookApp />, document.getElementById('app')!);
