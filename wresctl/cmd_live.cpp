// wresctl status and wresctl history: ask the running daemon.
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "daemon_link.hpp"
#include "snapshot_table.hpp"
#include "wres/model/measure_wording.hpp"
#include "wres/protocol/messages.hpp"
#include "wres/protocol/snapshot_json.hpp"

namespace wresctl {

namespace {

constexpr wres::client::Millis kTimeout = kDaemonTimeout;

struct LiveArgs {
  std::string socket = wres::protocol::client_socket_path();
  std::string action, plan, measure;
};

// Each wall connected to wresd: what it shows, and whether it is live.
void print_walls(const nlohmann::json& walls) {
  if (!walls.is_array()) return;
  std::cout << "\nWalls: " << (walls.empty() ? "none connected" : std::to_string(walls.size()) + " connected") << "\n";
  for (const auto& w : walls) {
    const auto& f = w.value("frame", nlohmann::json::object());
    std::cout << "  " << w.value("wall", std::string("?")) << " (pid " << w.value("pid", 0)
              << "): " << w.value("state", std::string("?")) << "; " << f.value("page", std::string("?"));
    if (f.value("screen", 0) > 0) std::cout << " screen " << f.value("screen", 0) + 1;
    std::cout << ", last frame " << f.value("at", std::string("?")) << " (" << w.value("seconds_since_frame", 0LL)
              << " s ago), snapshot r" << f.value("revision", 0LL) << ", " << f.value("width", 0) << "x"
              << f.value("height", 0) << "\n";
  }
}

// The accessible twin's folder: written, or why not.
void print_twin(const nlohmann::json& t) {
  if (!t.is_object()) return;
  const std::string dir = t.value("dir", std::string{});
  if (t.value("ok", false) && t.value("revision", std::string{}).empty())
    std::cout << "Accessible twin: " << dir << ", being written\n";
  else if (t.value("ok", false))
    std::cout << "Accessible twin: " << dir << ", revision " << t.value("revision", std::string{"?"}) << " written "
              << t.value("written_at", std::string{"?"}) << "\n";
  else
    std::cout << "Accessible twin NOT WRITTEN: " << t.value("error", std::string{}) << " (since "
              << t.value("failed_at", std::string{"?"}) << "; the wall is not affected)\n";
}

void run_status(const LiveArgs& a, int& exit_code) {
  auto c = connect_daemon(a.socket, exit_code);
  if (!c) return;
  auto reply = c->request(wres::protocol::request(wres::protocol::MessageType::get_snapshot), kTimeout);
  auto health = c->request(wres::protocol::request(wres::protocol::MessageType::get_health), kTimeout);
  std::string error;
  auto snap =
      reply && reply->contains("snapshot") ? wres::snapshot_from_json((*reply)["snapshot"], &error) : std::nullopt;
  if (!snap) {
    std::cerr << "wresctl: no snapshot from wresd: " << (error.empty() ? c->error() : error) << "\n";
    exit_code = kExitUsage;
    return;
  }
  print_snapshot_table(std::cout, *snap);
  if (health && health->contains("health")) {
    const auto& h = (*health)["health"];
    std::cout << "\nDaemon: pid " << h.value("pid", 0) << ", up " << h.value("uptime_s", 0LL) << " s, "
              << h.value("clients", 0) << " clients; history "
              << (h["storage"].value("ok", false) ? "ok" : "NOT WRITTEN: " + h["storage"].value("error", std::string{}))
              << "\n";
    if (auto waiting = h["storage"].value("unstored_changes", 0); waiting > 0)
      std::cout << waiting << " status change" << (waiting == 1 ? " is" : "s are")
                << " held in memory, not yet in history (kept in a journal beside the database if wresd stops)\n";
    if (h["config"].value("settling", false))
      std::cout << "The last edit is on the wall; it reaches history once the files stop changing\n";
    if (auto saved = h["config"].value("showing_saved_from", std::string{}); !saved.empty())
      std::cout << "The board has errors since wresd started: showing the last good data, saved " << saved << "\n";
    print_twin(h.value("twin", nlohmann::json()));
    print_walls(h.value("walls", nlohmann::json()));
  }
  exit_code = snap->config.ok ? kExitOk : kExitInvalid;
}

// "2024-08-01  70 -> 72  (recorded 2026-12-07T09:00:00+00:00)"
void print_readings(const nlohmann::json& reply, const std::string& measure) {
  auto rows = wres::protocol::reading_history_entries(reply);
  if (rows.empty()) std::cout << "No recorded readings for measure " << measure << ".\n";
  for (const auto& r : rows) {
    std::cout << r.month << "  ";
    if (!r.value)
      std::cout << (r.before ? wres::number_text(*r.before) + " removed" : std::string("removed"));
    else if (r.before)
      std::cout << wres::number_text(*r.before) << " -> " << wres::number_text(*r.value);
    else
      std::cout << wres::number_text(*r.value) << " first recorded";
    std::cout << "  (" << r.at << ")\n";
  }
}

void run_history(const LiveArgs& a, int& exit_code) {
  if (a.action.empty() == a.measure.empty()) {
    std::cerr << "wresctl history: give --action ID (an action's status changes) or --measure ID (a measure's "
                 "readings)\n";
    exit_code = kExitUsage;
    return;
  }
  auto c = connect_daemon(a.socket, exit_code);
  if (!c) return;
  nlohmann::json req = wres::protocol::request(wres::protocol::MessageType::get_history);
  if (!a.measure.empty()) req["measure"] = a.measure;
  if (!a.action.empty()) req["action"] = a.action;
  if (!a.plan.empty()) req["plan"] = a.plan;
  auto reply = c->request(req, kTimeout);
  if (!reply || wres::protocol::type_of(*reply) != wres::protocol::MessageType::history) {
    std::cerr << "wresctl: " << (reply ? reply->value("message", std::string("unexpected reply")) : c->error()) << "\n";
    exit_code = kExitInvalid;
    return;
  }
  if (!a.measure.empty()) {
    print_readings(*reply, a.measure);
    exit_code = kExitOk;
    return;
  }
  auto entries = wres::protocol::history_entries(*reply);
  if (entries.empty()) std::cout << "No recorded changes for action " << a.action << ".\n";
  for (const auto& e : entries)
    std::cout << e.at << "  " << e.plan << " " << e.action << ": " << wres::names_of(e) << "  ["
              << wres::to_string(e.cause) << "]\n";
  exit_code = kExitOk;
}

}  // namespace

void add_live(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<LiveArgs>();
  add_daemon_command(app, "status", "Show the live snapshot, and the walls, from the running daemon", args->socket,
                     [args, &exit_code] { run_status(*args, exit_code); });
  auto* history = add_daemon_command(app, "history",
                                     "Show the recorded status changes of one action, or the readings of one measure",
                                     args->socket, [args, &exit_code] { run_history(*args, exit_code); });
  history->add_option("--action", args->action, "Action id, e.g. 1.1");
  history->add_option("--measure", args->measure, "Measure id: each month's reading, when recorded and changed");
  history->add_option("--plan", args->plan, "Plan id, when several plans use the same action id");
}

}  // namespace wresctl
