// wresctl diff OLD NEW: which actions an edit changes, as the wall will show
// them (overdue included), for checking a file before saving it over the live one.
#include <iostream>

#include "board_args.hpp"
#include "commands.hpp"
#include "wres/compute/snapshot_builder.hpp"
#include "wres/compute/state_changes.hpp"

namespace wresctl {

namespace {
struct DiffArgs {
  std::string old_file, new_file, as_of;
};
}  // namespace

void add_diff(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("diff", "Show which actions change state between two versions of a board");
  cmd->footer(R"(Each board is judged on its own as_of (else today) unless --as-of is given, so a changed
as_of shows the actions it makes overdue. One line per action: PLAN ACTION  FROM -> TO  title,
with 'new' for added actions and 'removed' for deleted ones.
Exit 0 when no action changes, 1 when some do, 2 when either board has errors (printed).

Example: cp /etc/wres/board.toml /tmp/edit.toml; (edit); wresctl diff /etc/wres/board.toml /tmp/edit.toml)");
  auto a = std::make_shared<DiffArgs>();
  cmd->add_option("OLD", a->old_file, "The board as it is")->required();
  cmd->add_option("NEW", a->new_file, "The board as edited")->required();
  cmd->add_option("--as-of", a->as_of, "Judge both boards on this day (YYYY-MM-DD)");
  cmd->callback([a, &exit_code] {
    std::optional<wres::Date> as_of;
    if (!parse_as_of(a->as_of, as_of, "diff", std::cerr)) return void(exit_code = kExitUsage);
    for (const auto* f : {&a->old_file, &a->new_file})
      if (!readable_or_report(*f, "diff", std::cerr)) return void(exit_code = kExitUsage);
    auto before = load_or_report(a->old_file, std::cerr);
    auto after = load_or_report(a->new_file, std::cerr);
    if (!before || !after) return void(exit_code = kExitUsage);
    auto old_statuses = wres::statuses_of(wres::build_snapshot(*before, day_for(*before, as_of)));
    auto new_statuses = wres::statuses_of(wres::build_snapshot(*after, day_for(*after, as_of)));
    auto changes = wres::diff_statuses(old_statuses, new_statuses);
    for (const auto& c : changes)
      std::cout << c.plan << " " << c.action << "  " << wres::names_of(c) << "  " << c.title << "\n";
    std::cerr << changes.size() << (changes.size() == 1 ? " action changes" : " actions change") << " state\n";
    exit_code = changes.empty() ? kExitOk : kExitInvalid;
  });
}

}  // namespace wresctl
