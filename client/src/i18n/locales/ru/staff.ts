import type { StaffCatalogue } from '../types.js';

export default {
  'staff.placeholder': 'Ведущий',
} satisfies StaffCatalogue;
