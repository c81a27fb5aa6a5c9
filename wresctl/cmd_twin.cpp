// wresctl twin --config FILE [--as-of DATE] DIR: the accessible version of the
// wall (DESIGN 10) written offline, as wresd writes it on every publish: the
// snapshot the wall would be sent, with its redaction, as a page and CSVs.
#include <ctime>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "board_args.hpp"
#include "commands.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"
#include "wres/model/clock.hpp"
#include "wres/protocol/snapshot_json.hpp"
#include "wres/twin/twin.hpp"

namespace wresctl {

namespace {
struct TwinArgs {
  std::string config, as_of, dir;
};

// The snapshot JSON as wresd publishes it: never unredacted (no option for it).
std::optional<std::string> wall_json(const TwinArgs& args, int& exit_code) {
  std::optional<wres::Date> as_of;
  if (!args.as_of.empty() && !(as_of = wres::parse_iso_date(args.as_of))) {
    std::cerr << "wresctl twin: --as-of '" << args.as_of << "' is not a date (YYYY-MM-DD)\n";
    return exit_code = kExitUsage, std::nullopt;
  }
  if (!readable_or_report(args.config, "twin", std::cerr)) return exit_code = kExitUsage, std::nullopt;
  wres::LoadResult r = wres::load_board(args.config);
  if (!r.ok()) {
    for (const auto& e : r.errors) std::cerr << wres::format(e) << "\n";
    return exit_code = kExitInvalid, std::nullopt;
  }
  wres::Date day = as_of ? *as_of : wres::effective_as_of(*r.board, wres::today_local());
  wres::Snapshot s = wres::build_snapshot(*r.board, day, {as_of ? *as_of : wres::today_local(), false});
  s.generated_at = wres::local_timestamp_now();
  return wres::snapshot_to_json(s).dump();
}
}  // namespace

void add_twin(CLI::App& app, int& exit_code) {
  auto* cmd =
      app.add_subcommand("twin", "Write the accessible version of the wall (index.html and CSVs) into a folder");
  auto args = std::make_shared<TwinArgs>();
  cmd->add_option("--config", args->config, "The board's main TOML file")->required();
  cmd->add_option("--as-of", args->as_of, "View the board as on this day (YYYY-MM-DD); default: as the wall would");
  cmd->add_option("dir", args->dir, "The folder to write into (made if missing)")->required();
  cmd->callback([args, &exit_code] {
    auto json = wall_json(*args, exit_code);
    if (!json) return;
    std::string error;
    auto twin = wres::twin::twin_of_json(*json, std::time(nullptr), &error);
    std::error_code ec;
    std::filesystem::create_directories(args->dir, ec);
    std::optional<std::string> failed = twin ? wres::twin::write_twin(args->dir, *twin) : error;
    if (failed) {
      std::cerr << "wresctl twin: " << *failed << "\n";
      return void(exit_code = kExitInvalid);
    }
    std::cout << args->dir << ": index.html, indicators.csv, actions.csv (revision " << twin->revision << ")\n";
    exit_code = kExitOk;
  });
}

}  // namespace wresctl
