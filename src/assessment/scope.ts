import { DISTRICT_TYPES } from '../schema/districts.ts';
import type { DatasetIndex } from './indexes.ts';

/** Where a figure is counted: the whole city, one district (quận, huyện, thị xã) or one cluster. */
export type Scope = 'city' | { district: string } | { cluster: string };

/** String keys of scopes, for maps: 'city', 'district:<id>', 'cluster:<id>'. */
export const CITY = 'city';
export const districtKey = (id: string): string => `district:${id}`;
export const clusterKey = (id: string): string => `cluster:${id}`;

export function scopeKey(s: Scope): string {
  if (s === 'city') return CITY;
  return 'district' in s ? districtKey(s.district) : clusterKey(s.cluster);
}

/** The commune codes a scope covers, in data order; throws on an unknown district or cluster. */
export function scopeCommunes(ix: DatasetIndex, s: Scope): string[] {
  const key = scopeKey(s);
  if (s !== 'city') scopeLabel(ix, s); // validates the id
  const out: string[] = [];
  for (const [code, info] of ix.communes) if (info.scopeKeys.includes(key)) out.push(code);
  return out;
}

export function scopeLabel(ix: DatasetIndex, s: Scope): string {
  if (s === 'city') return 'Toàn thành phố';
  if ('district' in s) {
    const d = ix.districtById.get(s.district);
    if (!d) throw new RangeError(`Không có quận, huyện "${s.district}" (unknown-district)`);
    return `${DISTRICT_TYPES[d.type]} ${d.name}`;
  }
  const c = ix.clusterById.get(s.cluster);
  if (!c) throw new RangeError(`Không có cụm "${s.cluster}" (unknown-cluster)`);
  return c.name;
}
