#pragma once
// wresctl's connection to the running daemon: one place that says what to do
// when wresd is not there.
#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>

#include "connection.hpp"

namespace wresctl {

inline constexpr wres::client::Millis kDaemonTimeout{5000};

// Connected, or nullopt with the reason printed and exit_code set to 2.
[[nodiscard]] std::optional<wres::client::Connection> connect_daemon(const std::string& socket, int& exit_code);

// A command that asks the running daemon: registered with its --socket option,
// and `run` when it is the one chosen.
CLI::App* add_daemon_command(CLI::App& app, const std::string& name, const std::string& help, std::string& socket,
                             std::function<void()> run);

}  // namespace wresctl
