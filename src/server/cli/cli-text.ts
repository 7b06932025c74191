// The CLI's help in Vietnamese (default) and English: `--lang en`, or PARPLAN_LANG=en, or a
// LANG / LC_ALL starting with "en" (PARPLAN_LANG=vi keeps Vietnamese on an English system).

/** The two languages of the help. */
export type CliLang = 'vi' | 'en';

/** Picks the help language from argv and the environment. */
export function pickLang(argv: readonly string[], env: NodeJS.ProcessEnv): CliLang {
  const flag = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const given =
    flag === -1
      ? (env.PARPLAN_LANG ?? env.LC_ALL ?? env.LANG ?? '')
      : argv[flag]!.includes('=')
        ? argv[flag]!.split('=')[1]!
        : (argv[flag + 1] ?? '');
  return given.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

const vi = {
  description: 'Công cụ dòng lệnh của parplan: quản trị, nhập/xuất, sao lưu và kiểm tra.',
  json: 'in kết quả dạng JSON trên stdout',
  lang: 'ngôn ngữ trợ giúp: vi (mặc định) hoặc en',
  help: 'hiện trợ giúp',
  version: 'hiện phiên bản',
  createAdmin: 'tạo quản trị viên của một tỉnh (mật khẩu từ PARPLAN_ADMIN_PASSWORD hoặc stdin)',
  tenantCode: 'mã tỉnh (tạo mới nếu chưa có)',
  tenantName: 'tên tỉnh khi tạo mới',
  login: 'tên đăng nhập',
  fullName: 'họ và tên',
  import: 'nhập dữ liệu từ tệp .xlsx/.csv (kiểm tra hết, ghi trong một giao dịch)',
  importOrganisations: 'nhập cây đơn vị',
  importResults: 'nhập kết quả chỉ số của nhiều đơn vị (tất cả hoặc không đơn vị nào)',
  framework: 'mã bộ chỉ số (như trên trang Bộ chỉ số)',
  field:
    'cột điểm: auto (mặc định), selfScore (tự chấm), appraisedScore (thẩm định)… như khi nhập trên web',
  decisionNumber: 'số quyết định công bố kết quả',
  decisionDate: 'ngày quyết định (YYYY-MM-DD)',
  export: 'xuất dữ liệu ra tệp .xlsx',
  exportResults: 'xuất bảng xếp hạng của một bộ chỉ số (toàn tỉnh)',
  exportTasks: 'xuất danh sách nhiệm vụ của một kế hoạch',
  plan: 'mã kế hoạch (uuid, như trong địa chỉ trang kế hoạch)',
  tenant: 'mã tỉnh',
  dryRun: 'chỉ kiểm tra, không ghi',
  backup: 'sao lưu trực tuyến cơ sở dữ liệu và tệp minh chứng vào một tệp .tar.gz',
  out: 'tệp đích',
  restore: 'khôi phục một bản sao lưu vào thư mục dữ liệu MỚI',
  force: 'xóa dữ liệu cũ của thư mục đích (ứng dụng phải đang dừng)',
  dataDir: 'thư mục dữ liệu đích (mặc định PARPLAN_DATA_DIR)',
  migrate: 'áp dụng migration cho cơ sở dữ liệu',
  check:
    'kiểm tra cấu hình, kết nối và phiên bản PostgreSQL (≥ 15), migration, dung lượng đĩa, phiên bản',
  exitCodes:
    'Mã thoát: 0 thành công · 1 lỗi · 2 dùng sai lệnh · 3 tệp đầu vào có lỗi (không ghi gì) · 4 không kết nối được cơ sở dữ liệu.\nTiến trình in ra stderr; kết quả ra stdout (--json: một đối tượng JSON).',
  usageError: 'Dùng sai lệnh',
};

const en: typeof vi = {
  description: 'parplan command line: administration, import/export, backup and checks.',
  json: 'print the result as JSON on stdout',
  lang: 'help language: vi (default) or en',
  help: 'show help',
  version: 'show the version',
  createAdmin: "create a province's administrator (password from PARPLAN_ADMIN_PASSWORD or stdin)",
  tenantCode: 'province code (created when missing)',
  tenantName: 'province name when created',
  login: 'login name',
  fullName: 'full name',
  import: 'import data from an .xlsx/.csv file (all checked, written in one transaction)',
  importOrganisations: 'import the organisation tree',
  importResults: "import many units' index results (all units or none)",
  framework: 'framework code (as on the Frameworks page)',
  field: 'score column: auto (default), selfScore, appraisedScore… as in the web import',
  decisionNumber: 'number of the decision publishing the results',
  decisionDate: 'date of that decision (YYYY-MM-DD)',
  export: 'export data to an .xlsx file',
  exportResults: "export a framework's ranking (whole province)",
  exportTasks: "export a plan's tasks",
  plan: 'plan id (uuid, as in the plan page address)',
  tenant: 'province code',
  dryRun: 'check only, write nothing',
  backup: 'online backup of the database and evidence files into one .tar.gz',
  out: 'output file',
  restore: 'restore a backup into a NEW data directory',
  force: 'delete what the target directory holds (the app must be stopped)',
  dataDir: 'target data directory (default PARPLAN_DATA_DIR)',
  migrate: 'apply the database migrations',
  check:
    'check configuration, database reachability and version (≥ 15), migrations, disk, versions',
  exitCodes:
    'Exit codes: 0 ok · 1 failure · 2 bad usage · 3 errors in the input file (nothing written) · 4 database unreachable.\nProgress goes to stderr; results to stdout (--json: one JSON object).',
  usageError: 'Bad usage',
};

/** The help texts of `lang`. */
export const helpText = (lang: CliLang) => (lang === 'en' ? en : vi);
