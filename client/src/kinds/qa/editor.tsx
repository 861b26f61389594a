/**
 * The host's parts of audience Q&A: the moderation (questions shown at
 * once, or approved first); the card's label, and its desk (desk.tsx) in
 * place of a mini result.
 */
import './qa-host.css';
import type { EditorKind, FieldsProps } from '../kind.js';
import { ModerationField } from '../moderation-field.js';
import { QaDesk } from './desk.js';
import { moderationName, qaSettings, questionsLabel, type QaFields } from './settings.js';

const MODERATIONS = [
  {
    value: 'post',
    title: 'Show questions at once (you can hide them)',
    hint: 'Each question reaches the list as it is asked.',
  },
  {
    value: 'pre',
    title: 'Approve each question first',
    hint: 'Nothing reaches the list until you approve it.',
  },
] as const;

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
  title: 'Ask and upvote',
  hint: 'Audience Q&A',
  label: (poll) => `Audience Q&A · ${moderationName(poll.moderation)}`,
  ...qaSettings,
  Fields: QaFieldsView,
  Mini: QaDesk,
  footnote: () => null,
  totalText: questionsLabel,
  changeRule: false,
  hidesResults: false,
};
