// wresctl: the admins' command line. Validate and preview board files,
// talk to the running daemon, move plans between spreadsheets and TOML.
#include <iostream>
#include <optional>
#include <string>

#include "commands.hpp"

namespace {
// CLI11 says "A subcommand is required" for `wresctl frobnicate`: name the
// word it did not know, and the commands it does.
std::optional<std::string> unknown_command(CLI::App& app, int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') return std::nullopt;
  std::string word = argv[1], known;
  for (const auto* sub : app.get_subcommands({})) {
    if (sub->get_name() == word) return std::nullopt;
    known += (known.empty() ? "" : ", ") + sub->get_name();
  }
  return "wresctl: unknown command '" + word + "'; the commands are: " + known +
         "\nRun `wresctl --help` for what each does.\n";
}
}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"wresctl - check, preview and inspect a WRES Kiosk board"};
  app.require_subcommand(1);
  app.footer(R"(Run `wresctl COMMAND --help` for each command's options.

EXIT STATUS
  0 fine; 1 the input was invalid or the daemon said no (the reasons are printed);
  2 could not run: bad options, unreadable file, daemon not reachable.
  (diff: 0 no change, 1 some actions change, 2 a board has errors.)

EXAMPLES
  wresctl validate /etc/wres/board.toml
  wresctl snapshot --config board.toml --as-of 2025-01-31
  wresctl status
  wresctl history --action 1.1 --plan ib-2024
  wresctl screenshot wall.png
  wresctl shown --since "2026-03-12 09:00" --until "2026-03-12 10:00"
  wresctl import plan.csv --plan edi-2025 --legend blue=not_started > /etc/wres/plans/edi.toml
  wresctl export --config /etc/wres/board.toml --csv > plans.csv
  wresctl twin --config /etc/wres/board.toml /var/www/wres
  wresctl diff /etc/wres/board.toml edited.toml)");
  int exit_code = wresctl::kExitOk;
  wresctl::add_validate(app, exit_code);
  wresctl::add_snapshot(app, exit_code);
  wresctl::add_live(app, exit_code);
  wresctl::add_import(app, exit_code);
  wresctl::add_export(app, exit_code);
  wresctl::add_diff(app, exit_code);
  wresctl::add_walls(app, exit_code);
  wresctl::add_twin(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (auto unknown = unknown_command(app, argc, argv)) {
      std::cerr << *unknown;
      return wresctl::kExitUsage;
    }
    app.exit(e);
    return wresctl::kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "wresctl: " << e.what() << "\n";
    return wresctl::kExitInvalid;
  }
  return exit_code;
}
