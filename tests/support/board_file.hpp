#pragma once
// A board written to a real file and loaded as wresd would: its board, or
// its errors as people read them ("board.toml:6:17: ..."), the folder left out.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "temp_dir.hpp"
#include "wres/config/load.hpp"

namespace wres::test {

inline std::vector<std::string> board_errors(const std::string& text) {
  TempDir dir;
  LoadResult r = load_board(dir.write("board.toml", text));
  std::vector<std::string> out;
  std::string prefix = dir.path().string() + "/";
  for (const auto& e : r.errors) {
    std::string s = format(e);
    out.push_back(s.rfind(prefix, 0) == 0 ? s.substr(prefix.size()) : s);
  }
  EXPECT_EQ(r.ok(), out.empty());
  return out;
}

// The one error a board must give; "" (and a test failure) if it gives another number.
inline std::string only_error(const std::string& text) {
  auto e = board_errors(text);
  EXPECT_EQ(e.size(), 1u) << (e.empty() ? "no error" : e.front());
  return e.size() == 1 ? e.front() : "";
}

inline Board board_of(const std::string& text) {
  TempDir dir;
  LoadResult r = load_board(dir.write("board.toml", text));
  EXPECT_TRUE(r.ok()) << (r.errors.empty() ? "" : format(r.errors.front()));
  return r.board.value_or(Board{});
}

}  // namespace wres::test
