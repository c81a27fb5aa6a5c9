#include "wres/importer/reading_import.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include "wres/importer/sheet_dates.hpp"

namespace wres {

namespace {

// A month as a sheet gives it: 2024-09, 2024-09-01, Sep-24, Sep 2024, 01/09/2024.
// A bare year or a cadence word is not a month.
std::optional<Date> month_of(const std::string& cell) {
  auto d = sheet_start(cell);
  if (!d || !d->note.empty() || d->value.size() < 7 || !std::isdigit(static_cast<unsigned char>(d->value[0])))
    return std::nullopt;
  return parse_iso_date(d->value.size() == 7 ? d->value + "-01" : d->value);
}

// 70, 70.5, "70%", "1,234": a figure as a sheet shows it; nothing else.
std::optional<double> value_of(std::string cell) {
  std::erase_if(cell, [](char c) { return c == ',' || c == ' '; });
  if (!cell.empty() && cell.back() == '%') cell.pop_back();
  if (cell.empty()) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(cell.c_str(), &end);
  if (end != cell.c_str() + cell.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

const std::string& cell(const TextRow& r, std::size_t i) {
  static const std::string empty;
  return i < r.cells.size() ? r.cells[i] : empty;
}

void add(ReadingImport& out, const std::string& file, int line, int col, Date month, const std::string& text) {
  auto v = value_of(text);
  if (!v) {
    out.errors.push_back({{file, line, col}, "value '" + text + "' is not a number (expected e.g. 70, 70.5 or 70%)"});
    return;
  }
  for (const auto& r : out.readings)
    if (r.date.year == month.year && r.date.month == month.month) {
      out.errors.push_back({{file, line, col}, "a second value for " + to_iso(month).substr(0, 7)});
      return;
    }
  out.readings.push_back({month, *v});
}

// The header row of a wide sheet: the first with two or more months after its first cell.
const TextRow* wide_header(const std::vector<TextRow>& rows) {
  for (const auto& r : rows) {
    int months = 0;
    for (std::size_t i = 1; i < r.cells.size(); ++i) months += month_of(r.cells[i]).has_value();
    if (months >= 2) return &r;
  }
  return nullptr;
}

void read_wide(const std::vector<TextRow>& rows, const TextRow& head, const std::string& file,
               const std::string& measure, ReadingImport& out) {
  auto row = std::find_if(rows.begin(), rows.end(), [&](const TextRow& r) {
    return &r != &head && !r.cells.empty() && lower(r.cells[0]) == lower(measure);
  });
  if (row == rows.end()) {
    out.errors.push_back(
        {{file, head.line, 1}, "no row for measure '" + measure + "' (its first cell is its id or title)"});
    return;
  }
  for (std::size_t i = 1; i < head.cells.size(); ++i) {
    auto month = month_of(head.cells[i]);
    const int col = static_cast<int>(i) + 1;
    if (!month) {
      if (!head.cells[i].empty())
        out.errors.push_back(
            {{file, head.line, col}, "month '" + head.cells[i] + "' is not a month (e.g. 2024-09 or Sep-24)"});
      continue;
    }
    if (!cell(*row, i).empty()) add(out, file, row->line, col, *month, cell(*row, i));
  }
}

void read_long(const std::vector<TextRow>& rows, const std::string& file, ReadingImport& out) {
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const TextRow& r = rows[k];
    auto month = month_of(cell(r, 0));
    if (!month) {
      // A header row ("Month, Value") above the figures is not an error.
      if (k == 0 && !value_of(cell(r, 1))) continue;
      out.errors.push_back({{file, r.line, 1}, "month '" + cell(r, 0) + "' is not a month (e.g. 2024-09 or Sep-24)"});
      continue;
    }
    add(out, file, r.line, 2, *month, cell(r, 1));
  }
}

}  // namespace

ReadingImport import_readings(const std::vector<TextRow>& rows, const std::string& file, const std::string& measure) {
  ReadingImport out;
  if (const TextRow* head = wide_header(rows))
    read_wide(rows, *head, file, measure, out);
  else
    read_long(rows, file, out);
  if (!std::is_sorted(out.readings.begin(), out.readings.end(), [](auto& a, auto& b) { return a.date < b.date; })) {
    std::stable_sort(out.readings.begin(), out.readings.end(), [](auto& a, auto& b) { return a.date < b.date; });
    out.notes.push_back({{file, 1, 1}, "the months were not in date order: written oldest first"});
  }
  return out;
}

std::string readings_toml(const ReadingImport& r, const std::string& measure, const std::string& source) {
  std::string out = "# measure " + measure + ": " + std::to_string(r.readings.size()) + " readings from " + source +
                    " (wresctl import)\nreadings = [\n";
  for (const auto& x : r.readings) {
    char v[32];
    std::snprintf(v, sizeof v, "%.10g", x.value);  // the sheet's figure, not rounded for show
    out += "  { date = " + to_iso(x.date) + ", value = " + v + " },\n";
  }
  return out + "]\n";
}

}  // namespace wres
