// How wresd notices edits: inotify on local file systems, polling on network
// shares (where inotify never hears of another machine's edit), with real
// files, a real io_context and a probe that reports any file system.
#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>

#include <atomic>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <thread>

#include "board_watcher.hpp"
#include "temp_dir.hpp"

using namespace wresd;
using namespace std::chrono_literals;
using wres::test::TempDir;
namespace fs = std::filesystem;

namespace {
constexpr long kCifs = 0xFF534D42L, kNfs = 0x6969L, kExt4 = 0xEF53L;

PolledState state(std::uint64_t hash) { return {.size = 10, .mtime_ns = 1, .hash = hash}; }

// Runs the loop until `done` or the time is up.
template <class Pred>
void run_until(boost::asio::io_context& io, Pred done, std::chrono::milliseconds limit) {
  auto end = std::chrono::steady_clock::now() + limit;
  while (!done() && std::chrono::steady_clock::now() < end) {
    io.run_for(10ms);
    io.restart();
  }
}
}  // namespace

TEST(FsKind, NetworkSharesAndUnknownFileSystemsAreNotLocal) {
  EXPECT_EQ(fs_type_from_magic(kCifs).name, "cifs");
  EXPECT_FALSE(fs_type_from_magic(kCifs).local);
  // statfs's f_type is a signed long: CIFS's magic can arrive sign-extended.
  EXPECT_EQ(fs_type_from_magic(static_cast<long>(static_cast<std::int32_t>(0xFF534D42U))).name, "cifs");
  EXPECT_EQ(fs_type_from_magic(0xFE534D42L).name, "smb2");
  EXPECT_FALSE(fs_type_from_magic(kNfs).local);
  EXPECT_TRUE(fs_type_from_magic(kExt4).local);
  EXPECT_TRUE(fs_type_from_magic(0x01021994L).local);  // tmpfs
  EXPECT_FALSE(fs_type_from_magic(0x12345678L).local);
  EXPECT_EQ(fs_type_from_magic(0x12345678L).name, "0x12345678");
}

TEST(WatchMode, AutoPollsWhatInotifyCannotSee) {
  const FsType cifs = fs_type_from_magic(kCifs), ext4 = fs_type_from_magic(kExt4);
  EXPECT_TRUE(polls(WatchMode::automatic, cifs, true));
  EXPECT_FALSE(polls(WatchMode::automatic, ext4, true));
  EXPECT_TRUE(polls(WatchMode::automatic, std::nullopt, true));  // could not tell
  EXPECT_TRUE(polls(WatchMode::automatic, ext4, false));         // no inotify on this machine
  EXPECT_FALSE(polls(WatchMode::inotify, cifs, true));
  EXPECT_TRUE(polls(WatchMode::inotify, ext4, false));
  EXPECT_TRUE(polls(WatchMode::poll, ext4, true));
  EXPECT_EQ(watch_mode_from_name("auto"), WatchMode::automatic);
  EXPECT_EQ(watch_mode_from_name("poll"), WatchMode::poll);
  EXPECT_EQ(watch_mode_from_name("smb"), std::nullopt);
}

TEST(ChangeSettler, AChangeIsLoadedOnlyOnceTwoPollsInARowAgree) {
  ChangeSettler s;
  s.rebase({{"b.toml", state(0)}});
  EXPECT_FALSE(s.observe({{"b.toml", state(0)}}));
  EXPECT_FALSE(s.observe({{"b.toml", state(1)}}));  // being written
  EXPECT_FALSE(s.observe({{"b.toml", state(2)}}));  // still being written
  EXPECT_TRUE(s.observe({{"b.toml", state(2)}}));   // the same twice: load it
  EXPECT_FALSE(s.observe({{"b.toml", state(2)}}));  // loaded: not again
}

TEST(ChangeSettler, AChangeUndoneBeforeTheNextPollIsNeverLoaded) {
  ChangeSettler s;
  s.rebase({{"b.toml", state(0)}});
  EXPECT_FALSE(s.observe({{"b.toml", state(1)}}));
  EXPECT_FALSE(s.observe({{"b.toml", state(0)}}));
  EXPECT_FALSE(s.pending());
  EXPECT_FALSE(s.observe({{"b.toml", state(0)}}));
}

TEST(ChangeSettler, AnUnreadableFileIsAChangeLikeAnyOther) {
  ChangeSettler s;
  s.rebase({{"b.toml", state(0)}});
  const PolledState gone{.error = ESTALE};
  EXPECT_FALSE(s.observe({{"b.toml", gone}}));
  EXPECT_TRUE(s.observe({{"b.toml", gone}}));  // reloaded: the wall shows the error, the last good data stays
  EXPECT_FALSE(s.observe({{"b.toml", state(0)}}));
  EXPECT_TRUE(s.observe({{"b.toml", state(0)}}));  // back: reloaded again
}

TEST(ChangeSettler, APathAddedLaterKeepsWhatWasLoadedForTheOthers) {
  ChangeSettler s;
  s.rebase({{"b.toml", state(0)}});
  s.rebase({{"b.toml", state(7)}, {"plans/new.toml", PolledState{.error = -1}}});
  // b.toml keeps what was loaded (0); the new file is unknown, so it is read once more.
  EXPECT_FALSE(s.observe({{"b.toml", state(0)}, {"plans/new.toml", state(3)}}));
  EXPECT_TRUE(s.observe({{"b.toml", state(0)}, {"plans/new.toml", state(3)}}));
}

TEST(PollFile, SeesAnEditOfTheSameSizeWithinTheSameSecond) {
  TempDir d;
  std::string f = d.write("board.toml", "status = \"red\"\n");
  auto t = fs::last_write_time(f);
  PolledState before = poll_file(f);
  d.write("board.toml", "status = \"tan\"\n");
  fs::last_write_time(f, t);  // a share whose clock only counts seconds
  PolledState after = poll_file(f);
  EXPECT_EQ(before.size, after.size);
  EXPECT_EQ(before.mtime_ns, after.mtime_ns);
  EXPECT_NE(before, after);
}

TEST(PollFile, AMissingFileOrAFolderIsAnErrorNotACrash) {
  TempDir d;
  EXPECT_EQ(poll_file(d.file("nope.toml")).error, ENOENT);
  EXPECT_NE(poll_file(d.path().string()).error, 0);
  EXPECT_EQ(poll_folder(d.file("nope")).error, ENOENT);
}

TEST(PollFolder, OnlyANewBoardFileIsNewsNotAnEditorsTemporaryFile) {
  TempDir d;
  d.write("plans/a.toml", "");
  PolledState before = poll_folder(d.file("plans"));
  d.write("plans/.a.toml.swp", "");
  d.write("plans/notes.txt", "");
  EXPECT_EQ(poll_folder(d.file("plans")), before);
  d.write("plans/b.toml", "");
  EXPECT_NE(poll_folder(d.file("plans")), before);
}

// The injected probe reports share/ as CIFS: auto polls it and leaves the
// local folder to inotify; an edit on the share is loaded once, after the
// writing has stopped.
TEST(BoardWatcher, AutoPollsAFileOnCifsAndLoadsItOnceTheWritingStops) {
  TempDir d;
  std::string share_board = d.write("share/board.toml", "title = \"x\"\n");
  std::string local_plan = d.write("local/plan.toml", "");
  std::string share = d.file("share");
  FsProbe probe = [share](const std::string& p) -> std::optional<long> {
    return p.rfind(share, 0) == 0 ? kCifs : kExt4;
  };
  boost::asio::io_context io;
  std::atomic<int> changes{0};
  BoardWatcher w(
      io, {.mode = WatchMode::automatic, .debounce = 10ms, .poll_interval = 300ms}, [&] { ++changes; }, probe);
  w.watch({share_board, local_plan}, {share + "/plans"});
  EXPECT_EQ(w.polled_paths(), 2u);     // the board and the included folder on the share
  EXPECT_EQ(w.inotify_watches(), 1u);  // local/
  std::atomic<bool> writing{true};
  std::thread writer([&] {
    std::ofstream out(share_board, std::ios::app);
    for (int i = 0; i < 200; ++i) {  // a slow copy onto the share: a line every 5 ms for a second
      out << "# line " << i << "\n" << std::flush;
      std::this_thread::sleep_for(5ms);
    }
    writing = false;
  });
  run_until(
      io, [&] { return !writing.load(); }, 10s);
  writer.join();
  EXPECT_EQ(changes, 0) << "loaded while it was still being written";
  run_until(
      io, [&] { return changes > 0; }, 3s);
  EXPECT_EQ(changes, 1);
  run_until(
      io, [] { return false; }, 1s);
  EXPECT_EQ(changes, 1) << "loaded the same change twice";
}

TEST(BoardWatcher, PollModePollsEvenALocalFile) {
  TempDir d;
  std::string board = d.write("board.toml", "");
  boost::asio::io_context io;
  int changes = 0;
  BoardWatcher w(
      io, {.mode = WatchMode::poll, .poll_interval = 100ms}, [&] { ++changes; },
      [](const std::string&) { return kExt4; });
  w.watch({board}, {});
  EXPECT_EQ(w.polled_paths(), 1u);
  EXPECT_EQ(w.inotify_watches(), 0u);
  d.write("board.toml", "title = \"y\"\n");
  run_until(
      io, [&] { return changes > 0; }, 3s);
  EXPECT_EQ(changes, 1);
}
