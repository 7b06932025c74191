/** Vietnamese display forms (88,09; 22/03/2024) shared by screens and documents, re-exported from the domain so the web reaches them through the contract. */
export {
  formatViNumber,
  parseViNumber,
  formatViDate,
  parseViDate,
  formatViDateTime,
} from '@domain/shared/vi-format';
