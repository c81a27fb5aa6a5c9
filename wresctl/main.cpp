// wresctl: the admins' command line. Validate and preview board files,
// talk to the running daemon, move plans between spreadsheets and TOML.
#include <iostream>

#include "commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{"wresctl - check, preview and inspect a WRES Kiosk board"};
  app.require_subcommand(1);
  int exit_code = wresctl::kExitOk;
  wresctl::add_validate(app, exit_code);
  wresctl::add_snapshot(app, exit_code);
  wresctl::add_live(app, exit_code);
  wresctl::add_import(app, exit_code);
  wresctl::add_export(app, exit_code);
  wresctl::add_diff(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return wresctl::kExitUsage;
  } catch (const std::exception& e) {
    std::cerr << "wresctl: " << e.what() << "\n";
    return wresctl::kExitInvalid;
  }
  return exit_code;
}
