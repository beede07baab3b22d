import type { Commune, Dimension, District, RoleTerm } from '../../src/schema/index.ts';
import type { IsoDate } from './dates.ts';

/** A commune with the district it belongs to: the unit every roster is built around. */
export interface WorldCommune extends Commune {
  district: District;
}

/** A person while the sample is being built: levels as plain strings, cast once when written. */
export interface Draft {
  id: string;
  district: string;
  /** The commune whose roster she belongs to (her first role). */
  commune: WorldCommune;
  name: string;
  birthDate: IsoDate;
  levels: Record<Dimension, string>;
  firstTerm: boolean;
  partyMember: boolean;
  roles: RoleTerm[];
}
