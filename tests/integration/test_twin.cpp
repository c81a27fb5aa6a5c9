// The accessible twin of the wall (DESIGN 10, issue 31): the real wresctl and
// wresd writing real files, read back as bytes. What the wall withholds is not
// in them; text from the board cannot become markup or a spreadsheet formula;
// wresd writes on every change, whole files only, and says when it cannot.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <thread>

#include "board_text.hpp"
#include "daemon_fixture.hpp"
#include "run_process.hpp"
#include "small_cells_board.hpp"
#include "small_fs.hpp"
#include "temp_dir.hpp"
#include "wres/twin/twin.hpp"

using namespace wres::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

const std::string kCtl = WRESCTL;
std::string example(const std::string& name) {
  return std::string(WRES_SOURCE_DIR) + "/deploy/examples/" + name + "/board.toml";
}

// wresctl twin into `dir`; its exit code.
int twin(const std::string& board, const std::string& dir, const std::string& extra = "") {
  auto r = run(kCtl + " twin --config " + board + extra + " " + dir);
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  return r.exit_code;
}

bool has(const std::string& bytes, const std::string& what) { return bytes.find(what) != std::string::npos; }

std::size_t count(const std::string& bytes, const std::string& what) {
  std::size_t n = 0;
  for (auto at = bytes.find(what); at != std::string::npos; at = bytes.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

// Seed 003 (NSCHT WRES 2024): recruitment 1.21, disciplinary from 3 cases
// (withheld on the corridor wall), the progress report's ticks.
TEST(TwinPage, TheNschtBoardHasOneH1AHeadingPerWallPageAndTheSeedsFigures) {
  TempDir d;
  ASSERT_EQ(twin(example("nscht"), d.file("twin")), 0);
  std::string page = read_file(d.file("twin/index.html"));
  EXPECT_TRUE(has(page, "<html lang=\"en-GB\">"));
  EXPECT_EQ(count(page, "<h1>"), 1u);
  for (const char* h :
       {">Overview</h2>", ">WRES indicators 2024 (Global Majority staff)</h2>", ">Representation by band</h2>",
        ">Action plans</h2>", ">Overdue and due soon</h2>", ">What changed this week</h2>", ">Measures</h2>"})
    EXPECT_TRUE(has(page, h)) << h;
  EXPECT_FALSE(has(page, "<script"));
  EXPECT_TRUE(has(page, "<th scope=\"row\">Recruitment</th><td>1.21<br>"));
  EXPECT_TRUE(has(page, "Withheld: fewer than 5 people"));  // 3 cases: the corridor setting
  EXPECT_TRUE(has(page, "Complete (\xE2\x9C\x93)"));
  EXPECT_TRUE(has(page, "12 of 34 ticked"));
  EXPECT_TRUE(has(page, "Board as of 30 Sep 2024"));
  EXPECT_TRUE(has(page, "WRES data as at 31 Mar 2024"));
  EXPECT_TRUE(has(page, "Staff Survey 2023"));  // 5-8's own date
  EXPECT_FALSE(has(page, "<!--written-->"));
  EXPECT_FALSE(has(page, "<!--revision-->"));
  std::string csv = read_file(d.file("twin/indicators.csv"));
  EXPECT_TRUE(has(csv, "\r\nWRES,2,Recruitment,2024,1.21,,1.14,Worse,Amber,")) << csv;
  EXPECT_TRUE(has(csv, "\r\nWRES,3,Disciplinary,2024,,fewer than 5 people,")) << csv;
}

namespace {
// RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted && c == '"' && i + 1 < text.size() && text[i + 1] == '"')
      cell += '"', ++i;
    else if (c == '"')
      quoted = !quoted;
    else if (!quoted && c == ',')
      rows.back().push_back(cell), cell.clear();
    else if (!quoted && c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(cell), cell.clear(), rows.emplace_back(), ++i;
    } else
      cell += c;
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}
}  // namespace

// Every figure the CSV gives is the one the page gives in the same row.
TEST(TwinPage, TheCsvHasTheSameFiguresAsThePage) {
  TempDir d;
  for (const char* board : {"nscht", "citycare", "illustrative"}) {
    ASSERT_EQ(twin(example(board), d.file(board)), 0);
    std::string page = read_file(d.file(std::string(board) + "/index.html"));
    auto rows = parse_csv(read_file(d.file(std::string(board) + "/indicators.csv")));
    ASSERT_GT(rows.size(), 1u) << board;
    int figures = 0;
    for (std::size_t i = 1; i < rows.size(); ++i) {
      ASSERT_EQ(rows[i].size(), rows[0].size()) << board << " row " << i;
      const std::string &label = rows[i][2], &figure = rows[i][4], &withheld = rows[i][5];
      std::string escaped = label;  // the page escapes what the CSV gives raw
      for (auto at = escaped.find('\''); at != std::string::npos; at = escaped.find('\'', at))
        escaped.replace(at, 1, "&apos;"), at += 6;
      if (figure.empty()) {
        EXPECT_TRUE(has(page, "<th scope=\"row\">" + escaped + "</th><td>Withheld: " + withheld))
            << board << ": " << label;
        continue;
      }
      EXPECT_TRUE(has(page, "<th scope=\"row\">" + escaped + "</th><td>" + figure)) << board << ": " << label;
      ++figures;
    }
    EXPECT_GT(figures, 0) << board;
  }
}

TEST(TwinPage, TextFromTheBoardIsEscapedAndNeverMarkup) {
  TempDir d;
  std::string board =
      d.write("board.toml", board_head("<b>Trust</b> & \\\"Co\\\"", "Title</title><script>alert(1)</script>") +
                                plan_text({{"1", "<script>alert(1)</script>", "2024-10", "green"},
                                           {"2", "\\\"><img src=x onerror=alert(1)>", "2024-11", "amber"},
                                           {"3", "=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")", "2024-12", "red"},
                                           {"4", "@SUM(A1:A9), -2+3, \\\"quoted\\\"", "tbc", "not_reported"}},
                                          "p", "</h3><h1>Plan"));
  ASSERT_EQ(twin(board, d.file("twin")), 0);
  std::string page = read_file(d.file("twin/index.html"));
  EXPECT_FALSE(has(page, "<script")) << page;
  EXPECT_FALSE(has(page, "<img")) << page;
  EXPECT_FALSE(has(page, "<b>Trust"));
  EXPECT_EQ(count(page, "<h1>"), 1u);
  EXPECT_TRUE(has(page, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_TRUE(has(page, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
  EXPECT_TRUE(has(page, "&lt;b&gt;Trust&lt;/b&gt; &amp; &quot;Co&quot;"));
  std::string csv = read_file(d.file("twin/actions.csv"));
  EXPECT_TRUE(has(csv, ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",")) << csv;
  EXPECT_TRUE(has(csv, ",\"'@SUM(A1:A9), -2+3, \"\"quoted\"\"\",")) << csv;
}

TEST(TwinCsv, CellsASpreadsheetWouldRunAsFormulasAreLedByAnApostrophe) {
  using wres::twin::csv_cell;
  EXPECT_EQ(csv_cell("=1+2"), "'=1+2");
  EXPECT_EQ(csv_cell("+44 20 7946 0000"), "'+44 20 7946 0000");
  EXPECT_EQ(csv_cell("-cmd|' /C calc'!A0"), "'-cmd|' /C calc'!A0");
  EXPECT_EQ(csv_cell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csv_cell("\tx"), "'\tx");
  EXPECT_EQ(csv_cell("\rx"), "\"'\rx\"");
  EXPECT_EQ(csv_cell("-7.4"), "-7.4");  // a number stays a number
  EXPECT_EQ(csv_cell("+1.2"), "+1.2");
  EXPECT_EQ(csv_cell("-inf"), "'-inf");
  EXPECT_EQ(csv_cell("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_cell("line\nbreak"), "\"line\nbreak\"");
  EXPECT_EQ(csv_cell(""), "");
}

// A survey figure from 9 responses (44.4%) and 2025's survey, out in 2099
// (37.77%, 12.34%): in the unredacted snapshot, never in the twin's bytes.
TEST(TwinRedaction, AWithheldSurveyFigureAndAnEmbargoedYearAreNotInAnyFile) {
  TempDir d;
  std::string board = d.write("board.toml", kSmallCells);
  auto full = run(kCtl + " snapshot --unredacted --json --config " + board);
  ASSERT_EQ(full.exit_code, 0) << full.err;
  for (const char* v : {"44.4", "37.77", "12.34"})
    ASSERT_TRUE(has(full.out, v)) << v << ": the test would prove nothing";
  ASSERT_EQ(twin(board, d.file("twin"), " --as-of 2025-06-01"), 0);
  for (const char* f : {"index.html", "indicators.csv", "actions.csv"}) {
    std::string bytes = read_file(d.file(std::string("twin/") + f));
    for (const char* v : {"44.4", "37.77", "12.34", "2 of 8", "1 of 7"}) EXPECT_FALSE(has(bytes, v)) << f << ": " << v;
  }
  std::string page = read_file(d.file("twin/index.html"));
  EXPECT_TRUE(has(page, "fewer than 11 responses")) << page;
  EXPECT_TRUE(has(page, "2025 results out 13 Mar")) << page;
}

// ---- wresd writes it ------------------------------------------------------------

namespace {
std::string status_of(const DaemonFixture& f) { return run(kCtl + " status --socket " + f.socket).out; }
}  // namespace

TEST(TwinDaemon, WrittenOnEveryChangeWholeAndOnlyWhenTheContentChanged) {
  DaemonFixture f(board_head("Twin Trust", "Twin test") + plan_text({{"1", "First action", "2025-12", "green"}}));
  fs::create_directories(f.dir.file("twin"));
  auto d = f.start({"--twin-dir", f.dir.file("twin"), "--settle-ms", "0"});
  const std::string page = f.dir.file("twin/index.html");
  ASSERT_TRUE(eventually([&] { return has(read_file(page), "First action"); }, 5s)) << d->log();
  EXPECT_TRUE(has(status_of(f), "Accessible twin: " + f.dir.file("twin") + ", revision ")) << status_of(f);
  auto written = fs::last_write_time(page);
  // A republish with the same content (a reload asked for) leaves the files alone.
  d->signal(SIGHUP);
  ASSERT_TRUE(eventually([&] { return has(run(kCtl + " status --socket " + f.socket).out, "revision"); }, 2s));
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(fs::last_write_time(page), written);
  // Edits while a reader reads: every read is a whole page, old or new.
  std::atomic<bool> stop{false};
  std::atomic<int> reads{0}, torn{0};
  std::thread reader([&] {
    while (!stop) {
      std::string p = read_file(page);
      ++reads;
      if (p.size() < 100 || !p.ends_with("</html>\n")) ++torn;
    }
  });
  // 250 ms apart: past the writer's 200 ms quiet wait, so each edit is written.
  for (int i = 0; i < 12; ++i) {
    replace_in_file(f.board, i ? "Edit " + std::to_string(i - 1) : "First action", "Edit " + std::to_string(i));
    std::this_thread::sleep_for(250ms);
  }
  ASSERT_TRUE(eventually([&] { return has(read_file(page), "Edit 11"); }, 5s)) << d->log();
  stop = true;
  reader.join();
  EXPECT_GT(reads.load(), 20);
  EXPECT_EQ(torn.load(), 0);
  EXPECT_FALSE(fs::exists(page + ".tmp"));
  std::string st = status_of(f);
  EXPECT_TRUE(has(st, "Accessible twin: " + f.dir.file("twin") + ", revision ")) << st;
}

// A run of saves faster than the writer's quiet wait is written once, after the last.
TEST(TwinDaemon, ARunOfSavesIsWrittenOnceAfterTheLast) {
  DaemonFixture f(board_head("Twin Trust", "Twin test") + plan_text({{"1", "Run 0", "2025-12", "green"}}));
  fs::create_directories(f.dir.file("twin"));
  auto d = f.start({"--twin-dir", f.dir.file("twin"), "--settle-ms", "0"});
  const std::string page = f.dir.file("twin/index.html");
  ASSERT_TRUE(eventually([&] { return has(read_file(page), "Run 0"); }, 5s)) << d->log();
  for (int i = 1; i <= 8; ++i) {
    replace_in_file(f.board, "Run " + std::to_string(i - 1), "Run " + std::to_string(i));
    std::this_thread::sleep_for(40ms);
    EXPECT_FALSE(has(read_file(page), "Run " + std::to_string(i))) << "written before the saves stopped";
  }
  EXPECT_TRUE(eventually([&] { return has(read_file(page), "Run 8"); }, 5s)) << d->log();
}

TEST(TwinDaemon, AFolderItCannotWriteIsSaidInStatusAndTheWallCarriesOn) {
  DaemonFixture f(board_head("Twin Trust", "Twin test") + plan_text({{"1", "First action", "2025-12", "green"}}));
  auto d = f.start({"--twin-dir", f.dir.file("missing"), "--settle-ms", "0"});
  ASSERT_TRUE(eventually([&] { return has(status_of(f), "Accessible twin NOT WRITTEN"); }, 5s)) << status_of(f);
  std::string st = status_of(f);
  EXPECT_TRUE(has(st, "the twin folder " + f.dir.file("missing") + " does not exist")) << st;
  EXPECT_TRUE(has(st, "Plan p: Plan P")) << st;  // the wall's snapshot is served as ever
  EXPECT_TRUE(has(d->log(), "accessible twin not written")) << d->log();
  // The folder appears: the next change writes it, and status says so.
  fs::create_directories(f.dir.file("missing"));
  replace_in_file(f.board, "First action", "Second action");
  ASSERT_TRUE(eventually([&] { return has(read_file(f.dir.file("missing/index.html")), "Second action"); }, 5s));
  EXPECT_TRUE(eventually([&] { return !has(status_of(f), "NOT WRITTEN"); }, 3s)) << status_of(f);
}

// A real full disk (a 1 MB tmpfs, filled): said in status, no half file left,
// written again once there is room. Needs root for the tmpfs.
TEST(TwinDaemon, AFullDiskIsSaidAndTheTwinIsWrittenWhenThereIsRoomAgain) {
  DaemonFixture f(board_head("Twin Trust", "Twin test") + plan_text({{"1", "First action", "2025-12", "green"}}));
  const std::string dir = f.dir.file("twin");
  if (auto why = mount_small_fs(dir, false); !why.empty()) GTEST_SKIP() << "needs root for a tmpfs: " << why;
  fill(dir + "/filler");
  auto d = f.start({"--twin-dir", dir, "--settle-ms", "0"});
  ASSERT_TRUE(eventually([&] { return has(status_of(f), "Accessible twin NOT WRITTEN"); }, 5s)) << status_of(f);
  EXPECT_TRUE(has(status_of(f), "No space left on device")) << status_of(f);
  EXPECT_FALSE(fs::exists(dir + "/index.html"));
  for (const auto& e : fs::directory_iterator(dir))
    EXPECT_EQ(e.path().filename(), "filler") << "a half-written file was left: " << e.path();
  fs::remove(dir + "/filler");
  replace_in_file(f.board, "First action", "Room again");
  ASSERT_TRUE(eventually([&] { return has(read_file(dir + "/index.html"), "Room again"); }, 5s)) << d->log();
  EXPECT_TRUE(eventually([&] { return !has(status_of(f), "NOT WRITTEN"); }, 3s)) << status_of(f);
  ::umount2(dir.c_str(), MNT_DETACH);
}

// [twin] in the board file: the folder, and the address the wall shows.
TEST(TwinDaemon, TheBoardsTwinSectionChoosesTheFolder) {
  TempDir out;
  DaemonFixture f(board_head("Twin Trust", "Twin test") + "[twin]\ndir = \"" + out.file("") +
                  "\"\nurl = \"https://intranet.example/wres\"\n" +
                  plan_text({{"1", "First action", "2025-12", "green"}}));
  auto d = f.start({"--settle-ms", "0"});
  ASSERT_TRUE(eventually([&] { return has(read_file(out.file("index.html")), "First action"); }, 5s)) << d->log();
}

TEST(TwinConfig, BadFoldersAndAddressesAreRefusedAtTheirKey) {
  TempDir d;
  std::string board = d.write(
      "board.toml", board_head("T", "T") + "[twin]\ndir = \"relative/dir\"\nurl = \"intranet/wres\"\nport = 1\n");
  auto r = run(kCtl + " validate " + board);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(has(r.err + r.out, "board.toml:6:7: twin.dir: 'relative/dir' is not an absolute folder"))
      << r.err << r.out;
  EXPECT_TRUE(has(r.err + r.out, "board.toml:7:7: twin.url: expected the address")) << r.err;
  EXPECT_TRUE(has(r.err + r.out, "unknown key 'twin.port'")) << r.err;
}
