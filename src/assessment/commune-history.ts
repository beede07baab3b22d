import type { Role } from '../schema/condition.ts';
import { compareDates, within, type IsoDate } from '../domain/dates.ts';
import { personRef, scopeCommunes, type DatasetIndex } from './indexes.ts';
import type { PersonRef } from './refs.ts';
import { ROLE_LABELS } from './views.ts';

export interface CommuneTerm {
  person: PersonRef;
  role: Role;
  roleLabel: string;
  from: IsoDate;
  to?: IsoDate;
  /** Against the date asked for: ended before it, running at it, or starting after it. */
  when: 'past' | 'current' | 'future';
}

/**
 * Everyone who held a role in each commune of a district, at any date: the chairwomen one after
 * another and the source cadres, chairwomen first, each list by start date. Lets a district page
 * reach former chairwomen, whom the view at one date no longer shows.
 */
export function communeTerms(ix: DatasetIndex, districtId: string, date: IsoDate): Map<string, CommuneTerm[]> {
  const out = new Map<string, CommuneTerm[]>();
  for (const code of scopeCommunes(ix, { district: districtId })) {
    const terms = ix.termsByCommune.get(code) ?? [];
    out.set(
      code,
      terms.map(({ person: p, term: t }) => ({
        person: personRef(ix, p),
        role: t.role,
        roleLabel: ROLE_LABELS[t.role],
        from: t.from,
        ...(t.to ? { to: t.to } : {}),
        when: within(date, t.from, t.to) ? 'current' : t.from > date ? 'future' : 'past',
      })),
    );
  }
  const order = (r: Role) => (r === 'chairwoman' ? 0 : 1);
  for (const list of out.values()) {
    list.sort((x, y) => order(x.role) - order(y.role) || compareDates(x.from, y.from) || (x.person.id < y.person.id ? -1 : 1));
  }
  return out;
}
