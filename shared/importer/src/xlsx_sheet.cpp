#include "wres/importer/xlsx_sheet.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

#include "wres/model/date.hpp"
#include "xlsx_package.hpp"
#include "xlsx_xml.hpp"

namespace wres {

using xlsx::attr;

namespace {

constexpr int kMaxColumns = 16384;                // XFD, Excel's last column
constexpr std::size_t kMaxCellSlots = 1'000'000;  // rows x widest row kept: 20,000 rows of 50 columns

struct SheetRef {
  std::string name, part;
};

// sharedStrings.xml: every string's text in one buffer, so a million empty
// strings cost a million offsets, not a million std::strings.
struct SharedStrings {
  std::string text;
  std::vector<std::size_t> starts;
  std::size_t size() const { return starts.size(); }
  std::string_view operator[](std::size_t i) const {
    std::size_t end = i + 1 < starts.size() ? starts[i + 1] : text.size();
    return std::string_view(text).substr(starts[i], end - starts[i]);
  }
};

std::string mb(std::size_t bytes) { return std::to_string(bytes >> 20) + " MB"; }

// What every sheet needs from the rest of the workbook.
struct Workbook {
  std::vector<SheetRef> sheets;
  SharedStrings shared;
  std::vector<bool> date_style;  // per cellXfs index
  bool date1904 = false;
};

// "worksheets/sheet1.xml" (relative to xl/) or "/xl/worksheets/sheet1.xml".
std::string part_path(std::string_view target) {
  if (!target.empty() && target.front() == '/') return std::string(target.substr(1));
  return "xl/" + std::string(target);
}

std::string read_workbook(const xlsx::Package& pkg, const XlsxLimits& limits, Workbook& wb) {
  std::string error;
  auto rels = pkg.read("xl/_rels/workbook.xml.rels", limits.max_part_bytes, error);
  auto book = rels ? pkg.read("xl/workbook.xml", limits.max_part_bytes, error) : std::nullopt;
  if (!book) return error;
  std::map<std::string, std::string> target;
  xlsx::XmlReader* self = nullptr;
  xlsx::XmlReader r1({.start = [&](std::string_view n, const char** a) {
    if (n != "Relationship") return;
    if (target.size() >= 2 * limits.max_sheets)
      return self->stop("more than " + std::to_string(2 * limits.max_sheets) + " parts: not an action plan");
    target[std::string(attr(a, "Id"))] = part_path(attr(a, "Target"));
  }});
  self = &r1;
  if (auto e = r1.parse(*rels, "xl/_rels/workbook.xml.rels"); !e.empty()) return e;
  xlsx::XmlReader r2({.start = [&](std::string_view n, const char** a) {
    if (n == "workbookPr") wb.date1904 = attr(a, "date1904") == "1" || attr(a, "date1904") == "true";
    if (n != "sheet") return;
    if (wb.sheets.size() >= limits.max_sheets)
      return self->stop("more than " + std::to_string(limits.max_sheets) + " sheets: not an action plan");
    wb.sheets.push_back({std::string(attr(a, "name")), target[std::string(attr(a, "id"))]});
  }});
  self = &r2;
  return r2.parse(*book, "xl/workbook.xml");
}

// A part a workbook may leave out: nullopt when it is absent (error empty) or
// cannot be read (error says why).
std::optional<std::string> optional_part(const xlsx::Package& pkg, const char* name, std::size_t cap,
                                         std::string& error) {
  if (!pkg.has(name)) return std::nullopt;
  return pkg.read(name, cap, error);
}

// Rich text runs are joined; phonetic guides (rPh) are not the cell's text.
std::string read_shared_strings(const xlsx::Package& pkg, const XlsxLimits& limits, Workbook& wb) {
  std::string error;
  auto xml = optional_part(pkg, "xl/sharedStrings.xml", limits.max_part_bytes, error);
  if (!xml) return error;
  bool in_t = false, in_phonetic = false;
  SharedStrings& shared = wb.shared;
  xlsx::XmlReader* self = nullptr;
  xlsx::XmlReader r({.start =
                         [&](std::string_view n, const char**) {
                           if (n == "si" && shared.size() >= limits.max_shared_strings)
                             return self->stop("more than " + std::to_string(limits.max_shared_strings) +
                                               " shared strings: not an action plan");
                           if (n == "si") shared.starts.push_back(shared.text.size());
                           if (n == "rPh") in_phonetic = true;
                           if (n == "t") in_t = !in_phonetic;
                         },
                     .end =
                         [&](std::string_view n) {
                           if (n == "rPh") in_phonetic = false;
                           if (n == "t") in_t = false;
                         },
                     .text =
                         [&](std::string_view s) {
                           if (!in_t || shared.starts.empty()) return;
                           if (shared.text.size() + s.size() > limits.max_text_bytes)
                             return self->stop("more than " + mb(limits.max_text_bytes) +
                                               " of shared text: not an action plan");
                           shared.text += s;
                         }});
  self = &r;
  return r.parse(*xml, "xl/sharedStrings.xml");
}

std::string read_styles(const xlsx::Package& pkg, const XlsxLimits& limits, Workbook& wb) {
  std::string error;
  auto xml = optional_part(pkg, "xl/styles.xml", limits.max_part_bytes, error);
  if (!xml) return error;
  std::map<int, std::string> codes;
  std::vector<int> xf_formats;
  bool in_cell_xfs = false;
  xlsx::XmlReader* self = nullptr;
  xlsx::XmlReader r({.start =
                         [&](std::string_view n, const char** a) {
                           if (codes.size() + xf_formats.size() >= limits.max_styles)
                             return self->stop("more than " + std::to_string(limits.max_styles) +
                                               " cell formats: not an action plan");
                           int id = 0;
                           std::string_view v = attr(a, "numFmtId");
                           std::from_chars(v.data(), v.data() + v.size(), id);
                           if (n == "numFmt") codes[id] = std::string(attr(a, "formatCode"));
                           if (n == "cellXfs") in_cell_xfs = true;
                           if (n == "xf" && in_cell_xfs) xf_formats.push_back(id);
                         },
                     .end =
                         [&](std::string_view n) {
                           if (n == "cellXfs") in_cell_xfs = false;
                         }});
  self = &r;
  if (auto e = r.parse(*xml, "xl/styles.xml"); !e.empty()) return e;
  for (int id : xf_formats) wb.date_style.push_back(is_date_format(id, codes[id]));
  return {};
}

// Column letters of a reference ("E12" -> 4); -1 when there are none.
int column_of(std::string_view ref) {
  int col = 0, letters = 0;
  for (char c : ref) {
    if (c < 'A' || c > 'Z') break;
    col = col * 26 + (c - 'A' + 1);
    if (++letters > 3) return kMaxColumns;
  }
  return letters ? col - 1 : -1;
}

std::string number_text(double v) {
  char buf[32];
  if (std::fabs(v) < 1e15 && v == std::floor(v))
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

// One <c>: its type, style and what it holds, turned into the text Excel shows.
struct Cell {
  std::string ref, type, value, inline_text;
  int style = 0;
};

class SheetReader {
 public:
  SheetReader(const Workbook& wb, XlsxSheet& out, const XlsxLimits& limits) : wb_(wb), out_(out), limits_(limits) {}
  std::string read(const std::string& xml, const std::string& part) {
    xlsx::XmlReader r({.start = [&](std::string_view n, const char** a) { start(r_, n, a); },
                       .end = [&](std::string_view n) { end(n); },
                       .text = [&](std::string_view s) { text(s); }});
    r_ = &r;
    return r.parse(xml, part);
  }

 private:
  void start(xlsx::XmlReader* r, std::string_view n, const char** a) {
    if (n == "row") {
      std::string_view rr = attr(a, "r");
      int num = 0;
      row_ = std::from_chars(rr.data(), rr.data() + rr.size(), num).ec == std::errc{} ? num : row_ + 1;
      if (++rows_seen_ > limits_.max_rows)
        r->stop("more than " + std::to_string(limits_.max_rows) + " rows: not an action plan (is it the right sheet?)");
      cells_.clear();
      next_col_ = 0;
    } else if (n == "c") {
      cell_ = Cell{std::string(attr(a, "r")), std::string(attr(a, "t")), {}, {}, 0};
      std::string_view s = attr(a, "s");
      std::from_chars(s.data(), s.data() + s.size(), cell_.style);
    } else if (n == "v") {
      in_ = In::v;
    } else if (n == "t") {
      in_ = In::t;
    }
  }
  void text(std::string_view s) {
    if (in_ == In::v) cell_.value += s;
    if (in_ == In::t) cell_.inline_text += s;
  }
  void end(std::string_view n) {
    if (n == "v" || n == "t") in_ = In::none;
    if (n == "c") place(cell_);
    if (n == "row") finish_row();
  }
  void place(const Cell& c) {
    int col = c.ref.empty() ? next_col_ : column_of(c.ref);
    if (col < 0) col = next_col_;
    next_col_ = col + 1;
    if (col >= kMaxColumns) {
      problem(c.ref, "beyond Excel's last column");
      return;
    }
    auto text = cell_text(c);
    if (!text || text->empty()) return;
    text_bytes_ += text->size();
    if (text_bytes_ > limits_.max_text_bytes) {
      r_->stop("more than " + mb(limits_.max_text_bytes) +
               " of text once shared strings are expanded: not an action plan");
      return;
    }
    if (static_cast<std::size_t>(col) >= cells_.size()) cells_.resize(static_cast<std::size_t>(col) + 1);
    cells_[static_cast<std::size_t>(col)] = std::move(*text);
  }
  std::optional<std::string> cell_text(const Cell& c) {
    if (c.type == "s") {
      std::size_t i = 0;
      auto [p, ec] = std::from_chars(c.value.data(), c.value.data() + c.value.size(), i);
      if (ec != std::errc{} || i >= wb_.shared.size())
        return problem(c.ref, "refers to a shared string that is not there");
      return std::string(wb_.shared[i]);
    }
    if (c.type == "inlineStr") return c.inline_text;
    if (c.type == "str") return c.value;  // a formula's text result
    if (c.type == "b") return std::string(c.value == "1" ? "TRUE" : "FALSE");
    if (c.type == "e") return problem(c.ref, "holds a formula error (" + c.value + ")");
    if (c.value.empty()) return std::string();
    return number_cell(c);
  }
  std::optional<std::string> number_cell(const Cell& c) {
    double v = 0;
    auto [p, ec] = std::from_chars(c.value.data(), c.value.data() + c.value.size(), v);
    if (ec != std::errc{} || p != c.value.data() + c.value.size() || !std::isfinite(v))
      return problem(c.ref, "'" + c.value + "' is not a number");
    bool date = c.style >= 0 && static_cast<std::size_t>(c.style) < wb_.date_style.size() &&
                wb_.date_style[static_cast<std::size_t>(c.style)];
    if (!date) return number_text(v);
    std::string d = excel_serial_date(v, wb_.date1904);
    if (d.empty()) return problem(c.ref, "is formatted as a date but " + number_text(v) + " is not one Excel can show");
    return d;
  }
  std::nullopt_t problem(const std::string& ref, const std::string& what) {
    if (out_.problems.size() >= limits_.max_problems) {
      r_->stop("more than " + std::to_string(limits_.max_problems) + " cells it cannot read");
      return std::nullopt;
    }
    out_.problems.push_back(
        {row_, out_.sheet + "!" + (ref.empty() ? cell_name(next_col_ - 1, row_) : ref) + ": " + what});
    return std::nullopt;
  }
  void finish_row() {
    bool any = false;
    for (const auto& s : cells_) any = any || !s.empty();
    if (!any) return;
    slots_ += cells_.size();
    if (slots_ > kMaxCellSlots) {
      r_->stop("more cells than an action plan can have");
      return;
    }
    out_.rows.push_back({row_, std::move(cells_)});
    cells_ = {};
  }

  enum class In { none, v, t };
  const Workbook& wb_;
  XlsxSheet& out_;
  const XlsxLimits& limits_;
  xlsx::XmlReader* r_ = nullptr;
  Cell cell_;
  In in_ = In::none;
  std::vector<std::string> cells_;
  int row_ = 0, next_col_ = 0;
  std::size_t rows_seen_ = 0, slots_ = 0, text_bytes_ = 0;
};

}  // namespace

std::string cell_name(int column, int row) {
  std::string letters;
  for (int c = column + 1; c > 0; c = (c - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row);
}

// Days from 1899-12-31 with Excel's 1900 leap-year bug (serial 60 is the
// 29 February 1900 that never was); 1904 system: days from 1904-01-01.
std::string excel_serial_date(double serial, bool date1904) {
  if (!(serial >= (date1904 ? 0 : 1) && serial < 2958466)) return {};
  long days = static_cast<long>(std::floor(serial));
  if (date1904) days += 1462;
  if (days == 60) return "1900-02-29";
  if (days > 60) --days;
  return to_iso(add_days(Date{1899, 12, 31}, static_cast<int>(days)));
}

bool is_date_format(int id, std::string_view code) {
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) return true;
  bool quoted = false, bracket = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == '\\' || c == '_' || c == '*') {  // the next character is literal or padding
      ++i;
      continue;
    }
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '[') bracket = true;
    if (c == ']') bracket = false;
    if (!bracket && (c == 'd' || c == 'D' || c == 'y' || c == 'Y' || c == 'm' || c == 'M')) return true;
  }
  return false;
}

XlsxSheet read_xlsx(std::string_view bytes, const std::string& sheet, const XlsxLimits& limits) {
  XlsxSheet out;
  xlsx::Package pkg(bytes, out.error);
  if (!pkg.open()) return out;
  Workbook wb;
  out.error = read_workbook(pkg, limits, wb);
  if (out.error.empty()) out.error = read_shared_strings(pkg, limits, wb);
  if (out.error.empty()) out.error = read_styles(pkg, limits, wb);
  if (!out.error.empty()) return out;
  for (const auto& s : wb.sheets) out.sheets.push_back(s.name);
  const SheetRef* ref = nullptr;
  for (const auto& s : wb.sheets)
    if (!ref && (sheet.empty() || s.name == sheet)) ref = &s;
  if (!ref) {
    std::string names;
    for (const auto& s : wb.sheets) names += (names.empty() ? "'" : ", '") + s.name + "'";
    out.error =
        wb.sheets.empty() ? "the workbook has no sheets" : "no sheet named '" + sheet + "'; the workbook has " + names;
    return out;
  }
  out.sheet = ref->name;
  auto xml = pkg.read(ref->part, limits.max_part_bytes, out.error);
  if (!xml) return out;
  out.error = SheetReader(wb, out, limits).read(*xml, ref->part);
  return out;
}

}  // namespace wres
