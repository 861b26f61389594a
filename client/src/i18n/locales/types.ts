/**
 * What every language's files must hold: exactly the keys of English's, each
 * a message (a string, or plural forms). `satisfies AttendeeCatalogue` (KindsCatalogue, StaffCatalogue) in a
 * language's file makes the type checker name a missing or unknown key; the
 * catalogue test checks the placeholders and plural forms.
 */
import type { Message } from '../catalogue.js';
import type attendee from './en/attendee.js';
import type kinds from './en/kinds.js';
import type staff from './en/staff.js';

export type AttendeeCatalogue = { readonly [K in keyof typeof attendee]: Message };
export type KindsCatalogue = { readonly [K in keyof typeof kinds]: Message };
export type StaffCatalogue = { readonly [K in keyof typeof staff]: Message };
