// Đơn vị của nhiệm vụ: turns matched names into a task's lead and coordinating fields — one unit,
// a group (several units, or "các xã" of a unit), or text kept as printed and flagged.
import type { ImportFlag, ImportedTask } from './imported-plan';
import type { UnitMatch } from './match-unit';

/** Trường chủ trì: the lead fields of an ImportedTask from the names read in its lead cell or phrase. */
export function leadFields(
  printed: string,
  matches: readonly UnitMatch[],
): Pick<ImportedTask, 'leadOrganisationId' | 'leadGroup' | 'leadSuggestion' | 'leadText'> & {
  flags: ImportFlag[];
} {
  const text = printed.trim();
  if (matches.length === 0)
    return {
      leadOrganisationId: null,
      leadGroup: null,
      leadSuggestion: text,
      leadText: text,
      flags: text ? ['unmatched_unit'] : ['lead_missing'],
    };
  const unmatched = matches.filter((match) => !match.organisationId && !match.group);
  if (matches.length === 1 && matches[0]!.group)
    return {
      leadOrganisationId: null,
      leadGroup: matches[0]!.group,
      leadSuggestion: '',
      leadText: text,
      flags: [],
    };
  if (matches.length === 1 || unmatched.length > 0) {
    const first = matches[0]!;
    return {
      leadOrganisationId: unmatched.length === 0 ? first.organisationId : null,
      leadGroup: null,
      leadSuggestion: unmatched.length === 0 ? '' : text,
      leadText: text,
      flags: unmatched.length === 0 ? [] : ['unmatched_unit'],
    };
  }
  const ids = matches.map((match) => match.organisationId).filter((id): id is string => !!id);
  return {
    leadOrganisationId: null,
    leadGroup: { kind: 'units', organisationIds: [...new Set(ids)] },
    leadSuggestion: '',
    leadText: text,
    flags: [],
  };
}

/** Trường phối hợp: matched units become ids; the rest stay as printed in coordinatingNote (flagged when a name looked like a unit but matched none). */
export function coordinatingFields(
  printed: string,
  matches: readonly UnitMatch[],
): Pick<ImportedTask, 'coordinatingOrganisationIds' | 'coordinatingNote' | 'coordinatingText'> & {
  flags: ImportFlag[];
} {
  const ids = matches.map((match) => match.organisationId).filter((id): id is string => !!id);
  const unmatched = matches.filter((match) => !match.organisationId);
  return {
    coordinatingOrganisationIds: [...new Set(ids)],
    coordinatingNote: unmatched.map((match) => match.text).join(', '),
    coordinatingText: printed.trim(),
    flags: [],
  };
}
