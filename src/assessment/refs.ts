import type { PersonRecord, SourceRef } from '../data/dataset.ts';
import { COMMUNE_TYPES, DISTRICT_TYPES } from '../schema/districts.ts';
import type { DatasetIndex, PersonEntry } from './indexes.ts';

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

export function districtName(ix: DatasetIndex, id: string): string {
  const d = ix.districtById.get(id);
  return d ? `${DISTRICT_TYPES[d.type]} ${d.name}` : id;
}

/** Shared per person (made once): pages must not mutate it. */
export function personRef(ix: DatasetIndex, p: PersonRecord): PersonRef {
  const e = ix.entryById.get(p.id);
  return e ? entryRef(ix, e) : makePersonRef(ix, p);
}

export function entryRef(ix: DatasetIndex, e: PersonEntry): PersonRef {
  return (e.ref ??= makePersonRef(ix, e.person));
}

function makePersonRef(ix: DatasetIndex, p: PersonRecord): PersonRef {
  return { id: p.id, name: p.name, district: p.district, districtName: districtName(ix, p.district), source: p.source };
}

/** Shared per commune (made once): pages must not mutate it. */
export function communeRef(ix: DatasetIndex, code: string): CommuneRef {
  const info = ix.communes.get(code);
  if (!info) return { code, name: code, type: 'xa', district: '', districtName: '' };
  return (info.ref ??= {
    code,
    name: `${COMMUNE_TYPES[info.commune.type]} ${info.commune.name}`,
    type: info.commune.type,
    district: info.district.id,
    districtName: districtName(ix, info.district.id),
  });
}
