// The accessible twin in a real browser (issue 31): each example board's page,
// as wresctl writes it, loaded in Debian's chromium (headless) with axe-core
// (from npm, scripts/axe.sh): no violation at 1280 or 320 CSS pixels, and no
// horizontal scrolling at 320 (WCAG 1.4.10). Screenshots of the NSCHT page at
// both widths stay in build/screenshots for people to look at.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "run_process.hpp"
#include "temp_dir.hpp"

using namespace wres::test;
namespace fs = std::filesystem;

namespace {

const std::string kCtl = WRESCTL;
const std::string kData = std::string(WRES_SOURCE_DIR) + "/tests/data/twin/";
const std::string kShots = std::string(WRES_BUILD_DIR) + "/screenshots";

std::string slurp_file(const std::string& path) { return slurp(path); }

std::string chromium(const std::string& args) {
  // --no-sandbox: CI runs as root; a fresh profile each time, so runs never share state.
  return "timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --allow-file-access-from-files "
         "--user-data-dir=$(mktemp -d) --virtual-time-budget=60000 " +
         args + " 2>/dev/null";
}

// The text of <pre id="ID"> in Chromium's DOM dump, unescaped.
nlohmann::json result_in(const std::string& dom, const std::string& id) {
  std::string open = "<pre id=\"" + id + "\">";
  auto a = dom.find(open), b = dom.find("</pre>", a);
  if (a == std::string::npos || b == std::string::npos) return nullptr;
  std::string text = dom.substr(a + open.size(), b - a - open.size());
  for (auto [from, to] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&amp;", "&"}})
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + 1))
      text.replace(at, std::string(from).size(), to);
  return nlohmann::json::parse(text, nullptr, false);
}

// The twin of `board` with axe-core put in a copy of its page (check.html).
std::string prepared_twin(const TempDir& d, const std::string& board) {
  std::string dir = d.file("twin");
  auto r =
      run(kCtl + " twin --config " + std::string(WRES_SOURCE_DIR) + "/deploy/examples/" + board + "/board.toml " + dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::string page = slurp_file(dir + "/index.html");
  page.replace(page.find("</body>"), 7, slurp_file(kData + "axe_run.html") + "</body>");
  std::ofstream(dir + "/check.html") << page;
  fs::copy_file(WRES_AXE_JS, dir + "/axe.min.js");
  fs::copy_file(kData + "narrow.html", dir + "/narrow.html");
  return dir;
}

std::string violations_text(const nlohmann::json& v) { return v.dump(2); }

}  // namespace

class TwinInChromium : public ::testing::TestWithParam<const char*> {};

TEST_P(TwinInChromium, AxeFindsNoViolationAndThePageReflowsAt320Pixels) {
  ASSERT_TRUE(fs::exists(WRES_AXE_JS)) << "axe-core is missing: run scripts/axe.sh (scripts/setup.sh does)";
  ASSERT_EQ(std::system("command -v chromium >/dev/null"), 0) << "chromium is missing: run scripts/setup.sh";
  TempDir d;
  std::string dir = prepared_twin(d, GetParam());
  auto wide = run(chromium("--window-size=1280,900 --dump-dom file://" + dir + "/check.html"));
  auto w = result_in(wide.out, "axe-result");
  ASSERT_TRUE(w.is_object()) << "no verdict from axe-core at 1280 px: " << wide.out.substr(0, 500) << wide.err;
  EXPECT_TRUE(w["violations"].empty()) << violations_text(w["violations"]);
  EXPECT_LE(w["scrollWidth"].get<int>(), w["innerWidth"].get<int>());
  auto narrow = run(chromium("--window-size=800,900 --dump-dom file://" + dir + "/narrow.html"));
  auto n = result_in(narrow.out, "frame-result");
  ASSERT_TRUE(n.is_object()) << "no verdict from axe-core at 320 px: " << narrow.out.substr(0, 500) << narrow.err;
  EXPECT_EQ(n["innerWidth"], 320);
  EXPECT_TRUE(n["violations"].empty()) << violations_text(n["violations"]);
  EXPECT_LE(n["scrollWidth"].get<int>(), 320) << "the page scrolls sideways at 320 CSS px";
  if (std::string(GetParam()) != "nscht") return;
  fs::create_directories(kShots);
  for (auto [file, size, name] : {std::tuple{"check.html", "1280,3000", "twin-nscht-1280.png"},
                                  std::tuple{"narrow.html", "500,4000", "twin-nscht-320.png"}}) {
    run(chromium(std::string("--window-size=") + size + " --screenshot=" + kShots + "/" + name + " file://" + dir +
                 "/" + file));
    EXPECT_TRUE(fs::exists(kShots + "/" + name)) << name;
  }
}

INSTANTIATE_TEST_SUITE_P(Examples, TwinInChromium,
                         ::testing::Values("nscht", "cambridgeshire", "citycare", "ccs", "st-helens", "illustrative"),
                         [](const auto& info) {
                           std::string n = info.param;
                           for (auto& c : n) c = c == '-' ? '_' : c;
                           return n;
                         });
