#include "daemon_link.hpp"

#include <iostream>

#include "commands.hpp"

namespace wresctl {

std::optional<wres::client::Connection> connect_daemon(const std::string& socket, int& exit_code) {
  wres::client::Connection c;
  if (c.open(socket, "wresctl", kDaemonTimeout)) return c;
  std::cerr << "wresctl: " << c.error() << "\n";
  if (c.status() == wres::protocol::HandshakeStatus::pending)
    std::cerr << "Is wresd running? Start it with: wresd --config /etc/wres/board.toml\n";
  exit_code = kExitUsage;  // cannot run, as docs/command-line.md's exit codes say
  return std::nullopt;
}

CLI::App* add_daemon_command(CLI::App& app, const std::string& name, const std::string& help, std::string& socket,
                             std::function<void()> run) {
  auto* cmd = app.add_subcommand(name, help);
  cmd->add_option("--socket", socket, "Daemon socket")->capture_default_str();
  cmd->callback(std::move(run));
  return cmd;
}

}  // namespace wresctl
