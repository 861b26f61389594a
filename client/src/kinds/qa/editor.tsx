/**
 * The host's parts of audience Q&A: the moderation (questions shown at
 * once, or approved first); the card's label, and its desk (desk.tsx) in
 * place of a mini result.
 */
import './qa-host.css';
import { t } from '../../i18n/i18n.js';
import type { EditorKind, FieldsProps } from '../kind.js';
import { ModerationField, type ModerationOption } from '../moderation-field.js';
import { QaDesk } from './desk.js';
import { moderationName, qaSettings, questionsLabel, type QaFields } from './settings.js';

const MODERATIONS: readonly ModerationOption[] = [
  { value: 'post', title: 'editor.qa.postTitle', hint: 'editor.qa.postHint' },
  { value: 'pre', title: 'editor.qa.preTitle', hint: 'editor.qa.preHint' },
];

function QaFieldsView({ fields, change, uid }: FieldsProps<QaFields>) {
  return (
    <ModerationField
      uid={uid}
      value={fields.moderation}
      options={MODERATIONS}
      class="qa-moderation"
      onChange={(moderation) => change((f) => ({ ...f, moderation }))}
    />
  );
}

export const qaEditor: EditorKind<'qa', QaFields> = {
  get title() {
    return t('editor.qa.title');
  },
  get hint() {
    return t('editor.qa.hint');
  },
  label: (poll) => t('editor.qa.label', { moderation: moderationName(poll.moderation) }),
  ...qaSettings,
  Fields: QaFieldsView,
  Mini: QaDesk,
  footnote: () => null,
  totalText: questionsLabel,
  changeRule: false,
  hidesResults: false,
};
