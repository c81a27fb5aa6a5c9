#include "wres/importer/plan_import.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>

#include "wres/importer/sheet_dates.hpp"
#include "wres/importer/xlsx_sheet.hpp"
#include "wres/model/board.hpp"
#include "wres/model/ids.hpp"
#include "wres/model/text_limits.hpp"

namespace wres {

namespace {

enum Field { number, action, theme, lead, start, due, measure, status, update, field_count };

// Header words, after lower-casing and dropping punctuation.
const std::array<std::vector<std::string>, field_count> kHeaderWords{{
    {"no", "ref", "id", "number", "action no", "ref no"},
    {"action", "actions", "action title", "what"},
    {"theme", "objective", "workstream"},
    {"team responsible", "lead", "owner", "responsible", "who", "responsible lead"},
    {"start", "start date"},
    {"end", "due", "deadline", "end date", "due date", "by when", "timescale", "completion date"},
    {"success measure and key outputs", "success measure", "success measures", "measure", "outcome", "outcomes",
     "key outputs"},
    {"status", "rag", "rag status"},
    {"progress update", "progress log", "update", "progress", "latest update", "progress updates"},
}};

// The column as messages name it.
const std::array<const char*, field_count> kFieldNames{"No.", "Action",          "Theme",  "Team responsible", "Start",
                                                       "End", "Success measure", "Status", "Progress update"};

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t\r\n\xA0");
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(" \t\r\n\xA0");
  return std::string(s.substr(b, e - b + 1));
}

// The length of a tag like <p>, </b> or <br /> at the start of s, or 0.
std::size_t tag_length(std::string_view s) {
  std::size_t i = 1;
  if (i < s.size() && s[i] == '/') ++i;
  std::size_t letters = i;
  while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]))) ++i;
  if (i == letters) return 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  if (i < s.size() && s[i] == '/') ++i;
  return i < s.size() && s[i] == '>' ? i + 1 : 0;
}

// Cells pasted from web pages carry tags ("<p>IT & Digital ..."): drop them.
// One pass, no regex: std::regex recurses per character and a long cell
// with a '<' overflowed the stack.
// A ' before = + - @ is export's guard against formulas (csv_field): dropped.
std::string clean(std::string_view s) {
  s = unguard_formula(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t tag = s[i] == '<' ? tag_length(s.substr(i)) : 0;
    if (tag == 0) out += s[i++];
    i += tag;
  }
  return trim(out);
}

// A cell quoted in a message: control characters shown as '?' so a stray
// byte cannot garble the terminal.
std::string printable(std::string_view s) {
  std::string out(s);
  for (auto& ch : out)
    if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) ch = '?';
  return out;
}

std::string header_key(std::string_view cell) {
  std::string out;
  for (char ch : trim(cell)) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c))
      out += static_cast<char>(std::tolower(c));
    else if (c == ' ' && !out.empty() && out.back() != ' ')
      out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

using Columns = std::array<int, field_count>;  // cell index per field, -1 when absent

std::optional<Columns> as_header(const TextRow& row) {
  Columns cols;
  cols.fill(-1);
  for (int i = 0; i < static_cast<int>(row.cells.size()); ++i) {
    std::string k = header_key(row.cells[static_cast<std::size_t>(i)]);
    for (int f = 0; f < field_count; ++f)
      if (cols[static_cast<std::size_t>(f)] < 0 && std::ranges::count(kHeaderWords[static_cast<std::size_t>(f)], k))
        cols[static_cast<std::size_t>(f)] = i;
  }
  if (cols[action] < 0 || cols[status] < 0) return std::nullopt;
  return cols;
}

struct Cells {
  std::array<std::string, field_count> v;
  std::vector<std::string> all;  // every cell, cleaned
  const std::string& operator[](Field f) const { return v[static_cast<std::size_t>(f)]; }
};

Cells cells_of(const TextRow& row, const Columns& cols) {
  Cells c;
  for (auto& cell : row.cells) c.all.push_back(clean(cell));
  for (int f = 0; f < field_count; ++f) {
    int i = cols[static_cast<std::size_t>(f)];
    if (i >= 0 && i < static_cast<int>(c.all.size()))
      c.v[static_cast<std::size_t>(f)] = c.all[static_cast<std::size_t>(i)];
  }
  return c;
}

bool blank_or_rule(const std::vector<std::string>& cells) {  // "", "-----" rows
  return std::ranges::all_of(cells,
                             [](const std::string& s) { return s.find_first_not_of("-_=") == std::string::npos; });
}

// "Objective 1: ...", "Theme A: ..." alone on a row: the theme of what follows.
std::optional<std::string> heading(const std::vector<std::string>& cells) {
  std::vector<std::string> filled;
  for (auto& s : cells)
    if (!s.empty()) filled.push_back(s);
  if (filled.size() != 1) return std::nullopt;
  std::string k = header_key(filled[0]);
  for (const char* w : {"objective", "theme", "priority", "section", "workstream"})
    if (k.rfind(w, 0) == 0) return filled[0];
  return std::nullopt;
}

void append(std::string& to, const std::string& more, const char* sep) {
  if (more.empty()) return;
  to += to.empty() ? "" : sep;
  to += more;
}

class Importer {
 public:
  Importer(const std::string& file, const std::map<std::string, std::string>& legend, const std::string& sheet)
      : file_(file), legend_(legend), sheet_(sheet) {}
  PlanImport run(const std::vector<TextRow>& rows);

 private:
  void row(const TextRow& r);
  void continuation(int line, const Cells& c);
  std::optional<std::string> action_id(int line, const std::string& number);
  std::optional<std::string> sub_action_id(int line);
  bool read_dates(int line, const Cells& c, ImportedAction& a);
  bool read_status(int line, const std::string& word, ImportedAction& a);
  bool texts_fit(int line, const ImportedAction& a, bool joined);
  void error(int line, std::string msg, int col = 1) { out_.errors.push_back({{file_, line, col}, std::move(msg)}); }
  void note(int line, std::string msg) { out_.notes.push_back({{file_, line, 1}, std::move(msg)}); }

  const std::string& file_;
  const std::map<std::string, std::string>& legend_;
  const std::string& sheet_;  // "" for text files
  PlanImport out_;
  std::optional<Columns> cols_;
  std::string theme_;
  std::string last_number_;  // the last numbered action, for unnumbered rows under it
  int sub_count_ = 0;        // 1.1b, 1.1c, ...
  std::set<std::string> ids_;
  bool last_imported_ = false;  // whether the row above became an action
};

PlanImport Importer::run(const std::vector<TextRow>& rows) {
  for (const auto& r : rows) row(r);
  if (!cols_)
    error(rows.empty() ? 1 : rows.front().line,
          "no header row: expected a row naming at least the Action and Status columns "
          "(and usually No., Team responsible, Start, End, Success measure, Progress update)");
  return std::move(out_);
}

void Importer::row(const TextRow& r) {
  std::vector<std::string> raw;
  for (auto& s : r.cells) raw.push_back(clean(s));
  if (blank_or_rule(raw)) return;
  if (auto h = as_header(r)) {  // headers repeat at page breaks and may change wording
    cols_ = h;
    return;
  }
  if (auto h = heading(raw)) {
    theme_ = *h;
    return;
  }
  if (!cols_) return;  // titles above the table
  Cells c = cells_of(r, *cols_);
  bool has_number = !c[number].empty();
  bool has_facts = !c[status].empty() || !c[start].empty() || !c[due].empty();
  if (!has_number && !has_facts) return continuation(r.line, c);

  ImportedAction a;
  a.line = r.line;
  auto id = action_id(r.line, c[number]);
  if (!id) return void(last_imported_ = false);
  a.id = *id;
  a.title = c[action], a.lead = c[lead], a.measure = c[measure], a.update = c[update];
  a.theme = c[theme].empty() ? theme_ : c[theme];
  bool ok = true;
  std::size_t notes_before = out_.notes.size();
  if (a.title.empty()) {
    error(r.line, "action " + a.id + ": no text in the Action column");
    ok = false;
  }
  ok = read_status(r.line, c[status], a) && ok;
  ok = read_dates(r.line, c, a) && ok;
  ok = texts_fit(r.line, a, false) && ok;
  last_imported_ = ok;
  if (!ok) return void(out_.notes.resize(notes_before));  // the error says it all
  ids_.insert(a.id);
  out_.actions.push_back(std::move(a));
}

// A row with only text: a cell that ran over a page break in the source.
void Importer::continuation(int line, const Cells& c) {
  if (!last_imported_ || out_.actions.empty()) {
    error(line, out_.actions.empty() && last_number_.empty()
                    ? "text with no number, dates or status, and no action above it to belong to"
                    : "text continuing the row above, which could not be imported");
    return;
  }
  ImportedAction joined = out_.actions.back();
  append(joined.title, c[action], " ");
  append(joined.lead, c[lead], " ");
  append(joined.measure, c[measure], " ");
  append(joined.update, c[update], "\n");
  if (!texts_fit(line, joined, true)) return;  // the action keeps its own row's text
  ImportedAction& a = out_.actions.back();
  a = std::move(joined);
  note(line, "no number, dates or status: its text is joined to action " + a.id + " above");
}

std::optional<std::string> Importer::action_id(int line, const std::string& cell) {
  std::string n = cell;
  while (!n.empty() && n.back() == '.') n.pop_back();
  if (n.empty()) return sub_action_id(line);
  if (ids_.count(n)) {
    // Spreadsheets keep 3.10 as the number 3.1: "3.1" again straight after 3.9 is 3.10.
    auto dot = n.rfind('.');
    auto prev_dot = last_number_.rfind('.');
    if (dot != std::string::npos && prev_dot != std::string::npos &&
        last_number_.substr(0, prev_dot) == n.substr(0, dot) && last_number_.substr(prev_dot + 1) == "9" &&
        n.substr(dot + 1) == "1" && !ids_.count(n + "0")) {
      note(line, "'" + n + "' again straight after " + last_number_ + ": read as " + n +
                     "0 (a spreadsheet drops its trailing zero)");
      n += "0";
    } else {
      error(line, "action number '" + n + "' is used twice; the first is kept");
      last_number_ = n, sub_count_ = 0;
      return std::nullopt;
    }
  }
  last_number_ = n, sub_count_ = 0;
  if (!plain_id(n)) {
    error(line, "action number '" + printable(n) + "' cannot be an id: expected up to " + std::to_string(kMaxIdLength) +
                    " letters, digits, '.', '-' or '_', e.g. 3.1");
    return std::nullopt;
  }
  return n;
}

// An unnumbered row under a numbered one: 1.1b, 1.1c, ... up to 1.1z.
std::optional<std::string> Importer::sub_action_id(int line) {
  if (last_number_.empty()) {
    error(line, "an action with no number and no numbered action above it; give it a number in No.");
    return std::nullopt;
  }
  std::string id;
  do {  // skipping letters the table already used for numbered rows (a "7.1b" of its own)
    if (sub_count_ >= 'z' - 'b' + 1) {
      error(line, "more than " + std::to_string('z' - 'b' + 1) + " rows with no number under action " +
                      printable(last_number_) + "; give them numbers in No.");
      return std::nullopt;
    }
    id = last_number_ + static_cast<char>('b' + sub_count_++);
  } while (ids_.count(id));
  if (!plain_id(id)) {  // the number above was refused, or is 64 characters already
    error(line, "an action with no number under '" + printable(last_number_) +
                    "', which cannot be an id; give it a number in No.");
    return std::nullopt;
  }
  return id;
}

// A board text is at most kMaxTextLength bytes; the loader would refuse a
// longer one, so it is this row's error, named by its cell.
bool Importer::texts_fit(int line, const ImportedAction& a, bool joined) {
  const std::pair<Field, const std::string*> texts[] = {
      {action, &a.title}, {theme, &a.theme}, {lead, &a.lead}, {measure, &a.measure}, {update, &a.update}};
  bool ok = true;
  for (const auto& [f, text] : texts) {
    if (text->size() <= kMaxTextLength) continue;
    int col = (*cols_)[static_cast<std::size_t>(f)];
    std::string cell = sheet_.empty() || col < 0 ? "" : sheet_ + "!" + cell_name(col, line) + ": ";
    error(line,
          cell + "action " + a.id + ": the " + kFieldNames[static_cast<std::size_t>(f)] + " text is " +
              std::to_string(text->size()) + " characters" + (joined ? " joined with the row above" : "") +
              "; a board file holds at most " + std::to_string(kMaxTextLength) + ": shorten it in the sheet",
          col < 0 ? 1 : col + 1);
    ok = false;
  }
  return ok;
}

bool Importer::read_status(int line, const std::string& word, ImportedAction& a) {
  std::string w;
  for (char ch : word) w += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  static const std::map<std::string, std::string> spoken{
      {"not started", "not_started"}, {"on track", "on_track"},        {"in progress", "in_progress"},
      {"at risk", "at_risk"},         {"off track", "off_track"},      {"completed", "complete"},
      {"done", "complete"},           {"not reported", "not_reported"}};
  if (word.empty()) {  // the sheet says nothing: so does the wall (DESIGN 7.6)
    a.status = std::string(to_string(Status::not_reported));
    note(line, "action " + a.id + ": no status (column Status): written as not_reported");
    return true;
  }
  if (auto it = spoken.find(w); it != spoken.end()) w = it->second;
  bool known = status_from_name(w) || legend_.count(w) || w == "red" || w == "amber" || w == "green" || w == "blue";
  if (!known) {
    error(line, "action " + a.id + ": status '" + word + "' is not a colour word (red, amber, green, blue" +
                    (legend_.empty() ? "" : ", or this plan's legend") +
                    ") or a state (not started, in progress, on track, at risk, off track, complete, not reported)");
    return false;
  }
  a.status = status_from_name(w) ? w : word;  // colour words keep the spreadsheet's spelling
  return true;
}

bool Importer::read_dates(int line, const Cells& c, ImportedAction& a) {
  bool ok = true;
  if (!c[start].empty()) {
    std::string s = header_key(c[start]);
    if (s == "tbc" || s == "tbd" || s == "ongoing") {
      // no start date to record
    } else if (auto d = sheet_start(c[start])) {
      a.start = d->value;
    } else {
      error(line, "action " + a.id + ": start '" + c[start] +
                      "' is not a date; expected e.g. Jan-25, 2024, 2024-10 or 31/10/2024");
      ok = false;
    }
  }
  if (c[due].empty()) {
    a.due = "tbc";
    note(line, "action " + a.id + ": no end date: written as tbc");
  } else if (auto d = sheet_due(c[due])) {
    a.due = d->value;
    if (!d->note.empty()) note(line, "action " + a.id + ": end '" + c[due] + "' " + d->note);
  } else {
    error(line, "action " + a.id + ": end '" + c[due] +
                    "' is not a date or cadence; expected e.g. Jan-25, 2024, 2024-10, 31/10/2024, Ongoing, Annually, "
                    "Quarterly or TBC");
    ok = false;
  }
  return ok;
}

}  // namespace

PlanImport import_plan_table(const std::vector<TextRow>& rows, const std::string& file,
                             const std::map<std::string, std::string>& legend, const std::string& sheet) {
  return Importer(file, legend, sheet).run(rows);
}

}  // namespace wres
