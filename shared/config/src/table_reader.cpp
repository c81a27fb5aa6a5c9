#include "table_reader.hpp"

#include <algorithm>
#include <cmath>

#include "suggest.hpp"
#include "wres/model/text_limits.hpp"

namespace wres::config {

SourceLoc loc(const toml::source_region& r) {
  return SourceLoc{r.path ? *r.path : std::string{}, static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
}
SourceLoc loc(const toml::node& n) { return loc(n.source()); }

std::string_view type_word(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a decimal number";
    case toml::node_type::boolean: return "true/false";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    default: return "nothing";
  }
}

TableReader::TableReader(const toml::table& table, std::string path, Diagnostics& diags)
    : table_(table), path_(std::move(path)), diags_(diags) {}

std::string TableReader::child_path(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

const toml::node* TableReader::get(std::string_view key, Need need) {
  known_.emplace_back(key);
  const toml::node* n = table_.get(key);
  if (!n && need == Need::required) error("missing '" + child_path(key) + "'");
  return n;
}

void TableReader::error_at(std::string_view key, const std::string& message) {
  const toml::node* n = table_.get(key);
  diags_.error(n ? loc(*n) : where(), message);
}

void TableReader::warn_at(std::string_view key, const std::string& message) {
  const toml::node* n = table_.get(key);
  diags_.warning(n ? loc(*n) : where(), message);
}

void TableReader::error(const std::string& message) { diags_.error(where(), message); }

std::optional<std::string> TableReader::text(std::string_view key, Need need) {
  const toml::node* n = get(key, need);
  if (!n) return std::nullopt;
  if (auto s = n->as_string()) {
    if (s->get().size() <= kMaxTextLength) return s->get();
    diags_.error(loc(*n), child_path(key) + ": " + std::to_string(s->get().size()) +
                              " characters is too long; the limit is " + std::to_string(kMaxTextLength));
    return std::nullopt;
  }
  diags_.error(loc(*n), child_path(key) + ": expected a string in quotes, got " + std::string(type_word(*n)));
  return std::nullopt;
}

std::optional<long long> integer_value(const toml::node& n, const std::string& what, long long lo, long long hi,
                                       Diagnostics& d) {
  auto i = n.as_integer();
  if (!i) {
    d.error(loc(n), what + ": expected a whole number, got " + std::string(type_word(n)));
    return std::nullopt;
  }
  long long v = i->get();
  if (v < lo || v > hi) {
    d.error(loc(n), what + ": " + std::to_string(v) + " is out of range; expected " + std::to_string(lo) + " to " +
                        std::to_string(hi));
    return std::nullopt;
  }
  return v;
}

std::optional<long long> TableReader::integer(std::string_view key, Need need, long long lo, long long hi) {
  const toml::node* n = get(key, need);
  if (!n) return std::nullopt;
  return integer_value(*n, child_path(key), lo, hi, diags_);
}

std::optional<long long> TableReader::count(std::string_view key, Need need) {
  const toml::node* n = get(key, need);
  if (!n) return std::nullopt;
  auto i = n->as_integer();
  if (i && i->get() < 0) {
    diags_.error(loc(*n), child_path(key) + ": a count cannot be negative (" + std::to_string(i->get()) + ")");
    return std::nullopt;
  }
  return integer_value(*n, child_path(key) + " (a count of people or cases)", 0, kMaxCount, diags_);
}

namespace {
std::string show(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}
}  // namespace

std::optional<double> number_value(const toml::node& n, const std::string& what, double lo, double hi, Diagnostics& d) {
  double v;
  if (auto i = n.as_integer()) {
    v = static_cast<double>(i->get());
  } else if (auto f = n.as_floating_point()) {
    v = f->get();
  } else {
    d.error(loc(n), what + ": expected a number, got " + std::string(type_word(n)));
    return std::nullopt;
  }
  if (!std::isfinite(v)) {
    d.error(loc(n), what + ": expected a finite number, got " + show(v));
    return std::nullopt;
  }
  if (v < lo || v > hi) {
    d.error(loc(n), what + ": " + show(v) + " is out of range; expected " + show(lo) + " to " + show(hi));
    return std::nullopt;
  }
  return v;
}

std::optional<double> TableReader::number(std::string_view key, Need need, double lo, double hi) {
  const toml::node* n = get(key, need);
  if (!n) return std::nullopt;
  return number_value(*n, child_path(key), lo, hi, diags_);
}

std::optional<Date> date_value(const toml::node& n, const std::string& what, Diagnostics& d) {
  if (auto dt = n.as_date()) {
    const toml::date& v = dt->get();
    if (auto ok = make_date(v.year, v.month, v.day)) return ok;
    d.error(loc(n), what + ": date is out of range; expected a year from 1900 to 9999");
    return std::nullopt;
  }
  if (auto s = n.as_string()) {
    if (auto ok = parse_iso_date(s->get())) return ok;
    d.error(loc(n), what + ": '" + s->get() + "' is not a real date; expected YYYY-MM-DD");
    return std::nullopt;
  }
  d.error(loc(n), what + ": expected a date like 2024-09-30, got " + std::string(type_word(n)));
  return std::nullopt;
}

std::optional<Date> TableReader::date(std::string_view key, Need need) {
  const toml::node* n = get(key, need);
  if (!n) return std::nullopt;
  return date_value(*n, child_path(key), diags_);
}

std::optional<bool> TableReader::boolean(std::string_view key, Need need) {
  const toml::node* n = get(key, need);
  if (!n) return std::nullopt;
  if (auto b = n->as_boolean()) return b->get();
  diags_.error(loc(*n), child_path(key) + ": expected true or false, got " + std::string(type_word(*n)));
  return std::nullopt;
}

template <class T>
const T* TableReader::node_as(std::string_view key, Need need, std::string_view expected) {
  const toml::node* n = get(key, need);
  if (!n) return nullptr;
  if (auto v = n->as<T>()) return v;
  diags_.error(loc(*n),
               child_path(key) + ": expected " + std::string(expected) + ", got " + std::string(type_word(*n)));
  return nullptr;
}

const toml::table* TableReader::table(std::string_view key, Need need) {
  return node_as<toml::table>(key, need, "a table { ... }");
}

const toml::array* TableReader::array(std::string_view key, Need need) {
  return node_as<toml::array>(key, need, "an array [ ... ]");
}

const toml::array& TableReader::elements(std::string_view key) {
  static const toml::array none;
  const toml::array* a = array(key, Need::optional);
  return a ? *a : none;
}

bool TableReader::required_text(std::string_view key, std::string& out) {
  auto v = text(key, Need::required);
  if (v) out = std::move(*v);
  return v.has_value();
}

std::vector<const toml::table*> TableReader::tables(std::string_view key, Need need) {
  std::vector<const toml::table*> out;
  const toml::node* n = get(key, need);
  if (!n) return out;
  if (auto t = n->as_table()) {
    diags_.error(loc(*t), child_path(key) + ": write [[" + child_path(key) +
                              "]] (double brackets): "
                              "there can be several");
    return out;
  }
  auto a = n->as_array();
  if (!a) {
    diags_.error(loc(*n),
                 child_path(key) + ": expected [[" + child_path(key) + "]] tables, got " + std::string(type_word(*n)));
    return out;
  }
  for (const toml::node& e : *a) {
    if (auto t = e.as_table())
      out.push_back(t);
    else
      diags_.error(loc(e), child_path(key) + ": expected a table, got " + std::string(type_word(e)));
  }
  return out;
}

std::optional<TableReader> TableReader::child(std::string_view key, Need need) {
  const toml::table* t = table(key, need);
  if (!t) return std::nullopt;
  return TableReader(*t, child_path(key), diags_);
}

void TableReader::finish() {
  for (auto&& [k, v] : table_) {
    std::string_view name = k.str();
    if (std::find(known_.begin(), known_.end(), name) != known_.end()) continue;
    std::string msg = "unknown key '" + child_path(name) + "'";
    msg += suggestion(name, known_);
    diags_.error(loc(k.source()), msg);
  }
}

}  // namespace wres::config
