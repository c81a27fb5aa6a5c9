// wresctl export --config FILE --csv: the plans' actions with their states on
// a day, as a spreadsheet. The columns are the ones `wresctl import` reads, so
// a sheet can go out, be edited, and come back.
#include <algorithm>
#include <iostream>
#include <sstream>

#include "board_args.hpp"
#include "commands.hpp"
#include "metric_rows.hpp"
#include "read_text_file.hpp"
#include "wres/compute/action_status.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/importer/delimited_text.hpp"
#include "xlsx_table.hpp"

namespace wresctl {

namespace {

struct ExportArgs {
  std::string config, plan, as_of, out;
  bool csv = false, xlsx = false;
};

using Table = std::vector<std::vector<std::string>>;

void write_csv(std::ostream& out, const Table& rows) {
  for (const auto& cells : rows) {
    for (std::size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << wres::csv_field(cells[i]);
    out << "\r\n";  // RFC 4180, and what spreadsheet programs write
  }
}

std::string start_text(const std::optional<wres::Date>& d) { return d ? wres::to_iso(*d) : ""; }

void add_plan(Table& rows, const wres::Plan& plan, wres::Date day, int due_soon_days) {
  for (const auto& a : plan.actions) {
    auto f = wres::derive_flags(a, day, due_soon_days);
    rows.push_back({plan.id, a.id, a.title, a.theme, a.lead, start_text(a.start), a.due.text, a.measure, a.status_word,
                    std::string(wres::to_string(a.status)),
                    std::string(wres::Mark::effective(a.status, f.overdue).name()), f.last_update_text,
                    f.last_update ? wres::to_iso(*f.last_update) : ""});
  }
}

// CSV to standard output or -o; a workbook only to a file (-o), with a sheet
// per family the board has after the plans (none with --plan: one plan asked).
int write_table(const ExportArgs& a, const Table& rows, const wres::Board& board, wres::Date day,
                const wres::SnapshotOptions& options) {
  if (a.xlsx) {
    std::vector<SheetTable> sheets{{"Plans", rows}};
    if (a.plan.empty()) {
      wres::Snapshot s = wres::build_snapshot(board, day, options);  // published: withheld stays withheld
      for (const wres::FamilySpec* f : wres::all_families())
        if (auto t = family_rows(s, *f); t.size() > 1) sheets.push_back({std::string(f->title), std::move(t)});
    }
    return write_xlsx_workbook(a.out, sheets, std::cerr) ? kExitOk : kExitUsage;
  }
  if (a.out.empty() || a.out == "-") {
    write_csv(std::cout, rows);
    return kExitOk;
  }
  std::ostringstream text;
  write_csv(text, rows);
  return write_text_file(a.out, text.str(), std::cerr) ? kExitOk : kExitUsage;
}

bool has_plan(const wres::Board& board, const std::string& id) {
  return std::any_of(board.plans.begin(), board.plans.end(), [&](const wres::Plan& p) { return p.id == id; });
}

}  // namespace

void add_export(CLI::App& app, int& exit_code) {
  auto* cmd =
      app.add_subcommand("export", "Write the plans' actions and their states as CSV or .xlsx, for spreadsheets");
  cmd->footer(R"(Columns: Plan, No., Action, Theme, Team responsible, Start, End, Success measure, Status (as
written in the board), State (after the plan's legend), On the wall (overdue, judged on --as-of,
wins over the state; a status not reported is never called overdue), Progress update and Updated (the latest
update on or before that day). `wresctl import` reads this file back (one plan at a time: use --plan).
--xlsx writes an Excel workbook (-o required): a sheet "Plans", then (without --plan) a sheet per
family the board has ("WRES", "WDES": each metric as the published wall gives it, withheld figures
withheld); a bold frozen header with a filter, numbers kept as text (1.10 stays 1.10), full dates
as date cells.

Examples: wresctl export --config /etc/wres/board.toml --csv > plans.csv
          wresctl export --config /etc/wres/board.toml --xlsx -o plans.xlsx --plan ib-2024)");
  auto a = std::make_shared<ExportArgs>();
  cmd->add_option("--config", a->config, "The board's main TOML file")->required();
  auto* csv = cmd->add_flag("--csv", a->csv, "CSV, to standard output or -o");
  auto* xlsx = cmd->add_flag("--xlsx", a->xlsx, "An Excel workbook, to -o");
  csv->excludes(xlsx);
  cmd->add_option("-o,--output", a->out, "Write here (through a symbolic link, to the file it names)");
  cmd->add_option("--plan", a->plan, "Only this plan");
  cmd->add_option("--as-of", a->as_of, "Judge overdue/due soon on this day (default: the board's as_of, else today)");
  cmd->callback([a, &exit_code] {
    if (!a->csv && !a->xlsx) {
      std::cerr << "wresctl export: say --csv or --xlsx\n";
      return void(exit_code = kExitUsage);
    }
    if (a->xlsx && (a->out.empty() || a->out == "-")) {
      std::cerr << "wresctl export: --xlsx writes a file: give it with -o FILE.xlsx\n";
      return void(exit_code = kExitUsage);
    }
    std::optional<wres::Date> as_of;
    if (!parse_as_of(a->as_of, as_of, "export", std::cerr)) return void(exit_code = kExitUsage);
    if (!readable_or_report(a->config, "export", std::cerr)) return void(exit_code = kExitUsage);
    auto board = load_or_report(a->config, std::cerr);
    if (!board) return void(exit_code = kExitInvalid);
    if (!a->plan.empty() && !has_plan(*board, a->plan)) {
      std::cerr << "wresctl export: no plan '" << a->plan << "' in " << a->config << "\n";
      return void(exit_code = kExitInvalid);
    }
    wres::Date day = day_for(*board, as_of);
    Table rows{{"Plan", "No.", "Action", "Theme", "Team responsible", "Start", "End", "Success measure", "Status",
                "State", "On the wall", "Progress update", "Updated"}};
    for (const auto& p : board->plans)
      if (a->plan.empty() || p.id == a->plan) add_plan(rows, p, day, board->rules.due_soon_days);
    // The survey embargo by the real day, as `wresctl snapshot` judges it.
    exit_code = write_table(*a, rows, *board, day, wres::SnapshotOptions{as_of ? *as_of : wres::today_local(), false});
  });
}

}  // namespace wresctl
