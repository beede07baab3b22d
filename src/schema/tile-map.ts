import { z } from 'zod';
import { slug, text } from './common.ts';

export const tile = z
  .strictObject({
    district: slug.meta({ description: 'Mã quận, huyện, thị xã (một trong districts[].id của districts.yaml)' }),
    row: z.int().min(0).max(20).meta({ description: 'Hàng của ô, đếm từ 0 ở phía bắc' }),
    col: z.int().min(0).max(20).meta({ description: 'Cột của ô, đếm từ 0 ở phía tây' }),
    short: text.max(4, { error: 'Tên viết tắt tối đa 4 ký tự' }).meta({ description: 'Tên viết tắt in trong ô (ví dụ "ĐĐ" cho Đống Đa)' }),
  })
  .meta({ description: 'Một ô của bản đồ ô: một quận, huyện, thị xã' });

export const tileMapFile = z
  .strictObject({
    note: text.meta({ description: 'Bản đồ ô được xếp thế nào' }),
    tiles: z.array(tile).min(1),
  })
  .meta({ title: 'Bản đồ ô các quận, huyện (data/tile-map.yaml)' });

export type Tile = z.infer<typeof tile>;
export type TileMapFile = z.infer<typeof tileMapFile>;
