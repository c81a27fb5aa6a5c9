#include "wres/importer/sheet_dates.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <regex>

#include "wres/config/due.hpp"
#include "wres/model/date.hpp"

namespace wres {

namespace {

// Lower case, single spaces, no trailing full stop: "  Review  Annually. " -> "review annually".
std::string normalise(std::string_view cell) {
  std::string out;
  for (char ch : cell) {
    auto c = static_cast<unsigned char>(ch);
    if (std::isspace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(c));
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  return out;
}

int month_from_name(const std::string& name) {
  static constexpr std::array<const char*, 12> names{"jan", "feb", "mar", "apr", "may", "jun",
                                                     "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::string full[] = {"january", "february", "march",     "april",   "may",      "june",
                          "july",    "august",   "september", "october", "november", "december"};
    if (name == names[i] || name == full[i] || (name == "sept" && i == 8)) return static_cast<int>(i) + 1;
  }
  return 0;
}

std::string year_month(int y, int m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

int full_year(const std::string& digits) {
  int v = std::stoi(digits);
  return digits.size() == 2 ? 2000 + v : v;
}

// Cadence and open-ended words, the same for start and end cells.
std::optional<SheetDate> keyword(const std::string& t) {
  static const std::regex every_years(R"((review )?every (\d+|two|three|four|five) years?)");
  if (t == "ongoing" || t == "on going" || t == "on-going" || t == "continuous") return SheetDate{"ongoing", ""};
  if (t == "tbc" || t == "tbd" || t == "to be confirmed") return SheetDate{"tbc", ""};
  if (t == "quarterly" || t == "review quarterly" || t == "every quarter") return SheetDate{"quarterly", ""};
  std::string squeezed;
  for (char c : t)
    if (c != ' ') squeezed += c;  // "Annual ly", "Annualy"
  if (squeezed.rfind("annual", 0) == 0 || squeezed == "yearly" || squeezed == "everyyear" ||
      squeezed == "reviewannually" || squeezed == "reviewyearly")
    return SheetDate{"annually", t == "annually" ? "" : "read as annually"};
  static const std::regex every_month(R"(review every ([a-z]+))");
  std::smatch m;
  if (std::regex_match(t, m, every_month) && month_from_name(m[1])) return SheetDate{"annually", "read as annually"};
  if (std::regex_match(t, every_years))
    return SheetDate{"ongoing", "has no cadence word of its own: written as ongoing"};
  return std::nullopt;
}

// Calendar forms. `year_end`: a bare year is its December (due) or January (start).
std::optional<std::string> calendar(const std::string& t, bool year_end) {
  static const std::regex mon_yy(R"(([a-z]+)[ \-/']+(\d{2}|\d{4}))");         // Jan-25, January 2025
  static const std::regex year(R"((\d{4}))");                                 // 2024
  static const std::regex iso(R"((\d{4})-(\d{1,2})(-(\d{1,2}))?)");           // 2024-10, 2024-10-31
  static const std::regex dmy(R"((\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4}))");  // 31/10/2024 (UK order)
  static const std::regex my(R"((\d{1,2})[/.](\d{4}))");                      // 10/2024, 10.2024
  std::smatch m;
  auto checked_ym = [](int y, int mo) -> std::optional<std::string> {
    if (!make_date(y, mo, 1)) return std::nullopt;
    return year_month(y, mo);
  };
  if (std::regex_match(t, m, mon_yy)) {
    int mo = month_from_name(m[1]);
    if (!mo) return std::nullopt;
    return checked_ym(full_year(m[2]), mo);
  }
  if (std::regex_match(t, m, year)) return checked_ym(std::stoi(m[1]), year_end ? 12 : 1);
  if (std::regex_match(t, m, iso)) {
    int y = std::stoi(m[1]), mo = std::stoi(m[2]);
    if (!m[4].matched) return checked_ym(y, mo);
    auto d = make_date(y, mo, std::stoi(m[4]));
    return d ? std::optional(to_iso(*d)) : std::nullopt;
  }
  if (std::regex_match(t, m, dmy)) {
    auto d = make_date(full_year(m[3]), std::stoi(m[2]), std::stoi(m[1]));
    return d ? std::optional(to_iso(*d)) : std::nullopt;
  }
  if (std::regex_match(t, m, my)) return checked_ym(std::stoi(m[2]), std::stoi(m[1]));
  return std::nullopt;
}

}  // namespace

std::optional<SheetDate> sheet_due(std::string_view cell) {
  std::string t = normalise(cell);
  if (t.size() > 64) return std::nullopt;  // a sentence, not a date
  if (auto k = keyword(t)) return k;
  if (auto c = calendar(t, true)) return SheetDate{*c, ""};
  return std::nullopt;
}

std::optional<SheetDate> sheet_start(std::string_view cell) {
  std::string t = normalise(cell);
  if (t.size() > 64) return std::nullopt;
  if (auto c = calendar(t, false)) return SheetDate{*c, ""};
  return std::nullopt;
}

}  // namespace wres
