import type { PersonRecord, SourceRef, Sourced } from '../data/dataset.ts';
import { COMMUNE_TYPES, DISTRICT_TYPES, type Commune, type District } from '../schema/districts.ts';

/** A person as pages may show her: never her birth date nor party membership. */
export interface PersonRef {
  id: string;
  name: string;
  district: string;
  districtName: string;
  source: SourceRef;
}

export interface CommuneRef {
  code: string;
  /** With its kind: "Phường Phúc Xá". */
  name: string;
  type: 'xa' | 'phuong' | 'thi-tran';
  district: string;
  districtName: string;
}

/** "Quận Đống Đa": a district's name with its kind. */
export function districtLabel(d: Pick<District, 'type' | 'name'>): string {
  return `${DISTRICT_TYPES[d.type]} ${d.name}`;
}

/** Made once per person by the index (indexes.ts): shared, pages must not mutate it. */
export function makePersonRef(p: PersonRecord, districtName: string): PersonRef {
  return { id: p.id, name: p.name, district: p.district, districtName, source: p.source };
}

/** Made once per commune by the index: shared, pages must not mutate it. */
export function makeCommuneRef(commune: Commune, district: Sourced<District>): CommuneRef {
  return {
    code: commune.code,
    name: `${COMMUNE_TYPES[commune.type]} ${commune.name}`,
    type: commune.type,
    district: district.id,
    districtName: districtLabel(district),
  };
}

/** A commune the data do not list (a reference the loader already reported). */
export function unknownCommuneRef(code: string): CommuneRef {
  return { code, name: code, type: 'xa', district: '', districtName: '' };
}
