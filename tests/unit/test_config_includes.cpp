#include <gtest/gtest.h>

#include "board_text.hpp"
#include "temp_dir.hpp"
#include "wres/config/load.hpp"

using namespace wres;

namespace {
std::string plan(const std::string& id) {
  return "[[plan]]\nid = \"" + id +
         "\"\ntitle = \"P\"\n[[plan.action]]\nid = \"1\"\ntitle = \"x\"\ndue = \"tbc\"\nstatus = \"green\"\n";
}
}  // namespace

TEST(ConfigIncludes, GlobPullsInPlansInOrder) {
  test::TempDir d;
  d.write("plans/b.toml", plan("b"));
  d.write("plans/a.toml", plan("a"));
  auto main = d.write("board.toml", std::string("include = [\"plans/*.toml\"]\n") + test::kUndatedHead);
  LoadResult r = load_board(main);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.board->plans.size(), 2u);
  EXPECT_EQ(r.board->plans[0].id, "a");
  EXPECT_EQ(r.board->plans[1].id, "b");
  EXPECT_EQ(r.files.size(), 3u);
  // The watcher needs the plans directory, where new files may appear.
  EXPECT_NE(std::find(r.watch_dirs.begin(), r.watch_dirs.end(), d.file("plans")), r.watch_dirs.end());
}

TEST(ConfigIncludes, EmptyGlobIsFineMissingFileIsNot) {
  test::TempDir d;
  auto a = d.write("a.toml", std::string("include = [\"plans/*.toml\"]\n") + test::kUndatedHead);
  EXPECT_TRUE(load_board(a).ok());
  auto b = d.write("b.toml", std::string("include = [\"nope.toml\"]\n") + test::kUndatedHead);
  LoadResult r = load_board(b);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(format(r.errors[0]), b + ":1:12: include: file '" + d.file("nope.toml") + "' does not exist");
}

TEST(ConfigIncludes, LoopIsAnErrorNotAHang) {
  test::TempDir d;
  auto main = d.write("board.toml", std::string("include = [\"x.toml\"]\n") + test::kUndatedHead);
  d.write("x.toml", "include = [\"y.toml\"]\n");
  d.write("y.toml", "include = [\"board.toml\"]\n");
  LoadResult r = load_board(main);
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].where.file, d.file("y.toml"));
  EXPECT_NE(r.errors[0].message.find("include loop"), std::string::npos);
}

TEST(ConfigIncludes, SelfIncludeAndDoubleInclude) {
  test::TempDir d;
  auto self = d.write("self.toml", std::string("include = [\"self.toml\"]\n") + test::kUndatedHead);
  EXPECT_NE(load_board(self).errors.at(0).message.find("include loop"), std::string::npos);
  d.write("p.toml", plan("p"));
  auto twice = d.write("twice.toml", std::string("include = [\"p.toml\", \"p.toml\"]\n") + test::kUndatedHead);
  LoadResult r = load_board(twice);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("is already included at"), std::string::npos);
}

TEST(ConfigIncludes, ErrorsInSeveralFilesAllReported) {
  test::TempDir d;
  d.write("p1.toml", "[[plan]]\nid = \"p1\"\ntitle = 3\n");
  d.write("p2.toml", "[[plan]]\nid = \"p2\"\ntitle = \"P\"\n[[plan.action]]\nid = \"1\"\n");
  auto main = d.write("board.toml", std::string("include = [\"p*.toml\"]\n") + test::kUndatedHead);
  LoadResult r = load_board(main);
  ASSERT_EQ(r.errors.size(), 4u);  // p1: title; p2: title, due, status missing
  EXPECT_EQ(r.errors[0].where.file, d.file("p1.toml"));
  EXPECT_EQ(r.errors[1].where.file, d.file("p2.toml"));
}

TEST(ConfigIncludes, BoardSectionsOnlyInMainFile) {
  test::TempDir d;
  d.write("inc.toml", "[rules]\ndue_soon_days = 10\n");
  auto main = d.write("board.toml", std::string("include = [\"inc.toml\"]\n") + test::kUndatedHead);
  LoadResult r = load_board(main);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("[rules] belongs in the main board file"), std::string::npos);
}

TEST(ConfigIncludes, AllExampleBoardsValidate) {
  for (const char* b : {"nscht", "cambridgeshire", "ccs", "st-helens", "citycare"}) {
    LoadResult r = load_board(test::source_path(std::string("deploy/examples/") + b + "/board.toml"));
    EXPECT_TRUE(r.ok()) << b << ": " << (r.errors.empty() ? "" : format(r.errors.front()));
  }
}

// An included file saved empty (or with only comments) drops its plans from
// the wall without a word; validate says so where the include names it.
TEST(ConfigIncludes, AnEmptyIncludedFileIsAWarningAtItsInclude) {
  test::TempDir d;
  d.write("plans/a.toml", plan("a"));
  d.write("plans/b.toml", "# the plan for 2025 goes here\n\n");
  auto main = d.write("board.toml", std::string("include = [\"plans/*.toml\"]\n") + test::kUndatedHead);
  LoadResult r = load_board(main);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.board->plans.size(), 1u);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(format_warning(r.warnings[0]), main + ":1:12: warning: include: '" + d.file("plans/b.toml") +
                                               "' is empty (or only comments): nothing in it reaches the wall; "
                                               "was it saved?");
  d.write("plans/b.toml", plan("b"));
  EXPECT_TRUE(load_board(main).warnings.empty());
}
