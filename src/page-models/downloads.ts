/**
 * The downloads: the /du-lieu/ page that lists them and the files themselves (/du-lieu/<name>.csv,
 * .json), both from the tables of src/site/downloads.ts. `builtOn` is the build's date
 * (getBuildDate() in load.ts), passed in so that the models stay pure.
 */
import { csvOf, DOWNLOADS, FORMATS, jsonOf, type Format } from '../site/downloads.ts';
import { fileHref } from '../site/url.ts';
import type { SiteContext } from './context.ts';
import type { PageFrame } from './frame.ts';

const FORMAT_LABELS: Record<Format, string> = { csv: 'CSV (mở bằng Excel, LibreOffice)', json: 'JSON (cho chương trình)' };
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
    frame: { title: 'Dữ liệu', description: 'Tải về danh sách, chỉ tiêu và lớp học dạng CSV và JSON', breadcrumbs: [{ label: 'Dữ liệu' }], chrome },
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
  body: string;
}

/** The getStaticPaths entries of /du-lieu/[file]: every table in every format. */
export function downloadFilePaths({ a, chrome }: SiteContext, builtOn: string): { params: { file: string }; props: { model: DownloadFile } }[] {
  const meta = { asOf: chrome.dataDate, builtOn, sample: chrome.sample, source: chrome.dataSource };
  return DOWNLOADS.flatMap((table) => {
    const rows = table.rows(a);
    return FORMAT_LIST.map((format) => {
      const file = `${table.name}.${format}`;
      const body = format === 'csv' ? csvOf(table, rows) : jsonOf(table, rows, meta);
      return { params: { file }, props: { model: { file, contentType: FORMATS[format], body } } };
    });
  });
}
