#pragma once
// An action-plan table from a spreadsheet (columns like seed 001's: No.,
// Action, Team responsible, Start, End, Success measure, Status, Progress
// update) read into actions for the board file. Pure: rows in, actions and
// row-numbered diagnostics out; writing TOML is plan_toml.hpp's job.
#include <map>
#include <string>
#include <vector>

#include "wres/importer/delimited_text.hpp"
#include "wres/model/diagnostic.hpp"

namespace wres {

struct ImportedAction {
  int line = 0;
  std::string id, title, theme, lead, start, due, measure, status, update;
};

struct PlanImport {
  std::vector<ImportedAction> actions;
  std::vector<Diagnostic> errors;  // rows that could not be understood: not imported
  std::vector<Diagnostic> notes;   // rows read with a judgement the admin should check
};

// `legend`: the plan's colour words (lower case) besides the default
// red/amber/green/blue, so a status like "Purple" is caught here with its row.
// `sheet`: the workbook sheet the rows came from, so a cell is named Plan!B4;
// "" for text files, where the column is the diagnostic's.
PlanImport import_plan_table(const std::vector<TextRow>& rows, const std::string& file,
                             const std::map<std::string, std::string>& legend = {}, const std::string& sheet = "");

}  // namespace wres
