/** "Set by your organisation": a setting the administrator's policy fixes. */
import { t } from '../utils/i18n.ts';

/** A padlock drawn inline: emoji fonts are missing on many school machines. */
export function LockIcon() {
  return (
    <svg class="lock-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7zm2 0h4V5a2 2 0 1 0-4 0z" fill="currentColor" />
    </svg>
  );
}

export function LockedNote({ id, text }: { id: string; text?: string }) {
  return (
    <p class="locked" id={id}>
      <LockIcon /> {text ?? t('optionsLocked')}
    </p>
  );
}
