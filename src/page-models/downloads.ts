/**
 * The downloads: the /du-lieu/ page that lists them and the files themselves (/du-lieu/<name>.csv,
 * .xlsx, .json), both from the tables of src/site/downloads.ts. `builtOn` is the build's date
 * (getBuildDate() in load.ts), passed in so that the models stay pure.
 */
import { csvOf, DOWNLOADS, FORMATS, jsonOf, type Format } from '../site/downloads.ts';
import { fileHref } from '../site/url.ts';
import { xlsxOf } from '../site/xlsx.ts';
import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';
import { indexedWhole } from './search-frame.ts';

const FORMAT_LABELS: Record<Format, string> = {
  csv: 'CSV (mở bằng Excel, LibreOffice)',
  xlsx: 'Excel (.xlsx: cùng các cột, số là số, ngày là ngày)',
  json: 'JSON (cho chương trình)',
};
// Object.keys loses the key type; the formats are the keys of FORMATS, in their order.
const FORMAT_LIST = Object.keys(FORMATS) as Format[];

export interface DownloadsPage {
  frame: PageFrame;
  /** ISO date the figures are counted to. */
  dataDate: string;
  /** ISO date of the build. */
  builtOn: string;
  sample: boolean;
  files: {
    name: string;
    title: string;
    description: string;
    rows: number;
    formats: { format: Format; href: string; label: string }[];
    columns: { key: string; label: string }[];
  }[];
}

export function downloadsPage({ a, chrome }: SiteContext, builtOn: string): DownloadsPage {
  return {
    frame: indexedWhole({ title: 'Dữ liệu', description: 'Tải về danh sách, chỉ tiêu và lớp học dạng CSV, Excel và JSON', breadcrumbs: [{ label: 'Dữ liệu' }], chrome }, { order: 5 }),
    dataDate: chrome.dataDate,
    builtOn,
    sample: chrome.sample,
    files: DOWNLOADS.map((t) => ({
      name: t.name,
      title: t.title,
      description: t.description,
      rows: t.rows(a).length,
      formats: FORMAT_LIST.map((format) => ({ format, href: fileHref(`du-lieu/${t.name}.${format}`), label: FORMAT_LABELS[format] })),
      columns: t.columns.map((c) => ({ key: c.key, label: c.label })),
    })),
  };
}

/** One download file, as the endpoint sends it. */
export interface DownloadFile {
  /** "danh-sach.csv": the route's [file]. */
  file: string;
  contentType: string;
  /** Text for CSV and JSON, bytes for the workbook. */
  body: string | Uint8Array<ArrayBuffer>;
}

/** The getStaticPaths entries of /du-lieu/[file]: every table in every format. */
export async function downloadFilePaths({ a, chrome }: SiteContext, builtOn: string): Promise<{ params: { file: string }; props: { model: DownloadFile } }[]> {
  const meta = { asOf: chrome.dataDate, builtOn, sample: chrome.sample, source: chrome.dataSource };
  const perTable = await Promise.all(
    DOWNLOADS.map(async (table) => {
      const rows = table.rows(a);
      const bodies: Record<Format, string | Uint8Array<ArrayBuffer>> = { csv: csvOf(table, rows), xlsx: await xlsxOf(table, rows, meta), json: jsonOf(table, rows, meta) };
      return FORMAT_LIST.map((format) => {
        const file = `${table.name}.${format}`;
        return { params: { file }, props: { model: { file, contentType: FORMATS[format], body: bodies[format] } } };
      });
    }),
  );
  return perTable.flat();
}
