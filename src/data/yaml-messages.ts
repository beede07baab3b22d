import type { ErrorCode } from 'yaml';

/** Vietnamese wording of the yaml library's error codes; the key shown is the code in lower case. */
export const YAML_MESSAGES: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'Bí danh (alias) không được mang thẻ hay neo',
  BAD_ALIAS: 'Bí danh (alias) không hợp lệ',
  BAD_DIRECTIVE: 'Chỉ thị YAML (dòng bắt đầu bằng %) không hợp lệ',
  BAD_DQ_ESCAPE: 'Ký tự thoát (\\) không hợp lệ trong chuỗi đặt trong dấu nháy kép',
  BAD_INDENT: 'Thụt lề sai',
  BAD_PROP_ORDER: 'Neo (&) và thẻ (!) đặt sai thứ tự',
  BAD_SCALAR_START: 'Giá trị không được bắt đầu bằng ký tự này; hãy đặt giá trị trong dấu nháy',
  BLOCK_AS_IMPLICIT_KEY: 'Không được dùng một khối làm khoá',
  BLOCK_IN_FLOW: 'Không được đặt khối nhiều dòng bên trong [ ] hoặc { }',
  BAD_COLLECTION_TYPE: 'Kiểu danh sách hoặc bảng khoá không hợp lệ',
  DUPLICATE_KEY: 'Khoá bị lặp lại trong cùng một bảng',
  IMPOSSIBLE: 'Lỗi cú pháp YAML',
  KEY_OVER_1024_CHARS: 'Khoá dài quá 1024 ký tự',
  MISSING_CHAR: 'Thiếu ký tự đóng (dấu nháy hoặc dấu ngoặc)',
  MULTILINE_IMPLICIT_KEY: 'Khoá không được kéo dài nhiều dòng (có thể thiếu dấu hai chấm hoặc thụt lề sai)',
  MULTIPLE_ANCHORS: 'Một giá trị có nhiều neo (&)',
  MULTIPLE_DOCS: 'Tệp chỉ được chứa một tài liệu YAML (bỏ dòng ---)',
  MULTIPLE_TAGS: 'Một giá trị có nhiều thẻ (!)',
  NON_STRING_KEY: 'Khoá phải là chuỗi',
  RESOURCE_EXHAUSTION: 'Quá nhiều bí danh (alias): tệp có thể là một "quả bom bí danh"',
  TAB_AS_INDENT: 'Không được thụt lề bằng phím Tab; hãy dùng dấu cách',
  TAG_RESOLVE_FAILED: 'Thẻ YAML (!) không hiểu được',
  UNEXPECTED_TOKEN: 'Ký tự không mong đợi ở đây',
};

/** The yaml library's codes are broad (MISSING_CHAR covers a dozen cases): its common messages get their own wording. */
const BY_MESSAGE: [RegExp, string][] = [
  [/^Missing closing "quote/, 'Thiếu dấu nháy kép (") đóng chuỗi'],
  [/^Missing closing 'quote/, "Thiếu dấu nháy đơn (') đóng chuỗi"],
  [/^Nested mappings are not allowed in compact mappings/, 'Giá trị viết trên một dòng không được chứa ": " (dấu hai chấm rồi dấu cách); hãy đặt giá trị trong dấu nháy kép'],
  [/^Implicit keys need to be on a single line/, 'Khoá phải nằm gọn trên một dòng (có thể thiếu dấu hai chấm, hoặc thụt lề sai)'],
  [/^All mapping items must start at the same column/, 'Các khoá của cùng một bảng phải thẳng cột'],
  [/^All sequence items must start at the same column/, 'Các phần tử của cùng một danh sách phải thẳng cột'],
  [/^Flow sequence .*end with a \]/, 'Thiếu dấu ] đóng danh sách, hoặc dòng sau thụt lề chưa đủ'],
  [/^Flow map .*end with a \}/, 'Thiếu dấu } đóng bảng khoá, hoặc dòng sau thụt lề chưa đủ'],
  [/^Missing , or : between/, 'Thiếu dấu phẩy hoặc dấu hai chấm giữa các phần tử trong [ ] hoặc { }'],
  [/^Comments must be separated from other tokens by white space/, 'Dấu # mở đầu ghi chú phải cách phần trước ít nhất một dấu cách'],
  [/^Sequence item without - indicator/, 'Phần tử danh sách thiếu dấu "-" ở đầu'],
];

export function yamlMessage(code: ErrorCode, english: string): string {
  return BY_MESSAGE.find(([re]) => re.test(english))?.[1] ?? YAML_MESSAGES[code] ?? YAML_MESSAGES.IMPOSSIBLE;
}
