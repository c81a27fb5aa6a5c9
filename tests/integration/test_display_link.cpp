// The display's link thread (display/link.cpp) against a real wresd on a real
// socket: snapshots cross from the link thread to the caller's, the status
// follows the daemon going away and coming back, and the last snapshot is
// cached on disk. The display's only second thread, so CI also runs this under
// ThreadSanitizer (scripts/tsan.sh).
#include <gtest/gtest.h>
#include <xxhash.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include "board_text.hpp"
#include "daemon_fixture.hpp"
#include "link.hpp"
#include "temp_dir.hpp"
#include "wres/protocol/base64.hpp"
#include "wres/protocol/messages.hpp"

using namespace wres::test;
using namespace std::chrono_literals;

namespace {

const std::string kBoard = board_head("Link Trust", "Before") + plan_text({{"1", "First", "2024-12", "green"}});

// Polls take() as the render loop does, until a snapshot with this title arrives.
bool receives_title(display::Link& link, const std::string& title, std::chrono::milliseconds timeout = 10s) {
  return eventually(
      [&] {
        auto s = link.take();
        return s && s->title == title;
      },
      timeout);
}

}  // namespace

TEST(DisplayLink, FollowsTheDaemonThroughEditsRestartsAndAbsence) {
  TempDir dir;
  std::string board = dir.write("board.toml", kBoard);
  std::string db = dir.file("history.sqlite3"), socket = dir.file("run/wresd.sock");
  std::string cache = dir.file("cache/last-snapshot.json");
  auto daemon = std::make_unique<DaemonProcess>(board, db, socket);
  ASSERT_TRUE(daemon->wait_ready()) << daemon->log();

  std::atomic<int> wakes{0};
  display::Link link(socket, cache, [&] { ++wakes; });
  link.start();
  ASSERT_TRUE(receives_title(link, "Before")) << link.status().detail;
  EXPECT_TRUE(link.status().connected);
  EXPECT_GT(wakes.load(), 0);

  dir.write("board.toml", std::string(kBoard).replace(std::string(kBoard).find("Before"), 6, "After"));
  EXPECT_TRUE(receives_title(link, "After"));

  daemon->stop();
  EXPECT_TRUE(eventually([&] { return !link.status().connected; }, 10s));
  EXPECT_FALSE(link.status().refused);  // a daemon that is away is retried, not given up on

  daemon = std::make_unique<DaemonProcess>(board, db, socket);
  ASSERT_TRUE(daemon->wait_ready()) << daemon->log();
  EXPECT_TRUE(receives_title(link, "After", 15s)) << link.status().detail;
  EXPECT_TRUE(link.status().connected);
  link.stop();

  std::time_t saved_at = 0;
  auto cached = display::load_snapshot_cache(cache, &saved_at);
  ASSERT_TRUE(cached);
  EXPECT_EQ(cached->organisation, "Link Trust");
  EXPECT_EQ(cached->title, "After");
}

TEST(DisplayLink, StopsPromptlyWithNoDaemon) {
  TempDir dir;
  display::Link link(dir.file("nobody.sock"), "", [] {});
  link.start();
  EXPECT_TRUE(eventually([&] { return !link.status().detail.empty(); }, 5s));
  auto t0 = std::chrono::steady_clock::now();
  link.stop();  // in the middle of a backoff wait
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 2s);
  EXPECT_FALSE(link.status().connected);
}

// A wall switched on before wresd (boot order, a daemon restart) is live
// within a second of the daemon answering, however long it waited: before,
// its back-off had grown to 8-30 s and it sat on "Connecting…" that long.
TEST(DisplayLink, AWallStartedBeforeTheDaemonIsLiveWithinASecondOfIt) {
  TempDir dir;
  std::string board = dir.write("board.toml", kBoard);
  std::string db = dir.file("history.sqlite3"), socket = dir.file("run/wresd.sock");
  display::Link link(socket, "", [] {});
  link.start();
  std::this_thread::sleep_for(9s);  // long enough for a doubling back-off to reach 8 s
  EXPECT_FALSE(link.status().connected);
  DaemonProcess daemon(board, db, socket);
  ASSERT_TRUE(daemon.wait_ready()) << daemon.log();
  auto ready = std::chrono::steady_clock::now();
  ASSERT_TRUE(eventually([&] { return link.status().connected; }, 10s));
  EXPECT_LT(std::chrono::steady_clock::now() - ready, 1s);
  EXPECT_TRUE(receives_title(link, "Before", 2s));
}

// A daemon that has only errors to say (a broken board and no last good data
// of its own) must not wipe the wall's cached picture.
TEST(DisplayLink, AnEmptySnapshotWithErrorsNeverOverwritesTheCache) {
  TempDir dir;
  std::string board = dir.write("board.toml", kBoard);
  std::string socket = dir.file("run/wresd.sock"), cache = dir.file("cache/last-snapshot.json");
  {
    DaemonProcess daemon(board, dir.file("first.sqlite3"), socket);
    ASSERT_TRUE(daemon.wait_ready()) << daemon.log();
    display::Link link(socket, cache, [] {});
    link.start();
    ASSERT_TRUE(receives_title(link, "Before"));
    link.stop();
  }
  dir.write("board.toml", "[board]\norganisation = \n");  // broken, and a new history with nothing to fall back on
  DaemonProcess daemon(board, dir.file("second.sqlite3"), socket);
  ASSERT_TRUE(daemon.wait_ready()) << daemon.log();
  display::Link link(socket, cache, [] {});
  link.start();
  std::optional<wres::Snapshot> got;
  EXPECT_TRUE(eventually([&] { return (got = link.take()).has_value(); }, 10s));
  link.stop();
  ASSERT_TRUE(got);
  EXPECT_FALSE(got->config.ok);
  EXPECT_FALSE(wres::has_content(*got));
  auto cached = display::load_snapshot_cache(cache, nullptr);
  ASSERT_TRUE(cached);
  EXPECT_EQ(cached->title, "Before");
  EXPECT_EQ(cached->plans.size(), 1u);
}

// Frames cross from the render thread to the link and back (reclaim/shown)
// while wresd asks the link for captures: every capture is a whole PNG of a
// frame that was shown, and the race is checked under ThreadSanitizer too.
TEST(DisplayLink, CapturesAnswerWithAShownFrameWhileNewOnesArrive) {
  TempDir dir;
  std::string board = dir.write("board.toml", kBoard);
  auto daemon = std::make_unique<DaemonProcess>(board, dir.file("h.sqlite3"), dir.file("run/wresd.sock"));
  ASSERT_TRUE(daemon->wait_ready()) << daemon->log();
  display::Link link(dir.file("run/wresd.sock"), "", [] {});
  link.start();
  ASSERT_TRUE(receives_title(link, "Before"));
  std::atomic<bool> stop{false};
  struct Joined {  // the render thread ends however the test does
    std::atomic<bool>& stop;
    std::thread t;
    ~Joined() { stop = true, t.join(); }
  } render{stop, std::thread([&] {  // as Wall::prove does, a frame every few ms
             for (int n = 0; !stop; ++n) {
               auto f = link.reclaim();
               if (!f) f = std::make_shared<display::PresentedFrame>();
               f->width = 32, f->height = 16;
               auto shade = static_cast<unsigned char>(n);  // opaque: the PNG keeps no alpha
               f->bgra.clear();
               for (int px = 0; px < 32 * 16; ++px) f->bgra.insert(f->bgra.end(), {shade, shade, shade, 255});
               char hash[17];  // as the wall hashes its pixels, so wresd's check of the picture passes
               std::snprintf(hash, sizeof hash, "%016llx",
                             static_cast<unsigned long long>(XXH3_64bits(f->bgra.data(), f->bgra.size())));
               f->report = {.wall = "w",
                            .page = n % 2 ? "plans" : "overview",
                            .at = "x",
                            .at_unix = 1,
                            .hash = hash,
                            .width = 32,
                            .height = 16,
                            .freshness = "live"};
               link.shown(std::move(f));
               std::this_thread::sleep_for(2ms);
             }
           })};
  wres::client::Connection c;
  ASSERT_TRUE(c.open(dir.file("run/wresd.sock"), "test", 2s));
  ASSERT_TRUE(eventually(  // the first frame report has reached wresd
      [&] {
        auto h = c.request(wres::protocol::request(wres::protocol::MessageType::get_health), 2s);
        return h && !(*h)["health"]["walls"].empty();
      },
      5s));
  for (int i = 0; i < 10; ++i) {
    auto reply = c.request(wres::protocol::request(wres::protocol::MessageType::get_screenshot), 10s);
    ASSERT_TRUE(reply) << c.error();
    ASSERT_EQ(reply->value("type", ""), "screenshot") << reply->dump();
    auto png = wres::protocol::base64_decode(reply->value("png", ""));
    ASSERT_TRUE(png);
    EXPECT_EQ(png->substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_EQ((*reply)["frame"]["width"], 32);
  }
}
