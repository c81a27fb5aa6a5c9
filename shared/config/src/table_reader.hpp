#pragma once
// Typed, located access to one TOML table. Every key asked for is remembered,
// so finish() can reject the keys nobody asked for: a typo must never drop data
// silently.
#include <toml++/toml.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wres/model/date.hpp"
#include "wres/model/diagnostic.hpp"

namespace wres::config {

enum class Need { optional, required };

SourceLoc loc(const toml::source_region& r);
SourceLoc loc(const toml::node& n);
std::string_view type_word(const toml::node& n);  // "a string", "an integer", ...

// Largest head count or case count we accept: beyond this a figure is a typo.
inline constexpr long long kMaxCount = 1'000'000'000;

class TableReader {
 public:
  TableReader(const toml::table& table, std::string path, Diagnostics& diags);

  const toml::node* get(std::string_view key, Need need = Need::optional);
  std::optional<std::string> text(std::string_view key, Need need);
  // A required text into `out`; false when it is missing or not text (the error is given).
  bool required_text(std::string_view key, std::string& out);
  std::optional<long long> count(std::string_view key, Need need);  // 0..kMaxCount
  std::optional<long long> integer(std::string_view key, Need need, long long lo, long long hi);
  std::optional<double> number(std::string_view key, Need need, double lo, double hi);
  std::optional<Date> date(std::string_view key, Need need);
  std::optional<bool> boolean(std::string_view key, Need need);
  const toml::table* table(std::string_view key, Need need);
  const toml::array* array(std::string_view key, Need need);
  // The elements of an optional array: none when it is absent or not an array (that is reported).
  const toml::array& elements(std::string_view key);
  // [[key]] entries; reports elements that are not tables.
  std::vector<const toml::table*> tables(std::string_view key, Need need);

  void error_at(std::string_view key, const std::string& message);  // at the key's value
  void error(const std::string& message);                           // at the table
  void warn_at(std::string_view key, const std::string& message);   // a warning, at the key's value
  SourceLoc where() const { return loc(table_); }
  const std::string& path() const { return path_; }
  std::string child_path(std::string_view key) const;
  Diagnostics& diags() { return diags_; }
  // For tables whose keys are the admins' own words (a plan's legend).
  const toml::table& raw() const { return table_; }
  // A reader for the sub-table at `key`, or nullopt (with an error if required).
  std::optional<TableReader> child(std::string_view key, Need need);
  void finish();

 private:
  template <class T>
  const T* node_as(std::string_view key, Need need, std::string_view expected);
  const toml::table& table_;
  std::string path_;  // dotted, for messages: "year.recruitment"
  Diagnostics& diags_;
  std::vector<std::string> known_;
};

// Shared value conversions, also used for array elements.
std::optional<Date> date_value(const toml::node& n, const std::string& what, Diagnostics& d);
std::optional<double> number_value(const toml::node& n, const std::string& what, double lo, double hi, Diagnostics& d);
std::optional<long long> integer_value(const toml::node& n, const std::string& what, long long lo, long long hi,
                                       Diagnostics& d);

}  // namespace wres::config
