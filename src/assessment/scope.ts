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
