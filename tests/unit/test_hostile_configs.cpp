// The hostile board corpus (tests/data/hostile, made by make_corpus.py): each
// file must be refused with exactly the errors in its .expected file, and
// none may crash or yield a board.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "temp_dir.hpp"
#include "wres/config/load.hpp"

namespace fs = std::filesystem;
using namespace wres;

namespace {

const fs::path kDir = fs::path(WRES_SOURCE_DIR) / "tests/data/hostile";

std::vector<std::string> corpus() {
  std::vector<std::string> names;
  for (auto& e : fs::directory_iterator(kDir))
    if (e.path().extension() == ".toml") names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string errors_of(const LoadResult& r, const std::string& dir) {
  std::string out;
  for (const auto& e : r.errors) {
    std::string line = format(e);
    for (auto at = line.find(dir); at != std::string::npos; at = line.find(dir)) line.erase(at, dir.size());
    out += line + "\n";
  }
  return out;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

// Not in the anonymous namespace: TEST_P derives a global class from it.
class HostileConfig : public ::testing::TestWithParam<std::string> {};

TEST(HostileCorpus, HasAtLeastFortyCases) { EXPECT_GE(corpus().size(), 40u); }

TEST_P(HostileConfig, IsRefusedWithItsExpectedErrors) {
  auto r = load_board((kDir / GetParam()).string());
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(r.board.has_value());
  std::string expected = slurp(kDir / (GetParam().substr(0, GetParam().size() - 5) + ".expected"));
  ASSERT_FALSE(expected.empty()) << "no .expected file";
  EXPECT_EQ(errors_of(r, kDir.string() + "/"), expected);
}

INSTANTIATE_TEST_SUITE_P(Corpus, HostileConfig, ::testing::ValuesIn(corpus()),
                         [](const ::testing::TestParamInfo<std::string>& p) {
                           std::string n = p.param.substr(0, p.param.size() - 5);
                           for (auto& c : n)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return n;
                         });

// Too big to keep in git, so made here: a 10 MB string where a title goes.
TEST(HostileCorpus, TenMegabyteStringIsRefused) {
  wres::test::TempDir d;
  auto path = d.write("board.toml", "[board]\norganisation = \"T\"\ntitle = \"" + std::string(10u << 20, 'x') + "\"\n");
  auto r = load_board(path);
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(format(r.errors[0]), path + ":3:9: board.title: 10485760 characters is too long; the limit is 10000");
}
