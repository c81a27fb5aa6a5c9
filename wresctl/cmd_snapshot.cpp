// wresctl snapshot --config FILE [--as-of DATE] [--json] [--unredacted]: the
// snapshot the daemon would publish, computed offline (no history, so
// "changes" is empty). --unredacted gives the figures [privacy] withholds,
// for a private meeting, and says so in its output.
#include <iostream>
#include <nlohmann/json.hpp>

#include "board_args.hpp"
#include "commands.hpp"
#include "snapshot_table.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/config/load.hpp"
#include "wres/model/clock.hpp"
#include "wres/protocol/snapshot_json.hpp"

namespace wresctl {

namespace {
struct SnapshotArgs {
  std::string config, as_of;
  bool json = false, unredacted = false;
};
}  // namespace

void add_snapshot(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("snapshot", "Compute a board's snapshot offline, without the daemon");
  auto args = std::make_shared<SnapshotArgs>();
  cmd->add_option("--config", args->config, "The board's main TOML file")->required();
  cmd->add_option("--as-of", args->as_of,
                  "View the board as on this day (YYYY-MM-DD); "
                  "default: the board's as_of, else today");
  cmd->add_flag("--json", args->json, "Print the snapshot JSON (as the daemon publishes it)");
  cmd->add_flag("--unredacted", args->unredacted,
                "Include what [privacy] withholds from the wall (small samples, small counts, embargoed "
                "survey results): for board papers in a private meeting, never for a screen");
  cmd->callback([args, &exit_code] {
    std::optional<wres::Date> as_of;
    if (!args->as_of.empty()) {
      as_of = wres::parse_iso_date(args->as_of);
      if (!as_of) {
        std::cerr << "wresctl snapshot: --as-of '" << args->as_of << "' is not a date (YYYY-MM-DD)\n";
        exit_code = kExitUsage;
        return;
      }
    }
    if (!readable_or_report(args->config, "snapshot", std::cerr)) return void(exit_code = kExitUsage);
    wres::LoadResult r = wres::load_board(args->config);
    if (!r.ok()) {
      for (const auto& e : r.errors) std::cerr << wres::format(e) << "\n";
      exit_code = kExitInvalid;
      return;
    }
    wres::Date day = as_of ? *as_of : wres::effective_as_of(*r.board, wres::today_local());
    // The embargo follows the real day, or the day asked for with --as-of.
    wres::SnapshotOptions options{as_of ? *as_of : wres::today_local(), args->unredacted};
    wres::Snapshot s = wres::build_snapshot(*r.board, day, options);
    if (args->unredacted)
      std::cerr << "wresctl snapshot: UNREDACTED: figures the wall withholds are included; not for display\n";
    s.generated_at = wres::local_timestamp_now();
    if (args->json)
      std::cout << wres::snapshot_to_json(s).dump(2) << "\n";
    else
      print_snapshot_table(std::cout, s);
    exit_code = kExitOk;
  });
}

}  // namespace wresctl
