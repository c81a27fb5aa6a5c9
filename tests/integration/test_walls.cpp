// Walls as wresd sees them: frame reports over the real socket (one row per
// view, a gap when a wall goes away, hostile reports dropped) and the shown
// history's bounds in a real SQLite file.
#include <gtest/gtest.h>

#include <poll.h>
#include <stb/stb_image_write.h>
#include <sys/socket.h>
#include <unistd.h>
#include <xxhash.h>

#include <atomic>
#include <filesystem>
#include <set>
#include <thread>
#include <tuple>

#include "board_text.hpp"
#include "connection.hpp"
#include "daemon_fixture.hpp"
#include "history_store.hpp"
#include "run_process.hpp"
#include "wres/protocol/base64.hpp"
#include "wres/protocol/frame.hpp"
#include "wres/protocol/messages.hpp"
#include "wres/protocol/wall_messages.hpp"

using namespace wres::test;
using namespace std::chrono_literals;
namespace proto = wres::protocol;
using nlohmann::json;

namespace {

wres::FrameReport frame(const std::string& page, std::int64_t at_unix = std::time(nullptr)) {
  return {.wall = "lobby",
          .page = page,
          .revision = 1,
          .at = "2026-03-12T09:00:00+00:00",
          .at_unix = at_unix,
          .hash = "00000000000000ff",
          .width = 1920,
          .height = 1080,
          .freshness = "live"};
}

wres::client::Connection client(const std::string& socket) {
  wres::client::Connection c;
  EXPECT_TRUE(c.open(socket, "test-wall", 2s)) << c.error();
  return c;
}

std::vector<wres::FrameReport> shown(const std::string& socket) {
  auto c = client(socket);
  auto req = proto::request(proto::MessageType::get_shown);
  req["since"] = 0;
  auto reply = c.request(req, 2s);
  EXPECT_TRUE(reply) << c.error();
  return reply ? proto::shown_entries(*reply) : std::vector<wres::FrameReport>{};
}

// True when the daemon hung up on `c` (after its error message, if any).
bool dropped(wres::client::Connection& c) {
  for (int i = 0; i < 3 && c.is_open(); ++i) (void)c.receive(1s);  // read until it hangs up
  return !c.is_open();
}

}  // namespace

TEST(Walls, OneRowPerViewAndAGapWhenTheWallGoesAway) {
  DaemonFixture f(board_head_undated());
  auto d = f.start();
  {
    auto wall = client(f.socket);
    for (const char* page : {"overview", "overview", "overview", "indicators"})  // the clock moved twice
      EXPECT_TRUE(wall.send(json::parse(proto::frame_shown_message(frame(page))), 2s));
    ASSERT_TRUE(eventually([&] { return shown(f.socket).size() == 2; }, 3s));
  }
  ASSERT_TRUE(eventually([&] { return shown(f.socket).size() == 3; }, 3s));
  auto rows = shown(f.socket);
  EXPECT_EQ(rows[0].page, "overview");
  EXPECT_EQ(rows[1].page, "indicators");
  EXPECT_EQ(rows[2].gap, "disconnected");
  EXPECT_NE(d->log().find("wall lobby (pid "), std::string::npos);
}

// A wall's messages are input like any client's: a bad report, a picture
// nobody asked for, an oversized frame: the client is dropped, nothing is
// recorded, and the daemon serves on.
TEST(Walls, HostileWallMessagesAreDroppedAndNothingIsRecorded) {
  DaemonFixture f(board_head_undated());
  auto d = f.start();
  json bad_hash = json::parse(proto::frame_shown_message(frame("overview")));
  bad_hash["frame"]["hash"] = "not-a-hash";
  json no_frame = {{"type", "frame_shown"}};
  json unasked = json::parse(proto::captured_message(99, frame("overview"), "iVBORw0KGgo="));
  json huge = json::parse(proto::frame_shown_message(frame("overview")));
  huge["padding"] = std::string(proto::kMaxRequestBytes, 'x');
  for (const json& m : {bad_hash, no_frame, unasked, huge}) {
    auto c = client(f.socket);
    (void)c.send(m, 2s);  // it may be hung up on while writing: what counts is below
    EXPECT_TRUE(dropped(c)) << m.dump().substr(0, 120);
  }
  EXPECT_TRUE(shown(f.socket).empty());
  auto c = client(f.socket);
  auto health = c.request(proto::request(proto::MessageType::get_health), 2s);
  ASSERT_TRUE(health);
  EXPECT_TRUE((*health)["health"]["walls"].empty());
  EXPECT_NE(d->log().find("malformed frame report: frame report: \"hash\" must be 16 lower-case hex digits"),
            std::string::npos)
      << d->log();
}

// The shown history never grows without bound: rows older than the kept days
// go, and a cap holds whatever the clock says.
TEST(ShownHistory, KeepsItsDaysAndNeverMoreThanItsRows) {
  TempDir t;
  wresd::HistoryStore store;
  ASSERT_FALSE(store.open(t.file("h.sqlite3")));
  const std::int64_t day = 86400, start = 1'700'000'000;
  wresd::ShownLimits limits{.keep_seconds = 90 * day, .max_rows = 1'000'000};
  for (int d = 0; d < 100; ++d) ASSERT_FALSE(store.record_shown(frame("overview", start + d * day), limits));
  EXPECT_EQ(store.shown_rows(), 91);  // days 9 to 99: 90 days back from the newest, inclusive
  auto rows = store.shown(start + 50 * day + 10, start + 52 * day, "", 100);
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 3u);  // day 50's row in force at the start, then days 51 and 52
  EXPECT_EQ((*rows)[0].at_unix, start + 50 * day);
  limits.max_rows = 10;
  ASSERT_FALSE(store.record_shown(frame("plans", start + 100 * day), limits));
  EXPECT_EQ(store.shown_rows(), 10);
}

// ---- proof of display is wresd's (issue 27 item 2) ------------------------------

namespace {

// A picture and the hash a wall reports for it: XXH3 of BGRA, bottom row first.
struct Picture {
  std::string png, hash;
  int w = 0, h = 0;
};

Picture picture(int w, int h, unsigned char shade) {
  std::vector<unsigned char> rgb(static_cast<std::size_t>(w * h * 3));
  for (std::size_t i = 0; i < rgb.size(); ++i) rgb[i] = static_cast<unsigned char>(shade + i % 7);
  Picture p{{}, {}, w, h};
  stbi_write_png_to_func(
      [](void* ctx, void* data, int size) { static_cast<std::string*>(ctx)->append(static_cast<char*>(data), size); },
      &p.png, w, h, 3, rgb.data(), w * 3);
  std::vector<unsigned char> bgra;
  for (int y = h - 1; y >= 0; --y)
    for (int x = 0; x < w; ++x) {
      const unsigned char* px = &rgb[static_cast<std::size_t>((y * w + x) * 3)];
      bgra.insert(bgra.end(), {px[2], px[1], px[0], 255});
    }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(XXH3_64bits(bgra.data(), bgra.size())));
  p.hash = hex;
  return p;
}

wres::FrameReport frame_of(const std::string& wall, const Picture& p, const std::string& page = "overview") {
  wres::FrameReport f = frame(page);
  f.wall = wall, f.hash = p.hash, f.width = p.w, f.height = p.h;
  return f;
}

// Writes all of `bytes` unless the daemon hangs up first (it may, on purpose).
void send_raw(int fd, const std::string& bytes) {
  for (std::size_t done = 0; done < bytes.size();) {
    ssize_t n = ::send(fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      pollfd p{fd, POLLOUT, 0};
      if (::poll(&p, 1, 3000) <= 0) return;
      continue;
    }
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

void report(wres::client::Connection& wall, const wres::FrameReport& f) {
  ASSERT_TRUE(wall.send(json::parse(proto::frame_shown_message(f)), 2s)) << wall.error();
}

json health(const std::string& socket) {
  auto c = client(socket);
  auto h = c.request(proto::request(proto::MessageType::get_health), 2s);
  return h ? (*h)["health"] : json();
}

// A wresd with one wall, "lobby", that has reported a frame of a picture.
struct WallOnDaemon {
  DaemonFixture f{board_head_undated()};
  std::unique_ptr<DaemonProcess> d = f.start();
  wres::client::Connection wall = client(f.socket);
  Picture p;
  explicit WallOnDaemon(unsigned char shade) : p(picture(16, 9, shade)) {
    report(wall, frame_of("lobby", p));
    EXPECT_TRUE(eventually([&] { return health(f.socket)["walls"].size() == 1; }, 3s));
  }
  std::tuple<DaemonFixture&, wres::client::Connection&, Picture&> parts() { return {f, wall, p}; }
};

// The next "capture" request a fake wall receives, or nullopt.
std::optional<long long> capture_asked(wres::client::Connection& wall, std::chrono::milliseconds within) {
  auto m = wall.receive(within);
  if (!m || proto::type_of(*m) != proto::MessageType::capture) return std::nullopt;
  return (*m)["id"].get<long long>();
}

}  // namespace

TEST(Walls, RowsCarryWresdsClockAndAWallFromTheFutureErasesNothing) {
  DaemonFixture f(board_head_undated());
  auto d = f.start();
  auto a = client(f.socket);
  report(a, frame("overview"));
  ASSERT_TRUE(eventually([&] { return shown(f.socket).size() == 1; }, 3s));
  auto b = client(f.socket);
  auto future = frame("plans", (1LL << 40) - 1);  // the year 36812: pruning by it would empty the table
  future.wall = "stairs";
  report(b, future);
  ASSERT_TRUE(eventually([&] { return shown(f.socket).size() == 2; }, 3s)) << d->log();
  const std::int64_t now = std::time(nullptr);
  for (const auto& row : shown(f.socket)) {
    EXPECT_NEAR(static_cast<double>(row.at_unix), static_cast<double>(now), 5) << row.wall;
    EXPECT_NE(row.at, "2026-03-12T09:00:00+00:00") << row.wall;  // the wall's own stamp is not kept
  }
}

TEST(Walls, ALiveWallsNameIsHeldAndASecondIsRenamedAndSaysSo) {
  DaemonFixture f(board_head_undated());
  auto d = f.start();
  auto first = client(f.socket), second = client(f.socket);
  Picture p = picture(8, 4, 10);
  report(first, frame_of("lobby", p));
  ASSERT_TRUE(eventually([&] { return health(f.socket)["walls"].size() == 1; }, 3s));
  report(second, frame_of("lobby", p, "plans"));
  ASSERT_TRUE(eventually([&] { return health(f.socket)["walls"].size() == 2; }, 3s));
  std::set<std::string> names;
  const json walls = health(f.socket)["walls"];
  for (const auto& w : walls) {
    names.insert(w["wall"].get<std::string>());
    if (w["wall"] == "lobby (2)") {
      EXPECT_EQ(w["asked_name"], "lobby");
    }
  }
  EXPECT_EQ(names, (std::set<std::string>{"lobby", "lobby (2)"}));
  EXPECT_NE(d->log().find("it is 'lobby (2)' until it reconnects"), std::string::npos) << d->log();
  // Neither can take the other's name later on the same connection.
  auto again = frame_of("lobby (2)", p);
  report(first, again);
  EXPECT_TRUE(dropped(first));
  EXPECT_FALSE(dropped(second));
}

TEST(Walls, AWallWritesAtMostARowASecondAndItsLastViewIsKept) {
  DaemonFixture f(board_head_undated());
  auto d = f.start();
  auto wall = client(f.socket);
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 200; ++i) report(wall, frame(i % 2 ? "plans" : "overview"));
  report(wall, frame("targets"));
  const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(eventually([&] { return !shown(f.socket).empty() && shown(f.socket).back().page == "targets"; }, 5s));
  // A burst of 30, then one a second; the view in force after the burst is written when the budget allows.
  EXPECT_LE(shown(f.socket).size(), 30u + static_cast<std::size_t>(took) + 6u);
  EXPECT_FALSE(dropped(wall));
}

TEST(Walls, AFloodOfReportsDropsTheWall) {
  DaemonFixture f(board_head_undated());
  auto d = f.start();
  auto wall = client(f.socket);
  std::string burst;
  for (int i = 0; i < 3000; ++i) burst += proto::encode_frame(proto::frame_shown_message(frame("overview")));
  send_raw(wall.fd(), burst);
  EXPECT_TRUE(dropped(wall));
  EXPECT_NE(d->log().find("frame reports faster than any wall draws"), std::string::npos) << d->log();
}

TEST(Walls, TheShownHistoryKeepsABoundedNumberOfWallNames) {
  DaemonFixture f(board_head_undated());
  auto d = f.start();
  for (int i = 0; i < 100; ++i) {
    auto w = client(f.socket);
    auto r = frame("overview");
    r.wall = "w" + std::to_string(i);
    report(w, r);
    ASSERT_TRUE(eventually([&] { return health(f.socket)["walls"].size() == 1; }, 3s)) << i;
  }
  auto extra = client(f.socket);
  auto r = frame("overview");
  r.wall = "one-too-many";
  report(extra, r);
  EXPECT_TRUE(dropped(extra));
  EXPECT_NE(d->log().find("too many wall names: the shown history keeps 100"), std::string::npos);
  auto known = client(f.socket);  // a name it has stays welcome
  r.wall = "w7";
  report(known, r);
  EXPECT_FALSE(dropped(known));
  // What was in force at a time is one row per name, found by the index.
  auto c = client(f.socket);
  auto req = proto::request(proto::MessageType::get_shown);
  req["since"] = std::time(nullptr) + 10, req["until"] = std::time(nullptr) + 20;
  auto reply = c.request(req, 2s);
  ASSERT_TRUE(reply);
  EXPECT_EQ(proto::shown_entries(*reply).size(), 100u);
}

TEST(Walls, APictureIsPassedOnOnlyFromTheWallAskedAndOnlyIfItIsTheFrame) {
  DaemonFixture f(board_head_undated());
  auto d = f.start();
  auto wall = client(f.socket);
  Picture shown_frame = picture(16, 9, 40), other = picture(16, 9, 90);
  report(wall, frame_of("lobby", shown_frame));
  ASSERT_TRUE(eventually([&] { return health(f.socket)["walls"].size() == 1; }, 3s));
  auto ask = [&](wres::client::Connection& asker) {
    ASSERT_TRUE(asker.send(proto::request(proto::MessageType::get_screenshot, 7), 2s));
  };
  // 1. Another client answering in the wall's place is dropped; the wall still answers.
  auto asker = client(f.socket), impostor = client(f.socket);
  ask(asker);
  auto id = capture_asked(wall, 2s);
  ASSERT_TRUE(id);
  (void)impostor.send(
      json::parse(proto::captured_message(*id, frame_of("lobby", shown_frame), proto::base64_encode(shown_frame.png))),
      2s);
  EXPECT_TRUE(dropped(impostor));
  // 2. The wall's own answer whose pixels are another picture: refused, and the asker told.
  (void)wall.send(
      json::parse(proto::captured_message(*id, frame_of("lobby", shown_frame), proto::base64_encode(other.png))), 2s);
  auto reply = asker.receive(3s);
  ASSERT_TRUE(reply);
  EXPECT_EQ((*reply)["type"], "error");
  EXPECT_NE((*reply)["message"].get<std::string>().find("not its frame"), std::string::npos) << *reply;
  EXPECT_TRUE(dropped(wall));
  // 3. The real picture of the frame it reported is passed on.
  auto honest = client(f.socket);
  report(honest, frame_of("lobby", shown_frame));
  ASSERT_TRUE(eventually([&] { return health(f.socket)["walls"].size() == 1; }, 3s));
  auto asker2 = client(f.socket);
  ask(asker2);
  id = capture_asked(honest, 2s);
  ASSERT_TRUE(id);
  EXPECT_TRUE(honest.send(
      json::parse(proto::captured_message(*id, frame_of("lobby", shown_frame), proto::base64_encode(shown_frame.png))),
      2s));
  reply = asker2.receive(3s);
  ASSERT_TRUE(reply);
  EXPECT_EQ((*reply)["type"], "screenshot") << *reply;
  EXPECT_EQ((*reply)["frame"]["hash"], shown_frame.hash);
  EXPECT_FALSE(dropped(honest));
}

// Twenty requests in one packet from one client, and five clients asking at
// once: one capture of the wall; each client gets the picture once, and a
// client's extra requests are told one is on its way. Nobody is dropped.
TEST(Walls, PipelinedScreenshotRequestsAreOneCapture) {
  WallOnDaemon w(20);
  auto [f, wall, p] = w.parts();
  auto asker = client(f.socket);
  std::string packet;
  for (int i = 1; i <= 20; ++i)
    packet += proto::encode_frame(proto::request(proto::MessageType::get_screenshot, 100 + i).dump());
  send_raw(asker.fd(), packet);
  std::vector<wres::client::Connection> others;
  for (int i = 0; i < 5; ++i) {
    others.push_back(client(f.socket));
    ASSERT_TRUE(others.back().send(proto::request(proto::MessageType::get_screenshot, 7), 2s));
  }
  auto id = capture_asked(wall, 2s);
  ASSERT_TRUE(id);
  EXPECT_FALSE(capture_asked(wall, 500ms));  // one capture, not twenty-five
  EXPECT_TRUE(
      wall.send(json::parse(proto::captured_message(*id, frame_of("lobby", p), proto::base64_encode(p.png))), 2s));
  int pictures = 0, on_its_way = 0;
  for (int i = 0; i < 20; ++i)
    if (auto m = asker.receive(3s)) {
      pictures += (*m)["type"] == "screenshot";
      on_its_way +=
          (*m)["type"] == "error" && (*m)["message"].get<std::string>().find("already on its way") != std::string::npos;
    }
  EXPECT_EQ(pictures, 1);
  EXPECT_EQ(on_its_way, 19);
  for (auto& o : others) {
    auto m = o.receive(3s);
    ASSERT_TRUE(m);
    EXPECT_EQ((*m)["type"], "screenshot");
  }
  EXPECT_FALSE(dropped(wall));
  EXPECT_FALSE(dropped(asker));
}

TEST(Walls, AWallCannotAskForItsOwnPictureOrSendALargeFrameUnasked) {
  WallOnDaemon w(20);
  auto [f, wall, p] = w.parts();
  auto reply = wall.request(proto::request(proto::MessageType::get_screenshot), 2s);
  ASSERT_TRUE(reply);
  EXPECT_NE((*reply)["message"].get<std::string>().find("cannot ask for its own picture"), std::string::npos);
  json big = json::parse(proto::captured_message(1, frame_of("lobby", p), std::string(200000, 'A')));
  (void)wall.send(big, 2s);
  EXPECT_TRUE(dropped(wall));  // over 64 KiB, and nobody asked
}

// Issue 27 item 3: a large frame (allowed only for a capture) that is not a
// picture is refused from its first bytes, before it is built in memory.
TEST(Walls, ALargeFrameThatIsNotAPictureIsRefusedWithoutBuildingIt) {
  WallOnDaemon w(20);
  auto [f, wall, p] = w.parts();
  auto asker = client(f.socket);
  ASSERT_TRUE(asker.send(proto::request(proto::MessageType::get_screenshot, 1), 2s));
  ASSERT_TRUE(capture_asked(wall, 2s));
  std::string hostile = "{\"type\":\"captured\",\"id\":1,\"frame\":[";
  while (hostile.size() < (48u << 20)) hostile += "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,";
  hostile += "1]}";
  send_raw(wall.fd(), proto::encode_frame(hostile));
  EXPECT_TRUE(dropped(wall));
  auto reply = asker.receive(3s);
  ASSERT_TRUE(reply);
  EXPECT_EQ((*reply)["type"], "error");
  // Parsed whole, 48 MiB of small numbers would take wresd past a gigabyte.
  std::string status = read_file("/proc/" + std::to_string(w.d->pid()) + "/status");
  auto hwm = status.find("VmHWM:");
  ASSERT_NE(hwm, std::string::npos);
  EXPECT_LT(std::stol(status.substr(hwm + 6)), 400L * 1024) << status.substr(hwm, 30);  // kB
  EXPECT_NE(w.d->log().find("must be a wall's picture (captured): arrays"), std::string::npos) << w.d->log();
}

// wresctl screenshot writes the picture as the other commands write files:
// through a symbolic link to the file it names (the link stays), and `-` is
// standard output, not a file named "-" (issue 27).
TEST(Walls, WresctlScreenshotWritesThroughALinkAndToStandardOutput) {
  WallOnDaemon w(40);
  auto [f, wall, p] = w.parts();
  std::atomic<bool> done{false};
  // By name: a lambda cannot capture a structured binding (C++20 as clang 14 reads it).
  std::thread answering([&done, &wall = wall, &p = p] {
    while (!done)
      if (auto id = capture_asked(wall, 200ms))
        (void)wall.send(json::parse(proto::captured_message(*id, frame_of("lobby", p), proto::base64_encode(p.png))),
                        2s);
  });
  const std::string ctl = std::string(WRESCTL) + " screenshot --socket " + f.socket + " ";
  std::filesystem::create_directories(f.dir.file("shots"));
  std::filesystem::create_symlink("shots/wall.png", f.dir.file("latest.png"));
  auto r = run("cd " + f.dir.path().string() + " && " + ctl + "latest.png");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::is_symlink(f.dir.file("latest.png")));
  EXPECT_EQ(slurp(f.dir.file("shots/wall.png")), p.png);
  r = run("cd " + f.dir.path().string() + " && " + ctl + "-");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, p.png);
  EXPECT_NE(r.err.find("wall lobby, overview page, 16x9"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(f.dir.file("-")));
  done = true;
  answering.join();
}
