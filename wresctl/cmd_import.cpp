// wresctl import FILE.csv|.tsv --plan ID: a spreadsheet action plan as a board
// plan file. Every row it could not understand is reported with its row
// (line) number; what it wrote is checked by the board loader before it is
// handed over, so the TOML is always valid.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "read_text_file.hpp"
#include "wres/config/load.hpp"
#include "wres/importer/delimited_text.hpp"
#include "wres/importer/plan_import.hpp"
#include "wres/importer/plan_toml.hpp"
#include "wres/importer/reading_import.hpp"
#include "wres/importer/text_encoding.hpp"
#include "wres/importer/xlsx_sheet.hpp"
#include "wres/model/board.hpp"
#include "wres/model/ids.hpp"

namespace wresctl {

namespace {

struct ImportArgs {
  std::string file, plan, measure, title, format, out, updated, sheet;
  std::vector<std::string> legend;
};

char delimiter_for(const std::string& file, const std::string& format, const std::string& text) {
  if (format == "csv") return ',';
  if (format == "tsv") return '\t';
  auto ext = file.substr(file.find_last_of('.') == std::string::npos ? file.size() : file.find_last_of('.'));
  if (ext == ".csv") return ',';
  if (ext == ".tsv" || ext == ".tab") return '\t';
  // Anything else (.txt, pasted tables): whichever separator the first lines use more.
  auto head = text.substr(0, 4096);
  return std::count(head.begin(), head.end(), '\t') >= std::count(head.begin(), head.end(), ',') ? '\t' : ',';
}

// "blue=not_started" pairs into a legend, checked here so the TOML is valid.
bool parse_legend(const std::vector<std::string>& pairs, std::map<std::string, std::string>& legend) {
  for (const auto& p : pairs) {
    auto eq = p.find('=');
    std::string word = p.substr(0, eq), state = eq == std::string::npos ? "" : p.substr(eq + 1);
    bool word_ok = !word.empty() && word.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") == std::string::npos;
    if (!word_ok || !wres::status_from_name(state)) {
      std::cerr << "wresctl import: --legend '" << p << "': expected colour=state, e.g. amber=in_progress (states:";
      for (auto s : wres::kAllStatuses) std::cerr << " " << wres::to_string(s);
      std::cerr << ")\n";
      return false;
    }
    legend[word] = state;
  }
  return true;
}

// Loads the written plan inside a minimal board: any error is a bug in the
// importer, and the admin must not be handed a file the daemon would refuse.
std::vector<wres::Diagnostic> self_check(const std::string& toml, const std::string& name) {
  const std::string head = "[board]\norganisation = \"import check\"\ntitle = \"import check\"\n";
  auto r = wres::load_board_text(head + toml, name);
  for (auto& e : r.errors) e.where.line -= 3;
  return r.errors;
}

// --updated, or today: the tables rarely date their progress updates.
std::optional<wres::Date> updated_date(const std::string& text) {
  if (text.empty()) return wres::today_local();
  auto d = wres::parse_iso_date(text);
  if (!d) std::cerr << "wresctl import: --updated '" << text << "' is not a date (YYYY-MM-DD)\n";
  return d;
}

// Said whenever the text was not plain UTF-8, so the admin knows what to check.
std::optional<std::string> encoding_note(const wres::DecodedText& d) {
  using wres::TextEncoding;
  std::string name(wres::encoding_name(d.encoding));
  switch (d.encoding) {
    case TextEncoding::utf8:
    case TextEncoding::utf8_bom: return std::nullopt;
    case TextEncoding::utf16_le:
    case TextEncoding::utf16_be: return "read as " + name + " (" + d.evidence + "), as Excel saves \"Unicode text\"";
    case TextEncoding::windows_1252:
      return "read as " + name + ", as Excel on Windows saves CSV (" + d.evidence +
             "): check the accents, quotes and dashes in the output";
  }
  return std::nullopt;
}

bool is_workbook(const ImportArgs& a, const std::string& bytes) {
  if (a.format == "xlsx") return true;
  if (!a.format.empty()) return false;
  auto dot = a.file.find_last_of('.');
  std::string ext = dot == std::string::npos ? "" : a.file.substr(dot);
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // By content too: a workbook renamed .csv, or an encrypted one (OLE, not zip).
  return ext == ".xlsx" || ext == ".xlsm" || bytes.rfind("PK\x03\x04", 0) == 0 ||
         bytes.rfind("\xD0\xCF\x11\xE0", 0) == 0;
}

// The rows of the chosen sheet, with cells it could not read as row errors;
// nullopt (after saying why) when the workbook cannot be read at all.
std::optional<wres::XlsxSheet> workbook_rows(const ImportArgs& a, const std::string& bytes,
                                             std::vector<wres::Diagnostic>& errors,
                                             std::vector<wres::Diagnostic>& notes) {
  wres::XlsxSheet sheet = wres::read_xlsx(bytes, a.sheet);
  if (!sheet.error.empty()) {
    std::cerr << a.file << ": cannot read the workbook: " << sheet.error << "\n";
    return std::nullopt;
  }
  if (sheet.sheets.size() > 1) {
    std::string names;
    for (const auto& n : sheet.sheets) names += (names.empty() ? "" : ", ") + n;
    notes.push_back({{a.file, 1, 1},
                     "read the sheet '" + sheet.sheet + "' (the workbook has " + names +
                         (a.sheet.empty() ? "; --sheet NAME reads another)" : ")")});
  }
  for (const auto& p : sheet.problems) errors.push_back({{a.file, p.row, 1}, p.message});
  return sheet;
}

// What FILE holds, as rows, with what could not be read around them.
struct SheetRead {
  std::vector<wres::TextRow> rows;
  std::string sheet;                       // a workbook's sheet, for cell names like Plan!B4; "" for text
  std::vector<wres::Diagnostic> errors;    // a workbook's unreadable cells: said before the rows' own
  std::vector<wres::Diagnostic> trailing;  // a text table ending inside a cell: said after them
  std::vector<wres::Diagnostic> notes;
};

// FILE read as a workbook or as text; nullopt after saying why not, with the exit code to give.
std::optional<SheetRead> read_sheet(const ImportArgs& a, int& exit_code) {
  std::string bytes;
  exit_code = kExitUsage;
  if (!read_text_file(a.file, bytes, std::cerr)) return std::nullopt;
  exit_code = kExitInvalid;
  SheetRead out;
  if (is_workbook(a, bytes)) {
    auto book = workbook_rows(a, bytes, out.errors, out.notes);
    if (!book) return std::nullopt;
    out.sheet = book->sheet, out.rows = std::move(book->rows);
    return out;
  }
  wres::DecodedText decoded = wres::decode_text(bytes);
  if (!decoded.error.empty()) {
    std::cerr << a.file << ":" << decoded.error_line << ":1: cannot read the text: " << decoded.error
              << ": save it from Excel as \"CSV UTF-8 (Comma delimited)\"\n";
    return std::nullopt;
  }
  if (auto note = encoding_note(decoded)) out.notes.push_back({{a.file, 1, 1}, *note});
  auto table = wres::read_delimited(decoded.text, delimiter_for(a.file, a.format, decoded.text));
  if (!table.error.empty())
    out.trailing.push_back({{a.file, table.error_line, 1}, "the table ends inside a cell: " + table.error});
  out.rows = std::move(table.rows);
  return out;
}

// The sheet's diagnostics around those of its rows.
void merge_diagnostics(SheetRead& s, std::vector<wres::Diagnostic>& errors, std::vector<wres::Diagnostic>& notes) {
  errors.insert(errors.begin(), s.errors.begin(), s.errors.end());
  errors.insert(errors.end(), s.trailing.begin(), s.trailing.end());
  notes.insert(notes.begin(), s.notes.begin(), s.notes.end());
}

void print_diagnostics(const std::vector<wres::Diagnostic>& notes, const std::vector<wres::Diagnostic>& errors) {
  for (const auto& n : notes) std::cerr << wres::format(n) << " (note)\n";
  for (const auto& e : errors) std::cerr << wres::format(e) << "\n";
}

// To standard output, or to --output (false, after saying why, when it cannot be written).
bool write_output(const ImportArgs& a, const std::string& toml) {
  if (a.out.empty() || a.out == "-") {
    std::cout << toml;
    return true;
  }
  return write_text_file(a.out, toml, std::cerr);
}

// wresctl import FILE --measure ID: monthly figures into the measure's readings.
int run_import_readings(const ImportArgs& a) {
  int code = kExitOk;
  auto sheet = read_sheet(a, code);
  if (!sheet) return code;
  wres::ReadingImport r = wres::import_readings(sheet->rows, a.file, a.measure);
  merge_diagnostics(*sheet, r.errors, r.notes);
  print_diagnostics(r.notes, r.errors);
  if (!write_output(a, wres::readings_toml(r, a.measure, a.file))) return kExitUsage;
  std::cerr << a.file << ": " << r.readings.size() << " readings imported, " << r.errors.size()
            << " cell(s) not understood, " << r.notes.size() << " note(s)\n";
  return r.errors.empty() ? kExitOk : kExitInvalid;
}

int run_import(const ImportArgs& a) {
  if (a.plan.empty() == a.measure.empty()) {
    std::cerr << "wresctl import: give --plan ID (an action plan) or --measure ID (a measure's monthly figures)\n";
    return kExitUsage;
  }
  if (!a.measure.empty()) return run_import_readings(a);
  if (!wres::plain_id(a.plan)) {
    std::cerr << "wresctl import: --plan '" << a.plan << "' must be 1-64 letters, digits, '.', '-' or '_'\n";
    return kExitUsage;
  }
  std::map<std::string, std::string> legend;
  if (!parse_legend(a.legend, legend)) return kExitUsage;
  auto updated = updated_date(a.updated);
  if (!updated) return kExitUsage;
  int code = kExitOk;
  auto sheet = read_sheet(a, code);
  if (!sheet) return code;
  wres::PlanImport plan = wres::import_plan_table(sheet->rows, a.file, legend, sheet->sheet);
  merge_diagnostics(*sheet, plan.errors, plan.notes);
  std::string toml = wres::plan_toml(plan, {a.plan, a.title, legend, a.file, *updated});
  auto bugs = self_check(toml, a.out.empty() || a.out == "-" ? "<output>" : a.out);
  print_diagnostics(plan.notes, plan.errors);
  for (const auto& e : bugs)
    std::cerr << "wresctl import: internal error, the TOML written is invalid: " << wres::format(e) << "\n";
  if (!bugs.empty() || !write_output(a, toml)) return kExitUsage;
  std::cerr << a.file << ": " << plan.actions.size() << " actions imported, " << plan.errors.size()
            << " row(s) not understood, " << plan.notes.size() << " note(s)\n";
  return plan.errors.empty() ? kExitOk : kExitInvalid;
}

}  // namespace

void add_import(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("import", "Turn a spreadsheet action plan (.xlsx, CSV or TSV) into a board plan file");
  cmd->footer(R"(Reads tables like the published action plans: a header row naming the columns (No., Action,
Team responsible, Start, End, Success measure, Status, Progress update; other wordings such as
Lead, Due, RAG, Progress log are understood, other columns ignored). Header rows may repeat.
A row holding only 'Objective ...' or 'Theme ...' sets the theme of the actions below it. A row
with no number but its own dates or status is a sub-action (1.1b, 1.1c...); a row with only text
continues the row above (a cell split by a page break). Dates: Jan-25, Jan 2025, 2024 (start:
January, end: December), 2024-10, 31/10/2024, Ongoing, Annually, Review quarterly, TBC.
Text: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark (Excel's
"Unicode text"), otherwise Windows-1252 (Excel's "CSV" on Windows); a note says which.
Workbooks (.xlsx): the first sheet, or --sheet NAME; numbers, text and date cells as Excel shows
them; a cell that cannot be read is named by sheet and cell (Plan!E12). A password-protected or
damaged workbook is refused (exit 1).

Writes TOML to standard output (or --output), notes and errors to standard error as
FILE:ROW:1: message. Exit 0 when every row was read, 1 when some rows could not be (they are
left out and listed), 2 when the file cannot be read or the options are wrong.

Example: wresctl import plan.tsv --plan edi-2025 --legend blue=not_started,green=complete > plans/edi.toml

Monthly figures: wresctl import hires.xlsx --measure time-to-hire writes readings = [ ... ] for
that [[measure]]: months as 2024-09, Sep-24, Sep 2024 or a date; values as 70, 70.5 or 70%;
a bad month or value is reported as FILE:ROW:COL and left out (exit 1).)");
  auto a = std::make_shared<ImportArgs>();
  cmd->add_option("FILE", a->file, "The table: .xlsx, .csv (comma), .tsv/.tab (tab); others are sniffed")->required();
  cmd->add_option("--plan", a->plan, "Id of the plan to write, e.g. edi-2025");
  cmd->add_option("--measure", a->measure,
                  "Instead of a plan: a measure's monthly figures as its readings = [...], from two columns "
                  "(month, value) or from the row of a wide sheet (months across) whose first cell is this id");
  cmd->add_option("--title", a->title, "The plan's title (default: its id)");
  cmd->add_option("--legend", a->legend, "The plan's colour words, e.g. blue=not_started,green=complete")
      ->delimiter(',');
  cmd->add_option("--format", a->format, "csv, tsv or xlsx, when the extension does not say")
      ->check(CLI::IsMember({"csv", "tsv", "xlsx"}));
  cmd->add_option("--sheet", a->sheet, "Of a workbook (.xlsx), the sheet to read (default: the first)");
  cmd->add_option("--updated", a->updated,
                  "Date for progress updates (YYYY-MM-DD; default today): tables rarely date them");
  cmd->add_option("-o,--output", a->out,
                  "Write the TOML here (through a symbolic link, to the file it names; - is standard output)");
  cmd->callback([a, &exit_code] { exit_code = run_import(*a); });
}

}  // namespace wresctl
