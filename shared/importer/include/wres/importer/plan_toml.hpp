#pragma once
// Imported actions written as a board-file plan (one [[plan]] with its
// [[plan.action]] tables), ready to `include` from board.toml.
#include <map>
#include <string>

#include "wres/importer/plan_import.hpp"
#include "wres/model/date.hpp"

namespace wres {

struct PlanHeader {
  std::string id, title;
  std::map<std::string, std::string> legend;  // colour word -> state
  std::string source;                         // the file it came from, for the comment on top
  Date updates_dated;                         // undated progress text is dated this day
};

std::string plan_toml(const PlanImport& plan, const PlanHeader& header);
// A TOML basic string, quoted and escaped.
std::string toml_string(const std::string& text);

}  // namespace wres
