#pragma once
// Each wresctl subcommand registers itself on the app and sets the exit code
// when it runs. Exit codes: 0 fine, 1 the input or daemon said no, 2 usage.
#include <CLI/CLI.hpp>

namespace wresctl {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 1;
inline constexpr int kExitUsage = 2;

void add_validate(CLI::App& app, int& exit_code);
void add_snapshot(CLI::App& app, int& exit_code);
void add_live(CLI::App& app, int& exit_code);  // status, history
void add_import(CLI::App& app, int& exit_code);
void add_export(CLI::App& app, int& exit_code);
void add_diff(CLI::App& app, int& exit_code);
void add_walls(CLI::App& app, int& exit_code);  // screenshot, shown
void add_twin(CLI::App& app, int& exit_code);

}  // namespace wresctl
