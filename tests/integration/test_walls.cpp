// Walls as wresd sees them: frame reports over the real socket (one row per
// view, a gap when a wall goes away, hostile reports dropped) and the shown
// history's bounds in a real SQLite file.
#include <gtest/gtest.h>

#include <thread>

#include "board_text.hpp"
#include "connection.hpp"
#include "daemon_fixture.hpp"
#include "history_store.hpp"
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
  for (int i = 0; i < 3 && c.is_open(); ++i) c.receive(1s);
  return !c.is_open();
}

}  // namespace

TEST(Walls, OneRowPerViewAndAGapWhenTheWallGoesAway) {
  DaemonFixture f(board_head_undated());
  auto d = f.start();
  {
    auto wall = client(f.socket);
    for (const char* page : {"overview", "overview", "overview", "indicators"})  // the clock moved twice
      wall.send(json::parse(proto::frame_shown_message(frame(page))), 2s);
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
    c.send(m, 2s);
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
