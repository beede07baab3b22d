import { z } from 'zod';
import { communeCode, districtCode, slug, text } from './common.ts';

export const DISTRICT_TYPES = { quan: 'Quận', 'thi-xa': 'Thị xã', huyen: 'Huyện' } as const;
export const COMMUNE_TYPES = { xa: 'Xã', phuong: 'Phường', 'thi-tran': 'Thị trấn' } as const;

export const commune = z
  .strictObject({
    code: communeCode,
    name: text.meta({ description: 'Tên, không kèm chữ "Xã", "Phường", "Thị trấn" (ví dụ "Phúc Xá")' }),
    type: z.enum(Object.keys(COMMUNE_TYPES) as ['xa', 'phuong', 'thi-tran']).meta({
      description: 'Loại đơn vị: xa = xã, phuong = phường, thi-tran = thị trấn',
    }),
  })
  .meta({ description: 'Một xã, phường, thị trấn' });

export const cluster = z
  .strictObject({
    id: slug,
    name: text.meta({ description: 'Tên cụm (ví dụ "Cụm khối quận")' }),
    kind: z.enum(['urban', 'rural']).meta({ description: 'urban = cụm khối quận, rural = cụm khối huyện' }),
  })
  .meta({ description: 'Một cụm thi đua (đề án chia 1 cụm khối quận và 2 cụm khối huyện, mục V.2.4)' });

export const district = z
  .strictObject({
    id: slug.meta({ description: 'Mã dùng trong đường dẫn và tên tệp data/people/<id>.yaml (ví dụ dong-da)' }),
    code: districtCode,
    name: text.meta({ description: 'Tên, không kèm chữ "Quận", "Huyện", "Thị xã" (ví dụ "Đống Đa")' }),
    type: z.enum(Object.keys(DISTRICT_TYPES) as ['quan', 'thi-xa', 'huyen']).meta({
      description: 'Loại đơn vị: quan = quận, thi-xa = thị xã, huyen = huyện',
    }),
    cluster: slug.meta({ description: 'Mã cụm (một trong clusters[].id)' }),
    communes: z.array(commune).min(1),
  })
  .meta({ description: 'Một quận, huyện, thị xã và các xã, phường, thị trấn trực thuộc' });

export const districtsFile = z
  .strictObject({
    source: text.meta({ description: 'Nguồn danh mục hành chính' }),
    clusterNote: text.optional().meta({ description: 'Ghi chú về cách chia cụm' }),
    clusters: z.array(cluster).min(1),
    districts: z.array(district).min(1),
  })
  .meta({ title: 'Quận, huyện và xã, phường, thị trấn (data/districts.yaml)' });

export type Commune = z.infer<typeof commune>;
export type Cluster = z.infer<typeof cluster>;
export type District = z.infer<typeof district>;
export type DistrictsFile = z.infer<typeof districtsFile>;
