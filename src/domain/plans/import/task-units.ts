// Đơn vị của nhiệm vụ: turns matched names into a task's lead and coordinating fields — one unit,
// a group (several units, or "các xã" of a unit), or text kept as printed and flagged.
import type { ImportFlag, ImportedTask } from './imported-plan';
import type { UnitMatch, UnitReading } from './match-unit';

function readingOf(match: UnitMatch): UnitReading {
  if (match.reading) return match.reading;
  if (match.organisationId) return 'unit';
  return match.group ? 'group' : 'unmatched';
}

/**
 * Trường chủ trì: the lead fields of an ImportedTask from the names read in its lead cell or phrase.
 * Matched units lead (one → the unit, several → a group of units, "các xã" → the group); names no
 * unit matched stay in leadSuggestion and flag the task, so a person picks the unit.
 */
export function leadFields(
  printed: string,
  matches: readonly UnitMatch[],
): Pick<ImportedTask, 'leadOrganisationId' | 'leadGroup' | 'leadSuggestion' | 'leadText'> & {
  flags: ImportFlag[];
} {
  const text = printed.trim();
  const ids = [
    ...new Set(matches.map((match) => match.organisationId).filter((id): id is string => !!id)),
  ];
  const groups = matches.filter((match) => readingOf(match) === 'group' && match.group);
  const rest = matches.filter((match) => !['unit', 'group'].includes(readingOf(match)));
  const suggestion = rest.map((match) => match.text).join(', ');
  const flags: ImportFlag[] =
    matches.length === 0
      ? [text ? 'unmatched_unit' : 'lead_missing']
      : rest.length > 0
        ? ['unmatched_unit']
        : [];
  const base = { leadText: text, leadSuggestion: matches.length === 0 ? text : suggestion, flags };
  if (groups.length > 0 && ids.length === 0)
    return { ...base, leadOrganisationId: null, leadGroup: groups[0]!.group };
  const groupIds = groups.flatMap((match) => match.members ?? []);
  const all = [...new Set([...ids, ...groupIds])];
  if (all.length === 1) return { ...base, leadOrganisationId: all[0]!, leadGroup: null };
  if (all.length > 1)
    return {
      ...base,
      leadOrganisationId: null,
      leadGroup: { kind: 'units', organisationIds: all },
    };
  return { ...base, leadOrganisationId: null, leadGroup: null, leadSuggestion: text };
}

/**
 * Trường phối hợp: matched units (and the members of a group such as "UBND các xã, thị trấn")
 * become ids; the rest stay as printed in coordinatingNote, flagged when a name looked like one
 * unit but matched none ("Các ngành liên quan" is kept without a flag: it names no unit).
 */
export function coordinatingFields(
  printed: string,
  matches: readonly UnitMatch[],
): Pick<ImportedTask, 'coordinatingOrganisationIds' | 'coordinatingNote' | 'coordinatingText'> & {
  flags: ImportFlag[];
} {
  const ids = matches.flatMap((match) => {
    if (match.organisationId) return [match.organisationId];
    return readingOf(match) === 'group' ? (match.members ?? []) : [];
  });
  const rest = matches.filter((match) => !['unit', 'group'].includes(readingOf(match)));
  const flagged = rest.some((match) => ['unmatched', 'ambiguous'].includes(readingOf(match)));
  return {
    coordinatingOrganisationIds: [...new Set(ids)],
    coordinatingNote: rest.map((match) => match.text).join(', '),
    coordinatingText: printed.trim(),
    flags: flagged ? ['unmatched_unit'] : [],
  };
}
