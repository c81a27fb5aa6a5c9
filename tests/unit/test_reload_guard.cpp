// A board caught half-way through a save is told apart from a real edit; a
// wall never trades its content for an empty snapshot with errors; a socket
// folder someone else made is not trusted. Real board files on disk.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "temp_dir.hpp"
#include "wres/compute/reload_guard.hpp"
#include "wres/config/load.hpp"
#include "wres/model/snapshot.hpp"
#include "wres/protocol/protocol.hpp"

using namespace wres;
using wres::test::TempDir;

namespace {

std::string plan_file(const std::string& id, int actions) {
  std::string t = "[[plan]]\nid = \"" + id + "\"\ntitle = \"Plan " + id + "\"\n";
  for (int i = 1; i <= actions; ++i)
    t += "[[plan.action]]\nid = \"" + std::to_string(i) + "\"\ntitle = \"A\"\ndue = \"2025-12\"\nstatus = \"green\"\n";
  return t;
}

struct Boards {
  TempDir dir;
  std::string main =
      dir.write("board.toml", "include = [\"plans/*.toml\"]\n[board]\norganisation = \"T\"\ntitle = \"T\"\n");
  Boards() {
    dir.write("plans/a.toml", plan_file("a", 4));
    dir.write("plans/b.toml", plan_file("b", 2));
  }
  LoadResult load() { return load_board(main); }
};

}  // namespace

TEST(ReloadGuard, AnOrdinaryEditIsNotHeld) {
  Boards b;
  BoardShape before = shape_of(*b.load().board);
  b.dir.write("plans/a.toml", plan_file("a", 3));  // one action of six removed
  auto after = b.load();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(suspicious_drop(before, shape_of(*after.board), after.texts), std::nullopt);
}

TEST(ReloadGuard, AnEmptiedIncludedFileIsHeld) {
  Boards b;
  BoardShape before = shape_of(*b.load().board);
  b.dir.write("plans/b.toml", "");
  auto after = b.load();
  ASSERT_TRUE(after.ok());
  auto why = suspicious_drop(before, shape_of(*after.board), after.texts);
  ASSERT_TRUE(why);
  EXPECT_EQ(*why, b.dir.file("plans/b.toml") + " is empty");
}

TEST(ReloadGuard, AWholeFilesPlansGoneIsHeld) {
  Boards b;
  BoardShape before = shape_of(*b.load().board);
  std::filesystem::remove(b.dir.file("plans/b.toml"));  // the glob now finds one file
  auto after = b.load();
  ASSERT_TRUE(after.ok());
  auto why = suspicious_drop(before, shape_of(*after.board), after.texts);
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("every plan in " + b.dir.file("plans/b.toml") + " is gone (1 plan)"), std::string::npos) << *why;
}

TEST(ReloadGuard, MoreThanHalfTheActionsGoneIsHeld) {
  Boards b;
  BoardShape before = shape_of(*b.load().board);
  b.dir.write("plans/a.toml", plan_file("a", 0));  // four of six gone; the plan itself stays
  auto after = b.load();
  ASSERT_TRUE(after.ok());
  auto why = suspicious_drop(before, shape_of(*after.board), after.texts);
  ASSERT_TRUE(why);
  EXPECT_EQ(*why, "4 of 6 actions are gone");
  b.dir.write("plans/a.toml", plan_file("a", 1));  // exactly half gone: not more than half
  auto half = b.load();
  EXPECT_EQ(suspicious_drop(before, shape_of(*half.board), half.texts), std::nullopt);
}

TEST(KeepLastGood, AnEmptySnapshotWithErrorsNeverReplacesContent) {
  Snapshot good;
  good.title = "Board";
  good.plans.push_back(PlanSummary{});
  Snapshot broken;
  broken.config.ok = false;
  Diagnostic d;  // spelled out: GCC 12 misreads a braced temporary here
  d.where = SourceLoc{"board.toml", 3, 1};
  d.message = "expected a value";
  broken.config.errors.push_back(d);
  EXPECT_FALSE(has_content(broken));
  Snapshot shown = keep_last_good(good, broken);
  EXPECT_EQ(shown.title, "Board");
  EXPECT_EQ(shown.plans.size(), 1u);
  EXPECT_FALSE(shown.config.ok);
  ASSERT_EQ(shown.config.errors.size(), 1u);
  // Nothing to keep, or a good board that is empty: taken as it comes.
  EXPECT_TRUE(keep_last_good(std::nullopt, broken).plans.empty());
  Snapshot empty_ok;
  EXPECT_TRUE(keep_last_good(good, empty_ok).plans.empty());
}

TEST(SocketFolder, TheDefaultIsNeverASharedTmpFolderForRoot) {
  ::unsetenv("RUNTIME_DIRECTORY");
  ::unsetenv("XDG_RUNTIME_DIR");
  if (::geteuid() == 0) {
    EXPECT_EQ(protocol::default_socket_path(), "/run/wres/wresd.sock");
  } else {
    EXPECT_EQ(protocol::default_socket_path(), "/tmp/wres-" + std::to_string(::geteuid()) + "/wresd.sock");
  }
  ::setenv("XDG_RUNTIME_DIR", "/run/user/1000", 1);
  EXPECT_EQ(protocol::default_socket_path(), "/run/user/1000/wres/wresd.sock");
  ::unsetenv("XDG_RUNTIME_DIR");
}

TEST(SocketFolder, FoldersOthersCouldHaveMadeOrCanWriteAreRefused) {
  TempDir dir;
  std::string run = dir.file("run");
  std::filesystem::create_directories(run);
  EXPECT_EQ(protocol::socket_folder_problem(run + "/wresd.sock", ::geteuid()), std::nullopt);
  ::chmod(run.c_str(), 0777);
  auto open = protocol::socket_folder_problem(run + "/wresd.sock", ::geteuid());
  ASSERT_TRUE(open);
  EXPECT_NE(open->find("writable by every user"), std::string::npos);
  ::chmod(run.c_str(), 01777);  // sticky, as /tmp: nobody can replace our socket
  EXPECT_EQ(protocol::socket_folder_problem(run + "/wresd.sock", ::geteuid()), std::nullopt);
  std::filesystem::create_directory_symlink(run, dir.file("link"));
  EXPECT_TRUE(protocol::socket_folder_problem(dir.file("link") + "/wresd.sock", ::geteuid()));
  if (::geteuid() == 0) {
    ::chmod(run.c_str(), 0755);
    ASSERT_EQ(::chown(run.c_str(), 65534, 65534), 0);
    auto other = protocol::socket_folder_problem(run + "/wresd.sock", 0u + 1000);
    ASSERT_TRUE(other);
    EXPECT_NE(other->find("belongs to uid 65534"), std::string::npos) << *other;
    EXPECT_EQ(protocol::socket_folder_problem(run + "/wresd.sock", std::nullopt), std::nullopt);  // a client's check
    EXPECT_TRUE(protocol::is_shared_tmp_socket("/tmp/wres-1000/wresd.sock"));
  }
}

// Issue 27: a plans folder moved away, or every file of a glob gone, is an
// outage until shown otherwise: an error at the include, naming what the
// wall's board had from it.
TEST(ReloadGuard, AnIncludeThatMatchedFilesAndMatchesNoneIsLost) {
  Boards b;
  auto before = b.load();
  ASSERT_TRUE(before.ok());
  EXPECT_TRUE(lost_includes(before.files, before.includes).empty());
  std::filesystem::rename(b.dir.file("plans"), b.dir.file("plans.away"));
  auto gone = b.load();
  ASSERT_TRUE(gone.ok());  // to the loader an empty glob is no error
  auto lost = lost_includes(before.files, gone.includes);
  ASSERT_EQ(lost.size(), 1u);
  EXPECT_EQ(format(lost[0]), b.main + ":1:12: include 'plans/*.toml' finds no folder " + b.dir.file("plans/") +
                                 " now (the wall's board has 2 files from it): the wall keeps its last good board "
                                 "until they are back; to take the board without them, run 'systemctl reload wresd'");
  std::filesystem::create_directory(b.dir.file("plans"));
  auto empty = b.load();
  lost = lost_includes(before.files, empty.includes);
  ASSERT_EQ(lost.size(), 1u);
  EXPECT_NE(lost[0].message.find("matches no file now (the wall's board has 2 files from it)"), std::string::npos);
  // One file of two gone is not an outage (it is a whole-file loss: held for quiet, not as an error).
  std::filesystem::rename(b.dir.file("plans.away/a.toml"), b.dir.file("plans/a.toml"));
  EXPECT_TRUE(lost_includes(before.files, b.load().includes).empty());
  // A pattern that never matched anything on the wall loses nothing.
  EXPECT_TRUE(lost_includes({}, gone.includes).empty());
}
