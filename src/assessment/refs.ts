import type { PersonRecord, SourceRef } from '../data/dataset.ts';
import { COMMUNE_TYPES, DISTRICT_TYPES } from '../data/schema/districts.ts';
import type { DatasetIndex } from './indexes.ts';

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

export function personRef(ix: DatasetIndex, p: PersonRecord): PersonRef {
  return { id: p.id, name: p.name, district: p.district, districtName: districtName(ix, p.district), source: p.source };
}

export function communeRef(ix: DatasetIndex, code: string): CommuneRef {
  const info = ix.communes.get(code);
  if (!info) return { code, name: code, type: 'xa', district: '', districtName: '' };
  const { commune, district } = info;
  return {
    code,
    name: `${COMMUNE_TYPES[commune.type]} ${commune.name}`,
    type: commune.type,
    district: district.id,
    districtName: districtName(ix, district.id),
  };
}
