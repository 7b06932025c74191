/**
 * What reading one row of a dossier export gives: a dossier, or the reasons it was refused. The
 * reader (header mapping, value parsing) produces these; the import pipeline consumes them.
 */
import type { Dossier } from './dossier';

/** Why a row was refused: a stable code, the column (export header) concerned, a Vietnamese message. */
export interface DossierRowError {
  code: string;
  /** The export's header of the offending column, when one column is at fault. */
  column?: string;
  message: string;
}

/** One row of an export, by its 1-based line number in the file (the header is line 1). */
export type DossierRowResult =
  { line: number; dossier: Dossier } | { line: number; errors: DossierRowError[] };
