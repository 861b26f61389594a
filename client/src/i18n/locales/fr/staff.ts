import type { StaffCatalogue } from '../types.js';

export default {
  'staff.placeholder': 'Animateur',
} satisfies StaffCatalogue;
