/** Accent-insensitive matching ("lap vo" finds "Lấp Vò") shared by the server's search and the web's pickers, re-exported from the domain so the web reaches it through the contract. */
export { foldVietnamese, matchesSearch } from '@domain/shared/fold-vietnamese';
