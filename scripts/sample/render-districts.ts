import type { DistrictsFile } from '../../src/schema/index.ts';
import { emitYaml, flow } from './yaml-emit.ts';

export const DISTRICTS_SCHEMA_LINE = 'yaml-language-server: $schema=../schemas/districts.schema.json';

/** districts.yaml text: shared by the importer (real units) and the generator (scaled copies). */
export function renderDistricts(file: DistrictsFile, header: readonly string[]): string {
  return emitYaml(
    [DISTRICTS_SCHEMA_LINE, ...header],
    {
      source: file.source,
      clusterNote: file.clusterNote,
      clusters: file.clusters.map((c) => flow({ id: c.id, name: c.name, kind: c.kind })),
      districts: file.districts.map((d) => ({
        id: d.id,
        code: d.code,
        name: d.name,
        type: d.type,
        cluster: d.cluster,
        communes: d.communes.map((c) => flow({ code: c.code, name: c.name, type: c.type })),
      })),
    },
    ['districts'],
  );
}
