// Screens nobody has to visit: a real wres-display (under Xvfb) reporting its
// frames to a real wresd; wresctl screenshot, shown and status against them;
// the display's systemd watchdog pets and its panel at night.
#include <grp.h>
#include <gtest/gtest.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <xxhash.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "connection.hpp"
#include "live_board.hpp"
#include "render_support.hpp"
#include "wres/protocol/messages.hpp"

using namespace wres::test;
using namespace std::chrono_literals;

namespace {

// The daemon's view of its first wall (get_health), or an empty object.
nlohmann::json first_wall(const std::string& socket) {
  wres::client::Connection c;
  if (!c.open(socket, "test", 2s)) return nlohmann::json::object();
  auto h = c.request(wres::protocol::request(wres::protocol::MessageType::get_health), 2s);
  if (!h || !(*h)["health"]["walls"].is_array() || (*h)["health"]["walls"].empty()) return nlohmann::json::object();
  return (*h)["health"]["walls"][0];
}

// A live wall: wres-display on the board's socket, stopped at the end.
class LiveWall {
 public:
  LiveWall(const std::string& socket, const std::string& args, const std::string& env = "") : socket_(socket) {
    std::string cmd = display_cmd();
    cmd.replace(cmd.rfind(WRES_DISPLAY), std::string(WRES_DISPLAY).size(), env + " timeout -k 5 60 " WRES_DISPLAY);
    thread_ = std::thread([cmd, socket, args] { run(cmd + " --no-cache --socket " + socket + " " + args); });
  }
  ~LiveWall() {
    if (auto pid = wall().value("pid", 0); pid > 0) ::kill(pid, SIGCONT), ::kill(pid, SIGTERM);
    thread_.join();
  }
  nlohmann::json wall() const { return first_wall(socket_); }
  bool live_on(const std::string& page_other_than, std::chrono::milliseconds within) const {
    return eventually(
        [&] {
          auto w = wall();
          return w.value("state", "") == "live" && w["frame"].value("page", page_other_than) != page_other_than;
        },
        within);
  }

 private:
  std::string socket_;
  std::thread thread_;
};

std::string wresctl(const std::string& args) { return std::string(WRESCTL) + " " + args; }

// XXH3 of a PNG's pixels as the wall hashed them: BGRA, bottom row first.
std::string gl_order_hash(const Picture& p) {
  std::vector<unsigned char> bgra;
  for (int y = p.h - 1; y >= 0; --y)
    for (int x = 0; x < p.w; ++x) {
      const unsigned char* px = &p.rgb[(static_cast<std::size_t>(y) * p.w + x) * 3];
      bgra.insert(bgra.end(), {px[2], px[1], px[0], 255});
    }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(XXH3_64bits(bgra.data(), bgra.size())));
  return hex;
}

}  // namespace

// The picture comes from the live wall itself, through wresd: its pixels are
// the very ones the wall hashed when it presented them, and the shown history
// lists what the wall put up.
TEST(DisplayWalls, ScreenshotIsTheFrameOnTheWallAndShownListsIt) {
  LiveBoard b;
  auto d = b.start();
  LiveWall wall(b.socket, "--windowed 1280x720 --name corridor-1");
  ASSERT_TRUE(wall.live_on("waiting", 15s)) << d->log();
  const std::string png = kShots + "/live-wall-" + std::to_string(::getpid()) + ".png";
  auto r = run(wresctl("screenshot " + png + " --socket " + b.socket));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("wall corridor-1, overview page, 1280x720"), std::string::npos) << r.out;
  Picture p = load(png);
  ASSERT_EQ(p.w, 1280);
  ASSERT_EQ(p.h, 720);
  EXPECT_GT(p.share_not_background(), 0.05);                               // the board, not a blank frame
  EXPECT_GT(p.count(kRed[0], kRed[1], kRed[2]), 300);                      // NSCHT's red indicators
  EXPECT_NE(r.out.find("pixels " + gl_order_hash(p)), std::string::npos);  // the presented frame itself

  auto shown = run(wresctl("shown --since 10m --socket " + b.socket));
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_NE(shown.out.find("corridor-1: overview  [snapshot r"), std::string::npos) << shown.out;
  auto status = run(wresctl("status --socket " + b.socket));
  EXPECT_NE(status.out.find("corridor-1 (pid "), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("): live; overview"), std::string::npos) << status.out;
}

TEST(DisplayWalls, ScreenshotWithNoWallSaysSoAndExits2) {
  LiveBoard b;
  auto d = b.start();
  const std::string png = kShots + "/no-wall-" + std::to_string(::getpid()) + ".png";
  fs::remove(png);
  auto r = run(wresctl("screenshot " + png + " --socket " + b.socket));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no wall is connected to wresd"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(png));
  // No daemon at all: also 2, and says so.
  d->stop(SIGTERM);
  r = run(wresctl("screenshot " + png + " --socket " + b.socket));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cannot reach wresd"), std::string::npos) << r.err;
}

// A wall stuck on one frame (here: stopped) stops reporting; wresd marks it
// stale, logs it, and its shown history says nothing is known from then on.
TEST(DisplayWalls, AFrozenWallIsReportedStaleAndItsGapRecorded) {
  LiveBoard b;
  auto d = b.start({"--wall-stale-seconds", "5"});
  LiveWall wall(b.socket, "--windowed 960x540 --name stairs");
  ASSERT_TRUE(wall.live_on("waiting", 15s)) << d->log();
  const int pid = wall.wall().value("pid", 0);
  ASSERT_GT(pid, 0);
  ::kill(pid, SIGSTOP);
  EXPECT_TRUE(eventually([&] { return wall.wall().value("state", "") == "stale"; }, 12s)) << wall.wall().dump();
  auto status = run(wresctl("status --socket " + b.socket));
  EXPECT_NE(status.out.find("stairs (pid " + std::to_string(pid) + "): stale"), std::string::npos) << status.out;
  EXPECT_TRUE(eventually([&] { return d->log().find("wall stairs: no frame for") != std::string::npos; }, 5s))
      << d->log();
  ::kill(pid, SIGCONT);
  EXPECT_TRUE(eventually([&] { return wall.wall().value("state", "") == "live"; }, 70s));  // its next minute
  auto shown = run(wresctl("shown --since 10m --socket " + b.socket));
  EXPECT_NE(shown.out.find("stairs: (nothing known: no frame for"), std::string::npos) << shown.out;
}

// Under systemd (WatchdogSec=) the display pets its watchdog while it renders;
// a stopped display stops petting, and systemd would restart it.
TEST(DisplayWalls, TheDisplayPetsItsWatchdogOnlyWhileItRenders) {
  LiveBoard b;
  auto d = b.start();
  TempDir t;
  const std::string notify = t.file("notify.sock");
  int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", notify.c_str());
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  timeval tv{0, 200000};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  auto messages_for = [&](std::chrono::milliseconds span) {
    std::string all;
    auto end = std::chrono::steady_clock::now() + span;
    char buf[256];
    while (std::chrono::steady_clock::now() < end)
      if (auto n = ::recv(fd, buf, sizeof buf, 0); n > 0) all += std::string(buf, static_cast<std::size_t>(n)) + "\n";
    return all;
  };
  LiveWall wall(b.socket, "--windowed 640x360", "env NOTIFY_SOCKET=" + notify + " WATCHDOG_USEC=2000000");
  ASSERT_TRUE(wall.live_on("waiting", 15s));
  std::string got = messages_for(3s);
  EXPECT_GE(std::count(got.begin(), got.end(), 'W'), 3) << got;  // WATCHDOG=1 about every 0.5 s
  ::kill(wall.wall().value("pid", 0), SIGSTOP);
  messages_for(300ms);  // any already sent
  EXPECT_EQ(messages_for(2500ms), "");
  ::close(fd);
}

// At night the panel goes to standby where it can: [display] panel = "cec"
// runs cec-client (a stand-in here, on PATH) and the status says
// "panel off (night)", not a fault.
TEST(DisplayWalls, AtNightTheCecPanelIsPutToStandbyAndStatusSaysSo) {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  if (tm.tm_hour == 23 && tm.tm_min >= 57) GTEST_SKIP() << "too close to midnight";
  char night[160];
  std::snprintf(night, sizeof night, "night = { off = \"%02d:%02d\", on = \"23:59\" }\npanel = \"cec\"\n", tm.tm_hour,
                tm.tm_min);
  LiveBoard b;
  std::string board = slurp(b.board);
  board.replace(board.find("night "), board.find('\n', board.find("night ")) + 1 - board.find("night "), night);
  b.dir.write("board.toml", board);
  TempDir bin;
  const std::string log = bin.file("cec.log");
  bin.write("cec-client", "#!/bin/sh\necho \"$* $(cat)\" >> " + log + "\n");
  fs::permissions(bin.file("cec-client"), fs::perms::owner_all);
  auto d = b.start();
  // Full screen (no --windowed): the panel is the wall's to switch.
  LiveWall wall(b.socket, "", "env PATH=" + bin.path().string() + ":/usr/bin:/bin");
  EXPECT_TRUE(eventually([&] { return wall.wall().value("state", "") == "panel off (night)"; }, 90s))
      << wall.wall().dump();
  EXPECT_NE(slurp(log).find("-s -d 1 standby 0"), std::string::npos) << slurp(log);
  auto status = run(wresctl("status --socket " + b.socket));
  EXPECT_NE(status.out.find(": panel off (night);"), std::string::npos) << status.out;
}

// Raspberry Pi OS and Debian boot into Wayland: the wall under cage (headless,
// software rendering; cage refuses root, so as nobody then), as
// wres-kiosk.service runs it, answers wresctl screenshot with the board.
TEST(DisplayWalls, UnderCageOnWaylandTheWallAnswersScreenshots) {
  if (run("command -v cage").exit_code != 0) GTEST_SKIP() << "cage is not installed (scripts/setup.sh installs it)";
  const bool root = ::geteuid() == 0;
  const passwd* nobody = ::getpwnam("nobody");
  const group* nogroup = ::getgrnam("nogroup");
  if (root && (!nobody || !nogroup)) GTEST_SKIP() << "no user nobody / group nogroup to run cage as";
  LiveBoard b;
  using fs::perms;
  fs::permissions(b.dir.path(),
                  perms::owner_all | perms::group_read | perms::group_exec | perms::others_read | perms::others_exec);
  auto d = b.start(root ? std::vector<std::string>{"--group", "nogroup"} : std::vector<std::string>{});
  const std::string runtime = b.dir.file("xdg-runtime");
  fs::create_directories(runtime);
  fs::permissions(runtime, perms::owner_all);
  if (root) {
    ASSERT_EQ(::chown(runtime.c_str(), nobody->pw_uid, nogroup->gr_gid), 0);
  }
  std::string display = WRES_DISPLAY;
#ifdef WRES_DISPLAY_PRELOAD
  display = "env LD_PRELOAD='" WRES_DISPLAY_PRELOAD "' " + display;
#endif
  const std::string cmd =
      std::string(root ? "runuser -u nobody -- " : "") + "env -u DISPLAY -u WAYLAND_DISPLAY " +
      "XDG_RUNTIME_DIR=" + runtime +
      " WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 timeout -k 5 60 cage -- " + display +
      " --no-cache --name cage-wall --socket " + b.socket;
  ProcessResult cage;
  std::thread t([&] { cage = run(cmd); });
  bool live = eventually(
      [&] {
        return first_wall(b.socket).value("state", "") == "live" &&
               first_wall(b.socket)["frame"].value("page", "") == "overview";
      },
      30s);
  std::string png = kShots + "/cage-" + std::to_string(::getpid()) + ".png";
  auto r = live ? run(wresctl("screenshot " + png + " --socket " + b.socket)) : ProcessResult{};
  if (auto pid = first_wall(b.socket).value("pid", 0); pid > 0) ::kill(pid, SIGTERM);  // cage ends with its client
  t.join();
  ASSERT_TRUE(live) << cage.err << d->log();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("wall cage-wall, overview page"), std::string::npos) << r.out;
  Picture p = load(png);
  ASSERT_GT(p.w, 0);
  EXPECT_GT(p.share_not_background(), 0.05) << "a blank frame";
  EXPECT_GT(p.count(kRed[0], kRed[1], kRed[2]), 300);
}
