// wresctl screenshot and wresctl shown: what the walls show now, and showed when.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "daemon_link.hpp"
#include "read_text_file.hpp"
#include "time_arg.hpp"
#include "wres/protocol/base64.hpp"
#include "wres/protocol/messages.hpp"
#include "wres/protocol/wall_messages.hpp"

namespace wresctl {

namespace {
namespace proto = wres::protocol;

struct WallArgs {
  std::string socket = proto::client_socket_path();
  std::string out, wall, since, until;
};

// The daemon waits up to 15 s for the wall; this waits a little longer.
constexpr wres::client::Millis kScreenshotTimeout{25000};

void run_screenshot(const WallArgs& a, int& exit_code) {
  auto c = connect_daemon(a.socket, exit_code);
  if (!c) return;
  auto req = proto::request(proto::MessageType::get_screenshot);
  if (!a.wall.empty()) req["wall"] = a.wall;
  auto reply = c->request(req, kScreenshotTimeout);
  exit_code = kExitUsage;  // anything short of a picture: it could not be done
  if (!reply || proto::type_of(*reply) != proto::MessageType::screenshot) {
    std::cerr << "wresctl: " << (reply ? reply->value("message", std::string("unexpected reply")) : c->error()) << "\n";
    return;
  }
  auto png = reply->contains("png") && (*reply)["png"].is_string()
                 ? proto::base64_decode((*reply)["png"].get<std::string>())
                 : std::nullopt;
  std::string error;
  auto frame = reply->contains("frame") ? proto::frame_report_from((*reply)["frame"], &error) : std::nullopt;
  if (!png || png->compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 || !frame) {
    std::cerr << "wresctl: the wall's picture is not a PNG" << (error.empty() ? "" : ": " + error) << "\n";
    return;
  }
  // `-`: the picture on standard output, what it shows on standard error.
  const bool to_stdout = a.out == "-";
  if (to_stdout ? !(std::cout << *png << std::flush) : !write_text_file(a.out, *png, std::cerr)) return;
  (to_stdout ? std::cerr : std::cout) << (to_stdout ? "standard output" : a.out) << ": wall " << frame->wall << ", "
                                      << frame->page << " page"
                                      << (frame->screen > 0 ? " (screen " + std::to_string(frame->screen + 1) + ")"
                                                            : "")
                                      << ", " << frame->width << "x" << frame->height << ", on screen since "
                                      << frame->at << ", pixels " << frame->hash << "\n";
  exit_code = kExitOk;
}

std::string describe(const wres::FrameReport& f) {
  if (!f.gap.empty()) return "(nothing known: " + f.gap + ")";
  std::string s = f.page;
  if (f.screen > 0) s += " screen " + std::to_string(f.screen + 1);
  if (f.night) s += ", night, panel " + std::string(wres::panel_words(f.panel));
  if (f.freshness != "live") s += ", data " + f.freshness;
  return s + "  [snapshot r" + std::to_string(f.revision) + ", pixels " + f.hash + "]";
}

void run_shown(const WallArgs& a, int& exit_code) {
  const std::time_t now = std::time(nullptr);
  auto since = parse_time_arg(a.since.empty() ? "24h" : a.since, now);
  auto until = parse_time_arg(a.until.empty() ? "0m" : a.until, now);
  if (!since || !until) {
    std::cerr << "wresctl: --since/--until '" << (since ? a.until : a.since)
              << "': expected a time such as \"2026-03-12 09:00\", \"09:00\" (today) or \"2h\" (ago)\n";
    exit_code = kExitUsage;
    return;
  }
  auto c = connect_daemon(a.socket, exit_code);
  if (!c) return;
  auto req = proto::request(proto::MessageType::get_shown);
  req["since"] = static_cast<long long>(*since), req["until"] = static_cast<long long>(*until);
  if (!a.wall.empty()) req["wall"] = a.wall;
  auto reply = c->request(req, kDaemonTimeout);
  if (!reply || proto::type_of(*reply) != proto::MessageType::shown) {
    std::cerr << "wresctl: " << (reply ? reply->value("message", std::string("unexpected reply")) : c->error()) << "\n";
    exit_code = kExitInvalid;
    return;
  }
  auto rows = proto::shown_entries(*reply);
  if (rows.empty()) std::cout << "Nothing recorded for that time.\n";
  for (const auto& f : rows)
    std::cout << f.at << (f.at_unix < *since ? " (in force at the start)" : "") << "  " << f.wall << ": " << describe(f)
              << "\n";
  exit_code = kExitOk;
}

}  // namespace

void add_walls(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<WallArgs>();
  auto* shot = add_daemon_command(app, "screenshot", "Save the picture a live wall is showing now, as PNG",
                                  args->socket, [args, &exit_code] { run_screenshot(*args, exit_code); });
  shot->add_option("out", args->out,
                   "The PNG file to write (through a link to the file it names), or - for standard output")
      ->required();
  shot->add_option("--wall", args->wall, "Which wall, when several are connected");
  auto* shown = add_daemon_command(app, "shown", "List what the walls showed, and when", args->socket,
                                   [args, &exit_code] { run_shown(*args, exit_code); });
  shown->add_option("--since", args->since,
                    "From this time: \"2026-03-12 09:00\", \"09:00\" (today), \"2h\" (ago); default 24h");
  shown->add_option("--until", args->until, "Up to this time (default: now)");
  shown->add_option("--wall", args->wall, "Only this wall");
}

}  // namespace wresctl
