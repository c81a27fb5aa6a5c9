#include "wres/importer/plan_toml.hpp"

#include <sstream>

#include <toml++/toml.h>

namespace wres {

std::string toml_string(const std::string& text) {
  std::ostringstream os;
  // Basic strings only, escaped by toml++ (triple-quoted when there are
  // several lines). Not literal strings: toml++ 3.3.0 writes text holding
  // three single quotes as a literal string, which ends it early (found by
  // fuzz_csv_import).
  constexpr auto flags = toml::format_flags::allow_multi_line_strings | toml::format_flags::allow_unicode_strings;
  os << toml::toml_formatter(toml::value<std::string>(text), flags);
  return os.str();
}

namespace {

void field(std::ostringstream& os, const char* key, const std::string& value) {
  if (value.empty()) return;
  os << key << std::string(std::max<std::size_t>(1, 11 - std::string_view(key).size()), ' ') << "= "
     << toml_string(value) << "\n";
}

}  // namespace

std::string plan_toml(const PlanImport& plan, const PlanHeader& h) {
  std::ostringstream os;
  os << "# Imported from " << h.source << " by wresctl import.\n";
  if (!plan.errors.empty())
    os << "# " << plan.errors.size() << " row(s) could not be read and are not here; wresctl listed them.\n";
  os << "\n[[plan]]\n";
  field(os, "id", h.id);
  field(os, "title", h.title.empty() ? h.id : h.title);
  if (!h.legend.empty()) {
    os << "legend     = {";
    bool first = true;
    for (auto& [word, state] : h.legend) {
      os << (first ? " " : ", ") << word << " = " << toml_string(state);
      first = false;
    }
    os << " }\n";
  }
  for (const auto& a : plan.actions) {
    os << "\n[[plan.action]]  # row " << a.line << "\n";
    field(os, "id", a.id);
    field(os, "title", a.title);
    field(os, "theme", a.theme);
    field(os, "lead", a.lead);
    if (!a.start.empty()) field(os, "start", a.start);
    field(os, "due", a.due);
    field(os, "status", a.status);
    field(os, "measure", a.measure);
    if (!a.update.empty())
      os << "updates    = [ { date = " << to_iso(h.updates_dated) << ", text = " << toml_string(a.update) << " } ]\n";
  }
  return os.str();
}

}  // namespace wres
